// Unpacks a tarball of a PGlite data folder (as `dumpDataDir` writes it: ustar,
// regular files and folders) into a folder on disk with node's own file calls, about
// twice as fast as handing it to PGlite, which writes each file through its
// WebAssembly file system. `last` is written after everything else: a folder whose
// unpacking was cut short lacks it, so it is unpacked again rather than opened.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, normalize } from "node:path";

const BLOCK = 512;

export function extractTar(tar: Uint8Array, dir: string, last: string): void {
  const bytes = Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength);
  let deferred: [string, Uint8Array] | null = null;
  for (let offset = 0; offset + BLOCK <= bytes.length; ) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break; // the end: two empty blocks
    const field = (from: number, to: number) => {
      const raw = header.subarray(from, to);
      const end = raw.indexOf(0);
      return raw.subarray(0, end < 0 ? raw.length : end).toString("utf8");
    };
    const prefix = field(257, 262) === "ustar" ? field(345, 500) : "";
    const name = normalize((prefix ? `${prefix}/` : "") + field(0, 100)).replace(/^\/+/, "");
    const size = Number.parseInt(field(124, 136).trim() || "0", 8);
    const type = field(156, 157) || "0";
    const data = bytes.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (name.split("/").includes("..")) throw new Error(`tar entry outside its folder: ${name}`);
    const path = join(dir, name);
    if (type === "5") mkdirSync(path, { recursive: true, mode: 0o700 });
    else if (type !== "0") throw new Error(`tar entry ${name} is neither a file nor a folder (type ${type})`);
    else if (name === last) deferred = [path, data];
    else {
      mkdirSync(join(path, ".."), { recursive: true, mode: 0o700 });
      writeFileSync(path, data, { mode: 0o600 });
    }
  }
  if (deferred) writeFileSync(deferred[0], deferred[1], { mode: 0o600 });
}
