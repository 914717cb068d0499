// Text PostgreSQL cannot store, written through any service, on every database: a NUL
// (refused by text and jsonb alike) and an unpaired surrogate are cleaned by the
// database layer's plugin instead of failing the request (fuzzing found the 500s in a
// creator note and a partnership's status note). Other text is stored as typed.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storableValue } from "../../src/db/storable-text-plugin.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";

describe("storableValue", () => {
  it("drops NUL, mends unpaired surrogates, cleans JSON text inside, leaves the rest", () => {
    expect(storableValue("Asked\u0000 for rates")).toBe("Asked for rates");
    expect(storableValue("half \ud83d pair")).toBe("half \ufffd pair");
    expect(storableValue(JSON.stringify({ products: ["Gran\u0000ola"] }))).toBe('{"products":["Granola"]}');
    // A typed backslash-u is text, not an escape; a bracket alone is not JSON.
    expect(storableValue("[not json \\u0000")).toBe("[not json \\u0000");
    expect(storableValue("plain 😀 text")).toBe("plain 😀 text");
    expect(storableValue(42)).toBe(42);
  });
});

describe.each(DATABASE_KINDS)("text written on %s", (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await d?.close();
  });

  it("stores a NUL-holding text and JSON value cleaned, through the query builder and sql``", async () => {
    const ws = await d.db
      .insertInto("workspaces")
      .values({ slug: "nul", name: "Brand\u0000 name" })
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    expect(ws.name).toBe("Brand name");
    const { rows } = await sql<{ v: unknown; t: string }>`select ${JSON.stringify(["a\u0000b"])}::jsonb as v,
      ${"x\u0000y"}::text as t`.execute(d.db);
    expect(rows[0]).toEqual({ v: ["ab"], t: "xy" });
  });
});
