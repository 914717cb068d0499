// Two imports of one account at the same time (two uploads, a CLI import beside the web
// server) both succeed. On PostgreSQL they used to race: both found no account and both
// inserted it (duplicate key on accounts_workspace_platform_username_key), or both added the
// same profile snapshot (profile_snapshots_pkey). Each import now holds a lock per account
// for its transaction, so the second waits for the first and then updates what it stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import {
  DATABASE_KINDS,
  emptyDataTables,
  openTestDatabase,
  type TestDatabase,
} from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const FOLDER = `${FIXTURES}/instaloader/tiny_baker`;
const CAPTURED = Date.parse("2026-10-07T08:00:00Z");

describe.each(DATABASE_KINDS)("concurrent imports of one account on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
  });
  afterAll(async () => {
    await d?.close();
  });
  beforeEach(async () => {
    await emptyDataTables(d);
  });

  it("four parallel imports of a new account all succeed and store it once", async () => {
    const runs = await Promise.allSettled(
      [0, 1, 2, 3].map(() => importSources(d.db, ws, [FOLDER], { now: NOW, capturedAt: CAPTURED })),
    );
    expect(runs.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    // Exactly one of them created the account; the fixture's counts (3 posts, 17 comments).
    const created = runs.map((r) => (r.status === "fulfilled" ? r.value.accounts[0]?.created : null));
    expect(created.filter((c) => c === true)).toHaveLength(1);
    const count = async (t: "accounts" | "creators" | "posts" | "comments" | "profile_snapshots") =>
      Number(
        (
          await d.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count("creators")).toBe(1);
    expect(await count("accounts")).toBe(1);
    expect(await count("posts")).toBe(3);
    expect(await count("comments")).toBe(17);
    expect(await count("profile_snapshots")).toBe(1);
  });
});
