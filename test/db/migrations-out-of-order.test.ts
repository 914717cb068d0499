// A migration merged after later ones already ran still runs: branches number their
// migrations apart (0010 on one, 0011 and 0012 on others), so a database may have recorded
// 0012 before 0010 reaches it. The start-up check looked only at the latest name and would
// have skipped 0010 for good. Simulated by undoing and forgetting 0009, below the latest.
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, migrationNames } from "../../src/db/migrate.js";
import * as m0009 from "../../src/db/migrations/0009-username-history.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";

const tables = async (db: Kysely<unknown>) =>
  (
    await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_name = 'account_usernames'`.execute(db)
  ).rows.map((r) => r.name);

describe.each(DATABASE_KINDS)("migrations merged out of order on %s", (kind) => {
  let d: TestDatabase;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await d?.close();
  });

  it("runs a migration that is missing below the latest recorded one", async () => {
    const db = d.db as unknown as Kysely<unknown>;
    const names = migrationNames();
    expect(names.indexOf("0009-username-history")).toBeLessThan(names.length - 1);
    await m0009.down(db);
    await sql`delete from kysely_migration where name = '0009-username-history'`.execute(db);
    expect(await tables(db)).toEqual([]);
    // The latest recorded name is still the latest migration's, as on a database that ran it first.
    const latest = await sql<{ name: string }>`select max(name) as name from kysely_migration`.execute(db);
    expect(latest.rows[0]?.name).toBe(names.at(-1));

    await migrateToLatest(db);
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(await tables(db)).toEqual(["account_usernames"]);
  });
});
