// The long-running owner of a PGlite data folder (the web server): it opens PGlite,
// holding vouch.lock, and serves it over the PostgreSQL protocol on 127.0.0.1
// (pglite-socket), announcing the port in server.json. The owner talks to the
// database through that socket with `pg` too, so its queries and those of CLI
// commands (openDatabase finds server.json) go through one queue, where a
// connection keeps the single PGlite session for a whole transaction.
import { mkdirSync } from "node:fs";
import type { Kysely } from "kysely";
import { connectPostgres } from "./connect-postgres.js";
import { lockDataFolder } from "./data-folder-lock.js";
import { migrateToLatest } from "./migrate.js";
import type { Database } from "./open-database.js";
import { PgliteSessionQueue } from "./pglite-session-queue.js";
import { removeServerFile, writeServerFile } from "./server-file.js";

export interface EmbeddedServerOptions {
  /** PGlite data folder; "memory://" serves an in-memory database (no lock, no server.json). */
  dataDir: string;
  /** Connections the server accepts, from this process and others (default 16). */
  maxConnections?: number;
  /** Connections this process keeps to its own server (default 4). */
  poolSize?: number;
}

export interface EmbeddedServer extends Database {
  /** The 127.0.0.1 port the folder is served on. */
  port: number;
}

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
      mkdirSync(dataDir, { recursive: true });
      cleanup.push(lockDataFolder(dataDir));
      removeServerFile(dataDir); // left by an owner that died
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = new PGlite(dataDir);
    await pglite.waitReady;
    cleanup.push(() => (pglite.closed ? undefined : pglite.close()));

    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections });
    useSessionQueue(server, new PgliteSessionQueue(pglite));
    await server.start();
    cleanup.push(() => server.stop());
    const port = Number(server.getServerConn().split(":").at(-1));

    const db = await connectPostgres(`postgresql://postgres@127.0.0.1:${port}/postgres`, poolSize);
    cleanup.push(() => db.destroy());
    await migrateToLatest(db as Kysely<unknown>);

    if (!inMemory) {
      writeServerFile(dataDir, { pid: process.pid, port });
      cleanup.push(() => removeServerFile(dataDir));
    }
    return { db, kind: "pglite", location: `${dataDir} (served on port ${port})`, port, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/** Swaps pglite-socket's query queue (a private field, read when a connection arrives) for ours. */
function useSessionQueue(server: object, queue: PgliteSessionQueue): void {
  const fields = server as { queryQueue?: unknown };
  if (typeof (fields.queryQueue as { enqueue?: unknown } | undefined)?.enqueue !== "function")
    throw new Error("@electric-sql/pglite-socket changed: PGLiteSocketServer has no queryQueue to replace");
  fields.queryQueue = queue;
}
