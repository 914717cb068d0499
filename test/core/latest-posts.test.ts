// The audit's latest-N window: a pinned post counts only where its own date puts it.
import { describe, expect, it } from "vitest";
import { computeEngagement } from "../../src/core/engagement.js";
import { latestPosts } from "../../src/core/latest-posts.js";
import type { Post } from "../../src/core/types.js";

const DAY = 86_400_000;
const T0 = Date.parse("2026-10-01T09:00:00Z");

function post(id: string, day: number, pinned: boolean | null, likes = 100): Post {
  return {
    platformPostId: id,
    shortcode: null,
    takenAt: T0 + day * DAY,
    kind: "image",
    caption: null,
    likes,
    comments: 0,
    views: null,
    isAd: null,
    sponsors: null,
    location: null,
    pinned,
  };
}

const ids = (posts: Post[]) => posts.map((p) => p.platformPostId);

describe("latestPosts", () => {
  it("leaves out pinned posts older than the latest unpinned ones", () => {
    // A grid download of 5: 2 old pinned posts (days −900, −400) and 3 recent ones.
    const posts = [
      post("old1", -900, true),
      post("old2", -400, true),
      post("a", 0, false),
      post("b", 2, null),
      post("c", 4, false),
    ];
    const w = latestPosts(posts, 12);
    expect(ids(w.posts)).toEqual(["c", "b", "a"]);
    expect(ids(w.pinnedLeftOut)).toEqual(["old2", "old1"]);
  });

  it("keeps a recent pinned post at its own date, and the window at n posts", () => {
    const posts = [post("a", 0, false), post("b", 1, false), post("c", 2, false), post("p", 3, true)];
    // n = 3: the latest unpinned are c, b, a (cutoff day 0); p (day 3) is newer, so it is in
    // and a, the oldest, falls out.
    expect(ids(latestPosts(posts, 3).posts)).toEqual(["p", "c", "b"]);
    expect(latestPosts(posts, 3).pinnedLeftOut).toEqual([]);
  });

  it("counts pinned posts when they are all there is", () => {
    const posts = [post("p1", -10, true), post("p2", -5, true)];
    expect(ids(latestPosts(posts, 12).posts)).toEqual(["p2", "p1"]);
  });

  it("an old pinned post does not lend the engagement window its likes or its age", () => {
    // Recent posts with 100 likes every 2 days; the pinned one from 900 days ago has 5,000.
    const posts = [
      post("old", -900, true, 5000),
      post("a", 0, false),
      post("b", 2, false),
      post("c", 4, false),
    ];
    const e = computeEngagement(posts, 10_000, { window: 12, minPosts: 3 });
    expect(e.postsUsed).toBe(3);
    expect(e.medianRate).toBeCloseTo(0.01, 12);
    expect(e.pinnedLeftOut).toBe(1);
    // 3 posts over 4 days: 2 gaps → 3.5 a week (with the old post: 3 gaps over 904 days).
    expect(e.cadence.postsPerWeek).toBeCloseTo(3.5, 12);
  });
});
