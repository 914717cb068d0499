import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditAccount } from "../../src/services/audit-account.js";
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
const CAPTURED = Date.parse("2026-10-20T08:00:00Z");

describe.each(DATABASE_KINDS)("Instaloader as it writes today, on %s", (kind) => {
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

  const load = (folder: string) =>
    importSources(d.db, ws, [`${FIXTURES}/instaloader/${folder}`], { now: NOW, capturedAt: CAPTURED });
  const audit = (username: string) =>
    auditAccount(d.db, ws, { platform: "instagram", username }, { now: NOW }).then((a) => a.result);

  it("old pinned posts are stored as pinned and left out of the latest posts", async () => {
    await load("pinned_potter");
    const rows = await d.db.selectFrom("posts").select(["shortcode", "pinned"]).orderBy("taken_at").execute();
    expect(rows.map((r) => [r.shortcode, r.pinned])).toEqual([
      ["PPa1", true],
      ["PPa2", true],
      ["PPa3", false],
      ["PPa4", false],
      ["PPa5", false],
      ["PPa6", true],
    ]);

    const r = await audit("pinned_potter");
    const e = r.engagement;
    // The unpinned posts are PPa3, PPa4, PPa5 (2026-10-01 … 10-07); PPa6 (10-10) is pinned
    // but newer, so it counts; PPa1 (2024) and PPa2 (2025) are older: left out.
    expect(e.perPost.map((p) => p.shortcode)).toEqual(["PPa6", "PPa5", "PPa4", "PPa3"]);
    expect(e.pinnedLeftOut).toBe(2);
    // Likes + comments 249, 348, 282, 315 over 9,000 followers; median (282 + 315) / 2 / 9,000.
    expect(e.medianRate).toBeCloseTo(298.5 / 9000, 12);
    expect(e.meanRate).toBeCloseTo((249 + 348 + 282 + 315) / 4 / 9000, 12);
    // 4 posts over 9 days (10-01 to 10-10): 3 gaps → 3 / 9 × 7 posts a week.
    expect(e.cadence.postsPerWeek).toBeCloseTo(7 / 3, 12);
    // The comment window follows the same rule: the 2024 post's 2 comments are not read,
    // PPa3's 2 comments and 1 reply are.
    expect(r.inputs).toEqual({
      from: "2026-10-01T09:00:00.000Z",
      to: "2026-10-10T09:00:00.000Z",
      posts: 4,
      comments: 3,
    });
  });

  it("hidden like counts are stored as unknown and do not lower the engagement rate", async () => {
    await load("hidden_hugo");
    const rows = await d.db
      .selectFrom("posts")
      .select(["shortcode", "likes", "views", "likes_hidden"])
      .orderBy("taken_at")
      .execute();
    expect(rows.map((r) => [r.shortcode, r.likes, r.views, r.likes_hidden])).toEqual([
      ["HHa1", 200, null, false],
      ["HHa2", 150, null, false],
      ["HHa3", 250, null, false],
      ["HHa4", null, null, true],
      ["HHa5", null, null, true],
    ]);
    const e = (await audit("hidden_hugo")).engagement;
    // Counted: 210, 155, 270 over 5,000 → 0.042, 0.031, 0.054; median 0.042. Counting the
    // hidden posts as 0 likes (14 and 8 comments) would have given a median of 0.031.
    expect(e.postsUsed).toBe(3);
    expect(e.medianRate).toBeCloseTo(0.042, 12);
    expect(e.likesHidden).toBe(2);
  });

  it("the paid-partnership label without a sponsor makes the post sponsored", async () => {
    await load("partner_pia");
    const rows = await d.db
      .selectFrom("posts")
      .select(["shortcode", "paid_partnership", "sponsors"])
      .orderBy("taken_at")
      .execute();
    expect(rows.map((r) => [r.shortcode, r.paid_partnership, r.sponsors])).toEqual([
      ["PPb1", true, ["oat_brand"]],
      ["PPb2", true, ["bike_brand"]],
      ["PPb3", true, null],
      ["PPb4", false, []],
    ]);
    const disclosure = (await audit("partner_pia")).disclosure;
    // PPb1–PPb3 carry Instagram's label; PPb4 is an ordinary post.
    expect(disclosure.sponsoredPosts).toBe(3);
  });

  it("re-importing without the flags keeps them (unknown never overwrites known)", async () => {
    await load("pinned_potter");
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW, capturedAt: CAPTURED });
    const pinned = await d.db
      .selectFrom("posts")
      .select(["shortcode", "pinned"])
      .where("shortcode", "in", ["PPa1", "AAA1"])
      .orderBy("shortcode")
      .execute();
    // tiny_baker's posts say nothing about pinning: unknown.
    expect(pinned).toEqual([
      { shortcode: "AAA1", pinned: null },
      { shortcode: "PPa1", pinned: true },
    ]);
  });
});
