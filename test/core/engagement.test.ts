import { describe, expect, it } from "vitest";
import { computeEngagement } from "../../src/core/engagement.js";
import type { Post } from "../../src/core/types.js";

const DAY = 86_400_000;
const T0 = Date.parse("2026-09-01T12:00:00Z");

function post(i: number, likes: number | null, comments: number | null, extra: Partial<Post> = {}): Post {
  return {
    platformPostId: `p${i}`,
    shortcode: null,
    takenAt: T0 + i * 3.5 * DAY,
    kind: "image",
    caption: null,
    likes,
    comments,
    views: null,
    isAd: null,
    sponsors: null,
    location: null,
    ...extra,
  };
}

const opts = { window: 12, minPosts: 3 };

describe("computeEngagement", () => {
  it("takes the median and mean ER over the latest posts only", () => {
    // 14 posts; p0 and p1 are older than the latest 12 and must be ignored (their 10,000 likes would dominate).
    const posts = [post(0, 10_000, 0), post(1, 10_000, 0)];
    for (let i = 2; i < 14; i++) posts.push(post(i, 100 + 10 * i, 10));
    const e = computeEngagement(posts, 5_000, opts);
    // Used posts i = 2..13: likes + comments = 110 + 10i → 130, 140, …, 240 over 5,000 followers.
    // Median of 12 values: mean of the 6th and 7th (180 and 190) = 185 / 5,000 = 0.037.
    expect(e.postsUsed).toBe(12);
    expect(e.medianRate).toBeCloseTo(0.037, 10);
    // Mean: (130 + 240) / 2 = 185 as well (evenly spaced) → 0.037.
    expect(e.meanRate).toBeCloseTo(0.037, 10);
    expect(e.tier).toBe("micro");
    expect(e.benchmark?.rate).toBe(0.0376);
    expect(e.benchmark?.statistic).toBe("median");
    expect(e.vsBenchmark).toBeCloseTo(0.037 / 0.0376, 10);
    // Likes per comment: (100 + 10i) / 10 for i = 2..13 → 12 … 23; median (17 + 18) / 2 = 17.5.
    expect(e.likesToComments).toBeCloseTo(17.5, 10);
    // 12 posts every 3.5 days: 11 gaps over 38.5 days → 2 posts a week.
    expect(e.cadence.postsPerWeek).toBeCloseTo(2, 10);
    expect(e.cadence.medianDaysBetweenPosts).toBeCloseTo(3.5, 10);
  });

  it("skips posts with hidden like counts instead of counting them as zero", () => {
    const posts = [post(1, 300, 20), post(2, null, 5), post(3, 200, 10), post(4, 100, 0)];
    const e = computeEngagement(posts, 10_000, opts);
    // Used: 320, 210, 100 → rates 0.032, 0.021, 0.01; median 0.021.
    expect(e.postsUsed).toBe(3);
    expect(e.medianRate).toBeCloseTo(0.021, 10);
    expect(e.perPost.find((p) => p.postId === "p2")?.rate).toBeNull();
  });

  it("reports likes spread against the average of the window", () => {
    // Likes 100, 100, 400: average 200 → spreads 0.5, 0.5, 2.0.
    const e = computeEngagement([post(1, 100, 1), post(2, 100, 1), post(3, 400, 1)], 10_000, opts);
    expect(e.likesSpread.min).toBeCloseTo(0.5, 10);
    expect(e.likesSpread.max).toBeCloseTo(2, 10);
    expect(e.likesSpread.postsBelow40Percent).toBe(0);
    // Likes 100, 100, 100, 700: average 250 → 0.4 (not below), 0.4, 0.4, 2.8.
    const spike = computeEngagement(
      [post(1, 100, 1), post(2, 100, 1), post(3, 100, 1), post(4, 700, 1)],
      10_000,
      opts,
    );
    expect(spike.likesSpread.postsBelow40Percent).toBe(0);
    // Likes 90, 100, 100, 710: average 250 → 0.36 is below 40%.
    const below = computeEngagement(
      [post(1, 90, 1), post(2, 100, 1), post(3, 100, 1), post(4, 710, 1)],
      10_000,
      opts,
    );
    expect(below.likesSpread.postsBelow40Percent).toBe(1);
  });

  it("gives a views-based rate for videos", () => {
    const v = (i: number, views: number) => post(i, 90, 10, { kind: "video", views });
    // (90 + 10) / views: 100/1000, 100/2000, 100/4000 → median 0.05.
    const e = computeEngagement([v(1, 1000), v(2, 2000), v(3, 4000)], 10_000, opts);
    expect(e.viewsMedianRate).toBeCloseTo(0.05, 10);
    expect(e.videoPostsUsed).toBe(3);
  });

  it("says 'not enough data' without followers or with too few posts", () => {
    const noFollowers = computeEngagement([post(1, 1, 1), post(2, 1, 1), post(3, 1, 1)], null, opts);
    expect(noFollowers.medianRate).toBeNull();
    expect(noFollowers.meanRate).toBeNull();
    expect(noFollowers.tier).toBeNull();
    expect(noFollowers.notEnoughData[0]).toMatch(/no follower count/);

    const twoPosts = computeEngagement([post(1, 1, 1), post(2, 1, 1)], 8_000, opts);
    expect(twoPosts.medianRate).toBeNull();
    expect(twoPosts.postsUsed).toBe(0);
    expect(twoPosts.notEnoughData[0]).toMatch(/2 post\(s\).*at least 3/);
    expect(twoPosts.likesSpread).toEqual({ min: null, max: null, postsBelow40Percent: null });
  });

  it("has no published benchmark below 1,000 followers", () => {
    const e = computeEngagement([post(1, 50, 5), post(2, 50, 5), post(3, 50, 5)], 800, opts);
    expect(e.medianRate).toBeCloseTo(55 / 800, 10);
    expect(e.tier).toBe("nano");
    expect(e.benchmark).toBeNull();
  });
});
