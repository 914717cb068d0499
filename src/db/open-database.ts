// Opens the database: PostgreSQL when a URL is given, else embedded PGlite in a
// data folder (created on first use). A folder whose owner serves it (the web
// server, see embedded-server.ts) is reached through that server instead.
// Migrations run on every open. A new PGlite folder starts from the prepared,
// migrated image when the build made one (empty-data-dir.ts).
import { mkdirSync } from "node:fs";
import { Kysely } from "kysely";
import { VouchError } from "../core/errors.js";
import { connectPostgres } from "./connect-postgres.js";
import { lockDataFolder } from "./data-folder-lock.js";
import { startFromImage } from "./empty-data-dir.js";
import { migrateToLatest } from "./migrate.js";
import { PGliteDialect } from "./pglite-dialect.js";
import type { DB } from "./schema.js";
import { runningServer, type ServerFile, socketPath } from "./server-file.js";
import { StorableTextPlugin } from "./storable-text-plugin.js";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Where the data lives: the PGlite folder, or the server URL without its password. */
  location: string;
  /**
   * The PGlite folder on disk (null for PostgreSQL and in memory); `shared` when its one
   * session is served to several connections (the web server's), so that long
   * transactions would stall the others.
   */
  folder: { path: string; shared: boolean } | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | null;
  /** PGlite data folder; "memory://" keeps it in memory. */
  dataDir?: string;
  /** The image a new PGlite database starts from; by default the build's (empty-data-dir.ts). */
  emptyDataDirImage?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir, options.emptyDataDirImage);
  try {
    await migrateToLatest(database.db as Kysely<unknown>);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

// Each driver is loaded only when used: a CLI run on PGlite never loads pg, and the reverse.
async function openPostgres(url: string): Promise<Database> {
  const db = await connectPostgres(url, 4);
  return {
    db,
    kind: "postgres",
    location: url.replace(/:[^:@/]*@/, ":***@"),
    folder: null,
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir = "memory://", image?: string, fallback = true): Promise<Database> {
  let unlock = () => {};
  if (!dataDir.startsWith("memory://")) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 }); // the owner's alone, as the web server keeps it
    try {
      unlock = lockDataFolder(dataDir);
    } catch (err) {
      // Held by a live process: go through its server if it runs one, else "in use".
      const server = runningServer(dataDir);
      if (!server) throw err;
      return openServed(dataDir, server, image, fallback);
    }
  }
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = new PGlite(dataDir, { loadDataDir: await startFromImage(dataDir, image) });
    await pglite.waitReady;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), plugins: [new StorableTextPlugin()] });
    return {
      db,
      kind: "pglite",
      location: dataDir,
      folder: dataDir.startsWith("memory://") ? null : { path: dataDir, shared: false },
      close: () => db.destroy().finally(unlock),
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** A PGlite folder served by its owner process: `pg` to its Unix socket. */
async function openServed(
  dataDir: string,
  server: ServerFile,
  image: string | undefined,
  fallback: boolean,
): Promise<Database> {
  const path = socketPath(server);
  // One command needs one connection at a time (an import is one transaction); two leave room.
  const db = await connectPostgres(
    { host: server.socketDir, port: server.port, user: "postgres", database: "postgres" },
    2,
  );
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as("one")).execute();
  } catch (err) {
    await db.destroy();
    // The owner stopped between reading server.json and connecting: the folder may be free now.
    if (fallback && !runningServer(dataDir)) return openPglite(dataDir, image, false);
    throw new VouchError(
      "conflict",
      `the data folder ${dataDir} is served by another vouch process at ${path}, which did not answer: ${(err as Error).message}`,
    );
  }
  return {
    db,
    kind: "pglite",
    location: `${dataDir} (via the running server at ${path})`,
    folder: { path: dataDir, shared: true },
    close: () => db.destroy(),
  };
}
