// Opens the database: PostgreSQL when a URL is given, else embedded PGlite in a
// data folder (created on first use). Migrations run on every open.
import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect } from "kysely";
import { lockDataFolder } from "./data-folder-lock.js";
import { migrateToLatest } from "./migrate.js";
import { PGliteDialect } from "./pglite-dialect.js";
import type { DB } from "./schema.js";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Where the data lives: the PGlite folder, or the server URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | null;
  /** PGlite data folder; "memory://" keeps it in memory. */
  dataDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
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
  const { default: pg } = await import("pg");
  // bigint columns (views, counts) as numbers, as PGlite returns them: every value we store fits in 2^53.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === pg.types.builtins.INT8
        ? Number
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: 4, types });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", location: url.replace(/:[^:@/]*@/, ":***@"), close: () => db.destroy() };
}

async function openPglite(dataDir = "memory://"): Promise<Database> {
  let unlock = () => {};
  if (!dataDir.startsWith("memory://")) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataFolder(dataDir);
  }
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = new PGlite(dataDir);
    await pglite.waitReady;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    return { db, kind: "pglite", location: dataDir, close: () => db.destroy().finally(unlock) };
  } catch (err) {
    unlock();
    throw err;
  }
}
