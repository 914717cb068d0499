// Importers end to end into the database, on PGlite and PostgreSQL. Expected
// values are read off the fixture files by hand (see each fixture's numbers).

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import {
  DATABASE_KINDS,
  emptyDataTables,
  openTestDatabase,
  type TestDatabase,
} from "../helpers/databases.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const at = (iso: string) => new Date(iso).getTime();

describe.each(DATABASE_KINDS)("importers on %s", (kind) => {
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

  it("reads an Instaloader folder: profile, compressed and plain posts, comments with answers", async () => {
    const summary = await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], {
      now: NOW,
      capturedAt: at("2026-10-07T08:00:00Z"),
    });
    // 3 post files and 3 comments files and the profile file; the .jpg, .txt and id file are skipped.
    expect(summary.files).toBe(7);
    expect(summary.accounts).toEqual([
      {
        account: "instagram:tiny_baker",
        created: true,
        posts: 3,
        comments: 17,
        followers: 0,
        snapshotAdded: true,
      },
    ]);

    const account = await d.db.selectFrom("accounts").selectAll().executeTakeFirstOrThrow();
    expect(account).toMatchObject({
      platform: "instagram",
      username: "tiny_baker",
      platform_user_id: "5550001",
    });

    const snap = await d.db.selectFrom("profile_snapshots").selectAll().executeTakeFirstOrThrow();
    expect(snap).toMatchObject({
      followers: 8000,
      following: 450,
      full_name: "Tiny Baker",
      category: "Bakery",
    });
    // Instaloader's profile JSON has no post count: unknown, not zero.
    expect(snap.posts).toBeNull();
    expect(new Date(snap.captured_at).toISOString()).toBe("2026-10-07T08:00:00.000Z");

    const posts = await d.db.selectFrom("posts").selectAll().orderBy("taken_at").execute();
    expect(posts.map((p) => [p.platform_post_id, p.shortcode, p.kind, p.likes, p.comments, p.views])).toEqual(
      [
        ["3001", "AAA1", "image", 240, 6, null],
        ["3002", "BBB2", "video", 400, 5, 5000],
        ["3003", "CCC3", "carousel", 160, 4, null],
      ],
    );
    expect(new Date(posts[1]?.taken_at as Date).toISOString()).toBe("2026-10-03T18:30:00.000Z");

    // Comment ids above 2^53 keep every digit.
    const reply = await d.db
      .selectFrom("comments")
      .selectAll()
      .where("platform_comment_id", "=", "17900000000000002")
      .executeTakeFirstOrThrow();
    expect(reply).toMatchObject({
      parent_id: "17900000000000001",
      author_username: "tiny_baker",
      author_id: "5550001",
      text: "Thanks Anna! T55 flour from a local mill",
      likes: 1,
    });
    // The older comment format had no likes_count: unknown.
    const old = await d.db
      .selectFrom("comments")
      .select(["likes", "text"])
      .where("platform_comment_id", "=", "17900000000000023")
      .executeTakeFirstOrThrow();
    expect(old).toEqual({ likes: null, text: "😍" });
  });

  it("re-importing the same data changes nothing; newer data adds a snapshot", async () => {
    const folder = `${FIXTURES}/instaloader/tiny_baker`;
    const first = { now: NOW, capturedAt: at("2026-10-07T08:00:00Z") };
    await importSources(d.db, ws, [folder], first);
    const counts = async () => ({
      snapshots: (await d.db.selectFrom("profile_snapshots").select("account_id").execute()).length,
      posts: (await d.db.selectFrom("posts").select("account_id").execute()).length,
      comments: (await d.db.selectFrom("comments").select("account_id").execute()).length,
      creators: (await d.db.selectFrom("creators").select("id").execute()).length,
    });
    const before = await counts();
    const again = await importSources(d.db, ws, [folder], first);
    expect(again.accounts[0]).toMatchObject({ created: false, snapshotAdded: false });
    expect(await counts()).toEqual(before);

    const older = await importSources(d.db, ws, [folder], {
      now: NOW,
      capturedAt: at("2026-09-01T00:00:00Z"),
    });
    expect(older.accounts[0]?.snapshotAdded).toBe(false);
    const newer = await importSources(d.db, ws, [folder], {
      now: NOW,
      capturedAt: at("2026-10-20T00:00:00Z"),
    });
    expect(newer.accounts[0]?.snapshotAdded).toBe(true);
    expect(await counts()).toEqual({ ...before, snapshots: 2 });
  });

  it("the same folder twice in one import is stored once", async () => {
    const folder = `${FIXTURES}/instaloader/tiny_baker`;
    const summary = await importSources(d.db, ws, [folder, folder], {
      now: NOW,
      capturedAt: at("2026-10-07T08:00:00Z"),
    });
    // Each part is counted as written; the rows are upserted, so the table holds each once.
    expect(summary.accounts[0]).toMatchObject({ account: "instagram:tiny_baker", posts: 6, comments: 34 });
    expect((await d.db.selectFrom("comments").select("platform_comment_id").execute()).length).toBe(17);
    expect((await d.db.selectFrom("posts").select("platform_post_id").execute()).length).toBe(3);
  });

  it("reads raw Instagram GraphQL post JSON: bare, wrapped and API-answer forms", async () => {
    const summary = await importSources(d.db, ws, [`${FIXTURES}/graphql/pixel_potter`], { now: NOW });
    expect(summary.accounts).toEqual([
      // Comments: CXa1 3 + 1 threaded reply, CXa2 2, CXa3 1.
      {
        account: "instagram:pixel_potter",
        created: true,
        posts: 3,
        comments: 7,
        followers: 0,
        snapshotAdded: false,
      },
    ]);
    const posts = await d.db.selectFrom("posts").selectAll().orderBy("taken_at").execute();
    expect(posts.map((p) => [p.shortcode, p.kind, p.likes, p.comments, p.views, p.location])).toEqual([
      ["CXa1", "image", 120, 3, null, null],
      // edge_liked_by instead of edge_media_preview_like; a reel (product_type clips).
      ["CXa2", "reel", 300, 2, 2400, null],
      // No like count in the node: unknown.
      ["CXa3", "carousel", null, 1, null, "Clay Studio Lisbon"],
    ]);
    expect(posts[2]?.sponsors).toEqual(["clayco_supplies"]);
    expect(posts[0]?.caption).toBe("Glaze test #12: celadon over stoneware");
    const reply = await d.db
      .selectFrom("comments")
      .selectAll()
      .where("parent_id", "is not", null)
      .executeTakeFirstOrThrow();
    expect(reply).toMatchObject({
      platform_comment_id: "18000000000000002",
      parent_id: "18000000000000001",
      author_username: "pixel_potter",
    });
    // No profile in raw post JSON: no follower count, so no snapshot.
    expect(await d.db.selectFrom("profile_snapshots").selectAll().execute()).toEqual([]);
  });

  it("reads CSV files of posts, comments, followers and profiles", async () => {
    const csv = `${FIXTURES}/csv`;
    const summary = await importSources(
      d.db,
      ws,
      [`${csv}/posts.csv`, `${csv}/comments.csv`, `${csv}/followers.csv`, `${csv}/profile.csv`],
      { now: NOW, account: { platform: "instagram", username: "csv_cook" } },
    );
    expect(summary.accounts).toEqual([
      {
        account: "instagram:csv_cook",
        created: true,
        posts: 3,
        comments: 9,
        followers: 5,
        snapshotAdded: true,
      },
    ]);
    const posts = await d.db.selectFrom("posts").selectAll().orderBy("platform_post_id").execute();
    expect(posts.map((p) => [p.platform_post_id, p.likes, p.comments, p.views, p.is_ad, p.caption])).toEqual([
      ["p-100", 500, 4, null, false, "Pasta night, recipe below"],
      ["p-101", 700, 3, 9000, false, "60-second risotto"],
      // Empty cells are unknown; "" inside quotes is a quote.
      ["p-102", null, 2, null, null, 'Market haul, "best" tomatoes'],
    ]);
    // Unix seconds 1791532800 = 2026-10-09T08:00:00Z.
    expect(new Date(posts[2]?.taken_at as Date).toISOString()).toBe("2026-10-09T08:00:00.000Z");
    const multiline = await d.db
      .selectFrom("comments")
      .select("text")
      .where("platform_comment_id", "=", "c-4")
      .executeTakeFirstOrThrow();
    expect(multiline.text).toBe("Multi-line\ncomment, with a comma");
    const followers = await d.db.selectFrom("follower_samples").selectAll().orderBy("username").execute();
    expect(followers.map((f) => [f.username, f.followers, f.following, f.has_avatar, f.is_private])).toEqual([
      ["basil_b", 12, 2900, false, false],
      ["chef_ari", 2100, 800, true, false],
      ["olive_oyl", 340, 410, true, false],
      ["pepe_p", null, null, null, null],
      ["rosa_r", 95, 150, true, true],
    ]);
    // Two profile rows: only the newer (2026-10-10, 12,000 followers) becomes the snapshot.
    const snaps = await d.db.selectFrom("profile_snapshots").selectAll().execute();
    expect(snaps.map((s) => [new Date(s.captured_at).toISOString(), s.followers])).toEqual([
      ["2026-10-10T00:00:00.000Z", 12000],
    ]);
  });

  it("reads a Vouch snapshot, ignoring unknown fields", async () => {
    const summary = await importSources(d.db, ws, [`${FIXTURES}/snapshot/trail_runner.json`], { now: NOW });
    expect(summary.accounts).toEqual([
      {
        account: "instagram:trail_runner",
        created: true,
        posts: 2,
        comments: 4,
        followers: 2,
        snapshotAdded: true,
      },
    ]);
    const snap = await d.db.selectFrom("profile_snapshots").selectAll().executeTakeFirstOrThrow();
    expect([snap.followers, snap.following, snap.posts, new Date(snap.captured_at).toISOString()]).toEqual([
      6400,
      380,
      210,
      "2026-11-01T10:00:00.000Z",
    ]);
    const anonymous = await d.db
      .selectFrom("comments")
      .selectAll()
      .where("platform_comment_id", "=", "tc-4")
      .executeTakeFirstOrThrow();
    expect([anonymous.author_username, anonymous.author_id, anonymous.likes]).toEqual([null, null, null]);
    const post = await d.db
      .selectFrom("posts")
      .selectAll()
      .where("platform_post_id", "=", "tr-1")
      .executeTakeFirstOrThrow();
    expect(post.sponsors).toEqual(["trailco"]);
  });

  it("a value missing from a later import keeps the stored value", async () => {
    await importSources(d.db, ws, [`${FIXTURES}/csv/posts.csv`], { now: NOW });
    const dir = fixtureCopy("csv");
    const file = join(dir, "posts.csv");
    // p-100 again, its likes cell (500) now empty and its caption changed.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        '"Pasta night, recipe below",500,4,',
        '"Pasta night, recipe in the comments",,4,',
      ),
    );
    await importSources(d.db, ws, [file], { now: NOW });
    const post = await d.db
      .selectFrom("posts")
      .select(["likes", "comments", "caption"])
      .where("platform_post_id", "=", "p-100")
      .executeTakeFirstOrThrow();
    expect(post).toEqual({ likes: 500, comments: 4, caption: "Pasta night, recipe in the comments" });
  });

  it("text with NUL characters and unpaired surrogates is stored cleaned", async () => {
    const file = fixtureCopy("snapshot/trail_runner.json");
    // The JSON escapes \u0000 and a lone \ud800: PostgreSQL can store neither.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace('"text": "Great pace"', String.raw`"text": "a\u0000b\ud800c"`),
    );
    await importSources(d.db, ws, [file], { now: NOW });
    const comment = await d.db
      .selectFrom("comments")
      .select("text")
      .where("platform_comment_id", "=", "tc-4")
      .executeTakeFirstOrThrow();
    expect(comment.text).toBe("ab\ufffdc");
  });

  it("a JSON file with a byte-order mark is read", async () => {
    const file = fixtureCopy("snapshot/trail_runner.json");
    writeFileSync(file, `\ufeff${readFileSync(file, "utf8")}`);
    const summary = await importSources(d.db, ws, [file], { now: NOW });
    expect(summary.accounts[0]).toMatchObject({ account: "instagram:trail_runner", posts: 2, comments: 4 });
  });

  it("an Instaloader 4.11 iPhone-struct post node", async () => {
    // Post.from_iphone_struct: `date` instead of taken_at_timestamp, the comment count as a plain
    // number, the reel marker and the plays inside iphone_struct; no top-level owner.
    const file = join(fixtureCopy("graphql/pixel_potter"), "iphone.json");
    writeFileSync(
      file,
      // pk is a JSON integer above 2^53, as Python writes it.
      JSON.stringify({
        pk: 0,
        shortcode: "CYp1",
        date: 1790000000,
        caption: "Trimming a foot ring",
        edge_media_preview_like: { count: 85 },
        comments: 7,
        iphone_struct: {
          product_type: "clips",
          play_count: 900,
          user: { pk: "8800123", username: "pixel_potter" },
        },
      }).replace('"pk":0', '"pk":3500000000000000001'),
    );
    await importSources(d.db, ws, [file], {
      now: NOW,
      account: { platform: "instagram", username: "pixel_potter" },
    });
    const post = await d.db.selectFrom("posts").selectAll().executeTakeFirstOrThrow();
    expect([post.platform_post_id, post.shortcode, post.kind, post.likes, post.comments, post.views]).toEqual(
      ["3500000000000000001", "CYp1", "reel", 85, 7, 900],
    );
    expect(post.caption).toBe("Trimming a foot ring");
    // 1790000000 Unix seconds.
    expect(new Date(post.taken_at).toISOString()).toBe("2026-09-21T14:13:20.000Z");
  });

  it("the newer web answer {data: {xdt_shortcode_media: node}} is read", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    const node = JSON.parse(readFileSync(join(dir, "CXa1.json"), "utf8"));
    const file = join(dir, "CXa1-xdt.json");
    writeFileSync(file, JSON.stringify({ data: { xdt_shortcode_media: node } }));
    const summary = await importSources(d.db, ws, [file], { now: NOW });
    // CXa1: 3 comments and 1 threaded reply.
    expect(summary.accounts).toEqual([
      {
        account: "instagram:pixel_potter",
        created: true,
        posts: 1,
        comments: 4,
        followers: 0,
        snapshotAdded: false,
      },
    ]);
    const post = await d.db.selectFrom("posts").selectAll().executeTakeFirstOrThrow();
    expect([post.shortcode, post.kind, post.likes, post.comments]).toEqual(["CXa1", "image", 120, 3]);
  });
});
