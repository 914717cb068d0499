// The long-running owner of a PGlite data folder (the web server): it opens PGlite,
// holding vouch.lock, and serves it over the PostgreSQL protocol on a Unix socket
// (pglite-socket), announcing it in server.json. The socket lives in a directory
// only the owner's OS user may enter (0700), as does the data folder itself: the
// protocol has no authentication, so the file system is what keeps other local
// users out (there is no TCP port). The owner talks to the database through that
// socket with `pg` too, so its queries and those of CLI commands (openDatabase
// finds server.json) go through one queue, where a connection keeps the single
// PGlite session for a whole transaction.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Kysely } from "kysely";
import { connectPostgres } from "./connect-postgres.js";
import { lockDataFolder } from "./data-folder-lock.js";
import { startFromImage } from "./empty-data-dir.js";
import { migrateToLatest } from "./migrate.js";
import type { Database } from "./open-database.js";
import { PgliteSessionQueue } from "./pglite-session-queue.js";
import { readServerFile, removeServerFile, socketPath, writeServerFile } from "./server-file.js";

export interface EmbeddedServerOptions {
  /** PGlite data folder; "memory://" serves an in-memory database (no lock, no server.json). */
  dataDir: string;
  /** Connections the server accepts, from this process and others (default 16). */
  maxConnections?: number;
  /** Connections this process keeps to its own server (default 4). */
  poolSize?: number;
  /** The image a new database starts from; by default the build's (empty-data-dir.ts). */
  emptyDataDirImage?: string;
}

export interface EmbeddedServer extends Database {
  /** The owner-only directory holding the socket. */
  socketDir: string;
  /** The number in the socket's name (<socketDir>/.s.PGSQL.<port>, as `pg` expects): not a TCP port. */
  port: number;
  /** The socket's path. */
  socketPath: string;
}

/** The number in the socket's name; nothing listens on this TCP port. */
const SOCKET_PORT = 5432;
/** The folder's socket directory, inside it. */
const SOCKET_DIR = "socket";
/** Longest Unix socket path (sun_path, less its NUL): 108 bytes on Linux, 104 on macOS and the BSDs. */
const MAX_SOCKET_PATH = process.platform === "linux" ? 107 : 103;
/** Socket directories made under os.tmpdir() when the folder's path is too long. */
const TMP_PREFIX = "vouch-socket-";

export async function openEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { dataDir, maxConnections = 16, poolSize = 4 } = options;
  const inMemory = dataDir.startsWith("memory://");
  const cleanup: (() => Promise<void> | void)[] = [];
  const close = async () => {
    let first: unknown;
    for (const step of cleanup.splice(0).reverse()) {
      try {
        await step();
      } catch (err) {
        first ??= err;
      }
    }
    if (first) throw first;
  };
  try {
    if (!inMemory) {
      ownerOnlyDir(dataDir, true);
      cleanup.push(lockDataFolder(dataDir));
      // Left by an owner that died (the lock says none is alive).
      removeStaleTmpSocketDir(readServerFile(dataDir)?.socketDir);
      removeServerFile(dataDir);
    }
    const { PGlite } = await import("@electric-sql/pglite");
    // A new folder starts from the build's migrated image (empty-data-dir.ts), as the CLI's do.
    const pglite = new PGlite(dataDir, {
      loadDataDir: await startFromImage(dataDir, options.emptyDataDirImage),
    });
    await pglite.waitReady;
    cleanup.push(() => (pglite.closed ? undefined : pglite.close()));

    let socketDir = inMemory ? "" : join(dataDir, SOCKET_DIR);
    if (!inMemory && Buffer.byteLength(socketPath({ socketDir, port: SOCKET_PORT })) <= MAX_SOCKET_PATH) {
      ownerOnlyDir(socketDir, false);
    } else {
      // mkdtemp makes it 0700. Too long a path for the folder, or no folder at all.
      socketDir = mkdtempSync(join(tmpdir(), TMP_PREFIX));
      const made = socketDir;
      cleanup.push(() => rmSync(made, { recursive: true, force: true }));
    }
    const path = socketPath({ socketDir, port: SOCKET_PORT });
    rmSync(path, { force: true }); // a stale socket of an owner that died: listening would fail on it

    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const server = new PGLiteSocketServer({ db: pglite, path, maxConnections });
    useSessionQueue(server, new PgliteSessionQueue(pglite));
    await server.start();
    cleanup.push(async () => {
      try {
        await server.stop();
      } finally {
        rmSync(path, { force: true });
      }
    });

    const db = await connectPostgres(
      { host: socketDir, port: SOCKET_PORT, user: "postgres", database: "postgres" },
      poolSize,
    );
    cleanup.push(() => db.destroy());
    await migrateToLatest(db as Kysely<unknown>);

    if (!inMemory) {
      writeServerFile(dataDir, { pid: process.pid, socketDir, port: SOCKET_PORT });
      cleanup.push(() => removeServerFile(dataDir));
    }
    return {
      db,
      kind: "pglite",
      location: `${dataDir} (served on ${path})`,
      folder: inMemory ? null : { path: dataDir, shared: true },
      socketDir,
      port: SOCKET_PORT,
      socketPath: path,
      close,
    };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/**
 * Creates `dir` (and, with `parents`, its parents) or takes the existing one, and makes
 * it ours alone (0700). Refuses a directory another user owns, or a link in its place.
 */
function ownerOnlyDir(dir: string, parents: boolean): void {
  try {
    mkdirSync(dir, { recursive: parents, mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) throw new Error(`${dir} is not a directory`);
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid)
    throw new Error(`${dir} belongs to another user (uid ${stat.uid}); it must be yours alone`);
  chmodSync(dir, 0o700);
}

/** Removes a socket directory under os.tmpdir() named in the server.json of an owner that died. */
function removeStaleTmpSocketDir(socketDir: string | undefined): void {
  if (!socketDir || dirname(socketDir) !== tmpdir() || !basename(socketDir).startsWith(TMP_PREFIX)) return;
  try {
    const stat = lstatSync(socketDir);
    if (!stat.isDirectory() || stat.uid !== process.getuid?.()) return;
    rmSync(socketPath({ socketDir, port: SOCKET_PORT }), { force: true });
    rmdirSync(socketDir); // only when empty: nothing else is removed
  } catch {
    // gone already, or not ours to remove
  }
}

/** Swaps pglite-socket's query queue (a private field, read when a connection arrives) for ours. */
function useSessionQueue(server: object, queue: PgliteSessionQueue): void {
  const fields = server as { queryQueue?: unknown };
  if (typeof (fields.queryQueue as { enqueue?: unknown } | undefined)?.enqueue !== "function")
    throw new Error("@electric-sql/pglite-socket changed: PGLiteSocketServer has no queryQueue to replace");
  fields.queryQueue = queue;
}
