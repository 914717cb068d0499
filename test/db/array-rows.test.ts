// A query marked ARRAY_ROWS returns its rows as arrays of values, on PGlite, on
// PostgreSQL and through a served PGlite folder (pg over the owner's socket), inside a
// transaction too; an unmarked query still returns row objects. The audit reads its
// 100,000 comments this way (load-audit-input.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { arrayRows } from "../../src/db/array-rows.js";
import { openEmbeddedServer } from "../../src/db/embedded-server.js";
import type { DB } from "../../src/db/schema.js";
import { DATABASE_KINDS, openTestDatabase } from "../helpers/databases.js";

const marked = () =>
  arrayRows(sql`select 7::int as a, 'text, with "quotes"'::text as b, null::int as c, 9007199254740991::int8 as d,
    true as e, date_part('epoch', timestamptz '2026-01-02T03:04:05.5Z') * 1000 as f`);
const expected = [
  [7, 'text, with "quotes"', null, 9007199254740991, true, Date.parse("2026-01-02T03:04:05.5Z")],
];

async function checkDatabase(db: Kysely<DB>) {
  expect((await marked().execute(db)).rows).toEqual(expected);
  expect((await db.transaction().execute((trx) => marked().execute(trx))).rows).toEqual(expected);
  expect((await sql`select 7::int as a`.execute(db)).rows).toEqual([{ a: 7 }]);
}

describe.each(DATABASE_KINDS)("array rows on %s", (kind) => {
  it("marked queries return arrays, unmarked ones objects", async () => {
    const d = await openTestDatabase(kind);
    try {
      await checkDatabase(d.db);
    } finally {
      await d.close();
    }
  });
});

describe("array rows through a served PGlite folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "vouch-array-rows-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("marked queries return arrays, unmarked ones objects", async () => {
    const owner = await openEmbeddedServer({ dataDir: dir });
    try {
      await checkDatabase(owner.db);
    } finally {
      await owner.close();
    }
  });
});
