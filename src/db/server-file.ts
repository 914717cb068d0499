// How other processes find the owner of a PGlite data folder: the owner (see
// embedded-server.ts) writes server.json {pid, port} next to vouch.lock. It counts
// only while that pid is alive and still holds the lock.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lockHolder } from "./data-folder-lock.js";

export interface ServerFile {
  pid: number;
  port: number;
}

const NAME = "server.json";

export function writeServerFile(dir: string, server: ServerFile): void {
  const path = join(dir, NAME);
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${path}.${process.pid}.tmp`, `${JSON.stringify(server)}\n`);
  renameSync(`${path}.${process.pid}.tmp`, path);
}

export function removeServerFile(dir: string): void {
  rmSync(join(dir, NAME), { force: true });
}

/** The server of a folder whose lock is held by a live process that serves it, else null. */
export function runningServer(dir: string): ServerFile | null {
  let server: Partial<ServerFile>;
  try {
    server = JSON.parse(readFileSync(join(dir, NAME), "utf8"));
  } catch {
    return null; // no server (or one that is being written or removed)
  }
  if (!Number.isInteger(server.pid) || !Number.isInteger(server.port)) return null;
  if (lockHolder(dir) !== server.pid) return null;
  return { pid: server.pid as number, port: server.port as number };
}
