// Ids and the follower sample's username summaries are checked at the edge like texts: the
// fuzzer (test/fuzz/import-database.test.ts) found each of these inputs failing inside the
// database instead (HTTP 500, exit 2). An id of 5,000 characters overflowed the primary
// key's index row; "x\u0000" and "x", or "\ud800" and "\udfff", were cleaned into one id and
// the upsert met its own row twice; a NUL in an account's or a comment's post id reached a
// query parameter, which PostgreSQL refuses; a username_length of 99999999999 did not fit
// its integer column. Each is now refused naming the file, record or line and field, and
// nothing is stored. On PGlite and PostgreSQL.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, dumpTables, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const UNSTORABLE = "an id cannot hold a NUL character or an unpaired surrogate";

type Snapshot = {
  account: { id?: string };
  posts: { id: string }[];
  followersSample: { usernameLength?: number }[];
};

const post = (s: Snapshot, i: number) => s.posts[i] as Snapshot["posts"][number];
const follower = (s: Snapshot) => s.followersSample[0] as Snapshot["followersSample"][number];

/** A copy of the trail_runner snapshot, changed. */
function snapshotWith(change: (s: Snapshot) => void): string {
  const path = join(fixtureCopy("snapshot"), "trail_runner.json");
  const snapshot = JSON.parse(readFileSync(path, "utf8"));
  change(snapshot);
  writeFileSync(path, JSON.stringify(snapshot));
  return path;
}

/** A CSV file of these lines in a fresh folder. */
function csv(name: string, lines: string[]): string {
  const path = join(fixtureCopy("csv"), name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** 5,000 CJK characters that do not repeat, so PostgreSQL cannot compress them into an index row. */
const LONG_ID = Array.from({ length: 5_000 }, (_, i) =>
  String.fromCharCode(0x4e00 + ((i * 7919) % 20_000)),
).join("");

describe.each(DATABASE_KINDS)("ids and small counts at the edge on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW, capturedAt: null });
    before = await dumpTables(d);
  });
  afterAll(async () => {
    await d?.close();
  });

  async function expectRefused(paths: string[], message: string) {
    await expect(importSources(d.db, ws, paths, { now: NOW })).rejects.toThrow(message);
    expect(await dumpTables(d)).toEqual(before);
  }

  it("a post id of 5,000 characters", async () => {
    await expectRefused(
      [snapshotWith((s) => (post(s, 0).id = LONG_ID))],
      `trail_runner.json, record posts[0], field "id": longer than 200 characters, which no platform's id is`,
    );
  });

  it("two post ids that cleaning would make one (unpaired surrogates)", async () => {
    const path = snapshotWith((s) => {
      post(s, 0).id = "\ud800";
      post(s, 1).id = "\udfff";
    });
    await expectRefused([path], `trail_runner.json, record posts[0], field "id": ${UNSTORABLE}`);
  });

  it("two post ids that cleaning would make one (NUL)", async () => {
    const path = snapshotWith((s) => {
      post(s, 0).id = "x\u0000";
      post(s, 1).id = "x";
    });
    await expectRefused([path], `trail_runner.json, record posts[0], field "id": ${UNSTORABLE}`);
  });

  it("an account id with NUL", async () => {
    await expectRefused(
      [snapshotWith((s) => (s.account.id = "17841400000000001\u0000"))],
      `trail_runner.json, record account, field "id": ${UNSTORABLE}`,
    );
  });

  it("a comment's post id with NUL in a CSV file", async () => {
    const path = csv("comments.csv", [
      "account,post_id,comment_id,text,created_at",
      "instagram:csv_cook,a\u0000b,c-1,Which pasta shape works best here?,2026-10-01T09:00:00Z",
    ]);
    await expectRefused([path], `comments.csv, line 2, field "post_id": ${UNSTORABLE}`);
  });

  it("a username length beyond an integer in a CSV file", async () => {
    const path = csv("followers.csv", [
      "account,username,followers,username_length",
      "instagram:x,abc,1,99999999999",
    ]);
    await expectRefused(
      [path],
      'followers.csv, line 2, field "username_length": expected a whole number ≥ 0 (at most 10 digits)',
    );
    const edge = csv("followers.csv", [
      "account,username,followers,username_length",
      "instagram:x,abc,1,2147483648",
    ]);
    await expectRefused(
      [edge],
      'followers.csv, line 2, field "username_length": expected a whole number ≤ 2,147,483,647',
    );
  });

  it("a username length beyond an integer in a snapshot", async () => {
    await expectRefused(
      [snapshotWith((s) => (follower(s).usernameLength = 2 ** 40))],
      'trail_runner.json, record followersSample[0], field "usernameLength": count is too large',
    );
  });

  it("ids of 200 characters and a username length of 2,147,483,647 are stored", async () => {
    const id = LONG_ID.slice(0, 200);
    const path = snapshotWith((s) => {
      post(s, 0).id = id;
      follower(s).usernameLength = 2_147_483_647;
    });
    await importSources(d.db, ws, [path], { now: NOW });
    const stored = await d.db
      .selectFrom("posts")
      .select("platform_post_id")
      .where("platform_post_id", "=", id)
      .execute();
    expect(stored).toHaveLength(1);
    const sample = await d.db
      .selectFrom("follower_samples")
      .select("username_length")
      .where("username", "=", "hill_hana")
      .executeTakeFirstOrThrow();
    expect(sample.username_length).toBe(2_147_483_647);
  });
});
