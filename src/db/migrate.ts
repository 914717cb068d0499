// Runs the migrations in src/db/migrations, in name order, once each (Kysely's
// Migrator keeps the record and takes a lock, so concurrent starts are safe).
import { type Kysely, type Migration, Migrator, sql } from "kysely";
import * as m0001 from "./migrations/0001-initial.js";
import * as m0002 from "./migrations/0002-workspaces.js";

const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0002-workspaces": m0002,
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  if (await isUpToDate(db)) return;
  // Kysely looks for its bookkeeping tables in every schema unless told which one; with
  // several Vouch databases on one server (one schema each) it must be our own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: rows[0]?.schema ?? "public",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`database migration ${failed} failed: ${(error as Error).message ?? error}`);
  }
}

/** One cheap query instead of the Migrator's lock and bookkeeping on every start of the CLI. */
async function isUpToDate(db: Kysely<unknown>): Promise<boolean> {
  const latest = Object.keys(MIGRATIONS).sort().at(-1);
  try {
    const { rows } = await sql<{
      name: string;
    }>`select name from kysely_migration order by name desc limit 1`.execute(db);
    return rows[0]?.name === latest;
  } catch {
    return false; // no migration table yet: a new database
  }
}
