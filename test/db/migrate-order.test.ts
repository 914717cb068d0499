// Migrations written on parallel branches land out of order: a database that already ran a
// later one (0012 on main) must still run an earlier one merged after it (0011). Simulated by
// undoing 0011 and its record on a migrated database, on PGlite and PostgreSQL.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, migrationNames } from "../../src/db/migrate.js";
import { down } from "../../src/db/migrations/0011-worklist.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";

describe.each(DATABASE_KINDS)("migrations merged out of order on %s", (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await d?.close();
  });

  it("runs a migration whose name sorts before the latest one run", async () => {
    await down(d.db as never);
    await sql`delete from kysely_migration where name = '0011-worklist'`.execute(d.db);
    const tables = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
          where table_schema = current_schema() and table_name = 'creator_tags'`.execute(d.db)
      ).rows[0]?.n;
    expect(await tables()).toBe(0);
    await migrateToLatest(d.db as never);
    expect(await tables()).toBe(1);
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      d.db,
    );
    expect(rows.map((r) => r.name)).toEqual(migrationNames());
  });
});
