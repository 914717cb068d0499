// Part of `npm run build`: writes dist/db/empty-data-dir.tar.gz, the migrated empty
// database a new PGlite data folder starts from (src/db/empty-data-dir.ts). Making it
// takes seconds, so it is remade only when its key changes: PGlite's version and the
// built migrations' text, kept beside it in empty-data-dir.key.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dumpEmptyDataDir, EMPTY_DATA_DIR_IMAGE } from "../db/empty-data-dir.js";

const MIGRATIONS = fileURLToPath(new URL("../db/migrations/", import.meta.url));
const KEY_FILE = EMPTY_DATA_DIR_IMAGE.replace(/\.tar\.gz$/, ".key");

function imageKey(): string {
  // The package's exports hide package.json; its entry point sits in dist/, one below.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pglite = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")).version;
  const hash = createHash("sha256").update(`pglite ${pglite}\n`);
  for (const name of readdirSync(MIGRATIONS)
    .filter((n) => n.endsWith(".js"))
    .sort())
    hash.update(`${name}\n`).update(readFileSync(join(MIGRATIONS, name)));
  return hash.digest("hex");
}

const key = imageKey();
if (existsSync(EMPTY_DATA_DIR_IMAGE) && existsSync(KEY_FILE) && readFileSync(KEY_FILE, "utf8") === key) {
  console.log(`${EMPTY_DATA_DIR_IMAGE} is up to date`);
} else {
  const image = await dumpEmptyDataDir();
  // Written aside and renamed: a CLI starting meanwhile never reads half an image.
  writeFileSync(`${EMPTY_DATA_DIR_IMAGE}.${process.pid}.tmp`, image);
  renameSync(`${EMPTY_DATA_DIR_IMAGE}.${process.pid}.tmp`, EMPTY_DATA_DIR_IMAGE);
  writeFileSync(KEY_FILE, key);
  console.log(`wrote ${EMPTY_DATA_DIR_IMAGE} (${(image.length / 2 ** 20).toFixed(1)} MB)`);
}
