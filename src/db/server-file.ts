// How other processes find the owner of a PGlite data folder: the owner (see
// embedded-server.ts) writes server.json {pid, socketDir, port} next to vouch.lock.
// The database is served on the Unix socket <socketDir>/.s.PGSQL.<port> (the name
// `pg` looks for; no TCP port is opened). It counts only while that pid is alive
// and still holds the lock.
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { lockHolder } from "./data-folder-lock.js";

export interface ServerFile {
  pid: number;
  /** The owner-only (0700) directory holding the socket. */
  socketDir: string;
  /** The number in the socket's name, .s.PGSQL.<port>: not a TCP port. */
  port: number;
}

const NAME = "server.json";

export function socketPath(server: Pick<ServerFile, "socketDir" | "port">): string {
  return join(server.socketDir, `.s.PGSQL.${server.port}`);
}

export function writeServerFile(dir: string, server: ServerFile): void {
  const path = join(dir, NAME);
  const tmp = `${path}.${process.pid}.tmp`;
  // Written whole, then renamed: a reader never sees half a file. Readable by the owner only.
  rmSync(tmp, { force: true });
  writeFileSync(tmp, `${JSON.stringify(server)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

export function removeServerFile(dir: string): void {
  rmSync(join(dir, NAME), { force: true });
}

/** What server.json says, whoever wrote it and whether or not it still runs; null when absent or malformed. */
export function readServerFile(dir: string): ServerFile | null {
  let server: Partial<ServerFile>;
  try {
    server = JSON.parse(readFileSync(join(dir, NAME), "utf8"));
  } catch {
    return null; // no server (or one that is being written or removed)
  }
  if (!Number.isInteger(server.pid) || !Number.isInteger(server.port)) return null;
  if (typeof server.socketDir !== "string" || !isAbsolute(server.socketDir)) return null;
  return { pid: server.pid as number, socketDir: server.socketDir, port: server.port as number };
}

/** The server of a folder whose lock is held by a live process that serves it, else null. */
export function runningServer(dir: string): ServerFile | null {
  const server = readServerFile(dir);
  if (!server || lockHolder(dir) !== server.pid) return null;
  return server;
}
