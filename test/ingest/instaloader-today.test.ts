// Instaloader folders as Instaloader 4.14 writes them (instaloader/structures.py): web
// GraphQL nodes and nodes built from the iPhone API (Post.from_iphone_struct), one
// hand-written fixture folder per case under fixtures/instaloader. Each test reads the
// folder into AccountData and checks what the audit relies on; the values are read off
// the fixture files (see each file's fields).
import { describe, expect, it } from "vitest";
import { detectSponsored } from "../../src/core/sponsored.js";
import type { AccountData, Post } from "../../src/core/types.js";
import { planSources, readSources } from "../../src/ingest/read-sources.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");

async function read(folder: string): Promise<AccountData> {
  const plan = await planSources([`${FIXTURES}/instaloader/${folder}`]);
  const [data, ...rest] = await readSources(plan, {
    account: null,
    capturedAt: Date.parse("2026-10-20T08:00:00Z"),
    now: NOW,
  });
  expect(rest).toEqual([]);
  return data as AccountData;
}

const byShortcode = (data: AccountData) => new Map(data.posts.map((p) => [p.shortcode, p]));
const post = (data: AccountData, shortcode: string) => byShortcode(data).get(shortcode) as Post;

describe("Instaloader folders as written today", () => {
  it("pinned posts: pinned_for_users (web) and timeline_pinned_user_ids (iPhone), by the owner's id", async () => {
    const data = await read("pinned_potter");
    const pinned = data.posts.map((p) => [p.shortcode, p.pinned]).sort();
    expect(pinned).toEqual([
      // 2024: pinned_for_users names the owner 7100001.
      ["PPa1", true],
      // 2025: iphone_struct.timeline_pinned_user_ids [7100001].
      ["PPa2", true],
      // pinned_for_users [] and timeline_pinned_user_ids []: not pinned.
      ["PPa3", false],
      ["PPa4", false],
      // Pinned by the collaborator @clay_friend (7300009) only: not on the owner's grid.
      ["PPa5", false],
      // Pinned by the owner, and recent.
      ["PPa6", true],
    ]);
    expect(data.account).toEqual({
      platform: "instagram",
      username: "pinned_potter",
      platformUserId: "7100001",
    });
  });

  it("reels count plays, other videos views; IGTV is a video", async () => {
    const data = await read("reel_runner");
    const row = (s: string) => {
      const p = post(data, s);
      return [p.kind, p.likes, p.comments, p.views];
    };
    // Web reel: product_type clips; video_play_count 12,000 wins over video_view_count 4,000.
    expect(row("RRa1")).toEqual(["reel", 600, 30, 12000]);
    // iPhone reel: iphone_struct.product_type clips and play_count 9,000; comments from `comments`.
    expect(row("RRa2")).toEqual(["reel", 450, 22, 9000]);
    // IGTV: product_type igtv, a video with its video_view_count.
    expect(row("RRa3")).toEqual(["video", 210, 11, 3000]);
    // A feed video: video_view_count 2,000 wins over video_play_count 5,000.
    expect(row("RRa4")).toEqual(["video", 180, 8, 2000]);
  });

  it("sidecars are carousels: GraphSidecar, XDTGraphSidecar, or children and media_type 8", async () => {
    const data = await read("sidecar_sisters");
    const rows = [...data.posts]
      .sort((a, b) => a.takenAt - b.takenAt)
      .map((p) => [p.shortcode, p.kind, p.likes, p.comments, p.views]);
    expect(rows).toEqual([
      // A child video's video_view_count is not the carousel's views.
      ["SSa1", "carousel", 520, 26, null],
      // edge_media_to_parent_comment's count when there is no edge_media_to_comment.
      ["SSa2", "carousel", 410, 19, null],
      // No __typename: iphone_struct.product_type carousel_container (media_type 8).
      ["SSa3", "carousel", 380, 14, null],
    ]);
  });

  it("a post with only edge_media_to_comment: its count, and its embedded comments with replies", async () => {
    const data = await read("olive_grove_kitchen");
    // Likes from edge_liked_by when there is no edge_media_preview_like.
    expect(post(data, "OGa1")).toMatchObject({ likes: 205, comments: 5 });
    // Two comments and one reply are embedded (the other two are on a next page, not read).
    expect(
      data.comments.map((c) => [c.platformCommentId, c.parentId, c.authorUsername, c.likes, c.createdAt]),
    ).toEqual([
      ["17950000000000001", null, "marta_bakes", 2, Date.parse("2026-09-14T08:05:00Z")],
      [
        "17950000000000002",
        "17950000000000001",
        "olive_grove_kitchen",
        1,
        Date.parse("2026-09-14T09:40:00Z"),
      ],
      ["17950000000000003", null, "jonas_k", 0, Date.parse("2026-09-14T10:00:00Z")],
    ]);
  });

  it("a comments file without answers: every comment top-level, missing likes unknown", async () => {
    const data = await read("nora_knits");
    const rows = [...data.comments]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((c) => [c.platformCommentId, c.parentId, c.authorUsername, c.likes]);
    expect(rows).toEqual([
      ["17960000000000001", null, "sock_sam", null],
      ["17960000000000002", null, "purl_pete", 3],
      ["17960000000000003", null, "wool_wendy", null],
      // The creator's answer written as a comment of its own (no thread to hang it on).
      ["17960000000000004", null, "nora_knits", null],
    ]);
  });

  it("paid partnerships: sponsor users, sponsor_tags, and the label without a named sponsor", async () => {
    const data = await read("partner_pia");
    const row = (s: string) => {
      const p = post(data, s);
      return [p.paidPartnership, p.sponsors];
    };
    expect(row("PPb1")).toEqual([true, ["oat_brand"]]);
    expect(row("PPb2")).toEqual([true, ["bike_brand"]]);
    expect(row("PPb3")).toEqual([true, null]);
    expect(row("PPb4")).toEqual([false, []]);
    // Each labelled post is sponsored for certain; the label alone says "Paid partnership".
    const partnership = (s: string) =>
      detectSponsored(post(data, s)).signals.find((x) => x.kind === "paid_partnership")?.match ?? null;
    expect(partnership("PPb1")).toBe("Paid partnership with oat_brand");
    expect(partnership("PPb2")).toBe("Paid partnership with bike_brand");
    expect(partnership("PPb3")).toBe("Paid partnership");
    expect(partnership("PPb4")).toBeNull();
    expect(detectSponsored(post(data, "PPb3"))).toMatchObject({ sponsored: true, confidence: "certain" });
  });

  it("hidden like counts are unknown, never the 0 Instagram sends", async () => {
    const data = await read("hidden_hugo");
    const row = (s: string) => {
      const p = post(data, s);
      return [p.likesHidden, p.likes, p.comments, p.views];
    };
    expect(row("HHa1")).toEqual([false, 200, 10, null]);
    // Web node: like_and_view_counts_disabled true, edge_media_preview_like.count 0.
    expect(row("HHa4")).toEqual([true, null, 14, null]);
    // iPhone reel: iphone_struct.like_and_view_counts_disabled true, like_count 0, play_count 0.
    expect(row("HHa5")).toEqual([true, null, 8, null]);
  });
});
