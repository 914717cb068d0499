// A new PGlite data folder starts from a prepared image: an empty database with every
// migration applied, dumped once by `npm run build` (src/tools/write-empty-data-dir.ts)
// to dist/db/empty-data-dir.tar.gz. Creating one with initdb and migrating it takes
// seconds (a second PostgreSQL runs initdb); unpacking the image a fraction of that
// (extract-tar.ts).
// Migrations still run on every open, so an image older than the code is brought up
// to date like any folder. Without the image (running from src, a test's own build)
// PGlite creates the folder as before.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Kysely, sql } from "kysely";
import { extractTar } from "./extract-tar.js";
import { migrateToLatest } from "./migrate.js";
import { PGliteDialect } from "./pglite-dialect.js";

/** dist/db/empty-data-dir.tar.gz, also from a bundle in dist/cli (one folder deep, like dist/db). */
export const EMPTY_DATA_DIR_IMAGE = fileURLToPath(new URL("../db/empty-data-dir.tar.gz", import.meta.url));

/**
 * Starts a database that does not exist yet from the image, when there is one: a
 * folder on disk gets the image unpacked into it (PG_VERSION last; PGlite then opens
 * it as an existing database); an in-memory one gets it back as PGlite's `loadDataDir`.
 * Nothing for a folder that holds a database already.
 */
export async function startFromImage(
  dataDir: string,
  image = EMPTY_DATA_DIR_IMAGE,
): Promise<Blob | undefined> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory && existsSync(join(dataDir, "PG_VERSION"))) return undefined;
  if (!existsSync(image)) return undefined;
  const gzipped = await readFile(image);
  if (inMemory) return new Blob([gzipped], { type: "application/x-gzip" });
  extractTar(gunzipSync(gzipped), dataDir, "PG_VERSION");
  return undefined;
}

/** An in-memory database, migrated and checkpointed, as a gzipped tarball of its data folder. */
export async function dumpEmptyDataDir(): Promise<Uint8Array> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite("memory://");
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    // Everything on disk: a folder started from the image has nothing to replay.
    await sql`checkpoint`.execute(db);
    return new Uint8Array(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
  } finally {
    await db.destroy();
  }
}
