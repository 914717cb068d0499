// Use-case: import files uploaded over HTTP — JSON, CSV, .json.xz, or a zip of an
// Instaloader folder (or several files of one). They are written to a temporary
// folder (temp-folders.ts), imported like local paths (one transaction), and removed again.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, normalize } from "node:path";
import { unzipSync } from "fflate";
import type { Kysely } from "kysely";
import { VouchError } from "../core/errors.js";
import type { DB } from "../db/schema.js";
import { type ImportOptions, importSources } from "./import-sources.js";
import { makeTempFolder, removeTempFolder } from "./temp-folders.js";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Largest total size a zip may unpack to: far above a real export (50 posts with 2,000 comments each is about 25 MB), far below a zip bomb. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 ** 2;

export async function importUpload(
  db: Kysely<DB>,
  workspaceId: number,
  files: readonly UploadedFile[],
  opts: ImportOptions,
) {
  if (files.length === 0) throw new VouchError("invalid_input", "no file was uploaded", { field: "files" });
  const names = new Set<string>();
  for (const f of files) {
    const name = safeName(f.name);
    if (names.has(name))
      throw new VouchError("invalid_input", `two uploaded files are named ${name}`, { field: "files" });
    names.add(name);
  }
  const dir = await makeTempFolder("upload");
  try {
    for (const f of files) {
      if (/\.zip$/i.test(f.name)) await writeZip(dir, f);
      else await writeFile(join(dir, safeName(f.name)), f.bytes);
    }
    return await importSources(db, workspaceId, await pathsToImport(dir), opts);
  } catch (err) {
    // Messages name files as uploaded, not by the server's temporary folder.
    if (err instanceof VouchError)
      throw new VouchError(
        err.code,
        err.message.replaceAll(`${dir}/`, "").replaceAll(dir, "upload"),
        err.details,
      );
    throw err;
  } finally {
    await removeTempFolder(dir);
  }
}

async function writeZip(dir: string, file: UploadedFile) {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(file.bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES)
          throw new VouchError("payload_too_large", `${file.name} unpacks to more than 512 MB`);
        return !f.name.endsWith("/") && !f.name.startsWith("__MACOSX/");
      },
    });
  } catch (err) {
    if (err instanceof VouchError) throw err;
    throw new VouchError("invalid_file", `${file.name}: is not a valid zip file (${(err as Error).message})`);
  }
  for (const [name, bytes] of Object.entries(entries)) {
    const target = join(dir, safePath(name));
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    } catch (err) {
      // A zip whose entries clash ("a" and "a/b.json", an entry named ".") is bad input.
      throw new VouchError(
        "invalid_file",
        `${file.name}: entry "${name}" cannot be unpacked (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
  }
}

/** The folders and files at the top of the upload: one folder if everything sits in one. */
async function pathsToImport(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
  const loose = entries.filter((e) => e.isFile()).map((e) => e.name);
  // Loose files of an Instaloader folder are imported as that folder, which reads its JSON
  // files; CSV files beside them are imported on their own.
  if (loose.some((n) => /_UTC(_\d+)?(\.json(\.xz)?|_comments\.json)$/.test(n)))
    return [dir, ...loose.filter((n) => /\.csv$/i.test(n)).map((n) => join(dir, n)), ...folders];
  return [...loose.map((n) => join(dir, n)), ...folders];
}

function safeName(name: string): string {
  const base = basename(name.replaceAll("\\", "/"));
  if (!base || base === "." || base === "..")
    throw new VouchError("invalid_input", `"${name}" is not a file name`);
  return base;
}

/** A zip entry's path, kept inside the upload folder ("../" and absolute paths refused). */
function safePath(name: string): string {
  const clean = normalize(name.replaceAll("\\", "/")).replace(/^\/+/, "");
  if (clean.startsWith(".."))
    throw new VouchError("invalid_file", `zip entry "${name}" points outside the upload`);
  return clean;
}
