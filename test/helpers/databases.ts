// The databases every DB test runs on: embedded PGlite (in memory) and the
// PostgreSQL server (a fresh schema per suite, dropped after, so runs can repeat).
// VOUCH_TEST_DATABASES=pglite limits the list; PostgreSQL must otherwise be up.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { type Database, type DatabaseKind, openDatabase } from "../../src/db/open-database.js";

export const TEST_PG_URL = process.env.VOUCH_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export const DATABASE_KINDS: DatabaseKind[] = (process.env.VOUCH_TEST_DATABASES ?? "pglite,postgres")
  .split(",")
  .map((s) => s.trim() as DatabaseKind);

export interface TestDatabase extends Database {
  /** Options that open this same database again (for the CLI). */
  env: Record<string, string>;
}

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const d = await openDatabase({ dataDir: "memory://" });
    return { ...d, env: {} };
  }
  const schema = `vouch_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create schema ${schema}`);
  const url = `${TEST_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const d = await openDatabase({ databaseUrl: url });
  return {
    ...d,
    env: { DATABASE_URL: url },
    close: async () => {
      await d.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_PG_URL} (${(err as Error).message}); start it, or set VOUCH_TEST_DATABASES=pglite`,
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The tables an import or an audit writes (a workspace and its users are kept). */
const DATA_TABLES = [
  "creators",
  "accounts",
  "account_usernames",
  "profile_snapshots",
  "posts",
  "comments",
  "follower_samples",
  "daily_counts",
  "account_demographics",
  "audits",
] as const;

/** Empties every imported or computed table and restarts their ids, between tests of one suite. */
export async function emptyDataTables(d: Database): Promise<void> {
  await sql.raw(`truncate ${DATA_TABLES.join(", ")} restart identity cascade`).execute(d.db);
}

/** Every row of every table, to check that a failed import changed nothing. */
export async function dumpTables(d: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of DATA_TABLES) out[t] = await d.db.selectFrom(t).selectAll().execute();
  return out;
}
