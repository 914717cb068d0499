// Growth history on hand-built series: each anomaly, the noise that must not flag,
// too few days, gaps and one reading per day. Medians, MADs and robust z-scores are
// worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { computeGrowth, dedupeGrowthPoints, MIN_GROWTH_DAYS } from "../../src/core/growth.js";
import type { GrowthPoint } from "../../src/core/growth-point.js";
import type { Post } from "../../src/core/types.js";

const DAY = 86_400_000;
const START = Date.parse("2026-09-01T00:00:00Z");
const dayOf = (i: number) => new Date(START + i * DAY).toISOString().slice(0, 10);

/** Day 0 is 2026-09-01 with the given counts; change k (k = 1…) lands on day k. */
function history(
  followers0: number,
  following0: number,
  followerChanges: readonly number[],
  followingChanges: readonly number[],
): GrowthPoint[] {
  const points: GrowthPoint[] = [
    { day: dayOf(0), followers: followers0, following: following0, posts: 100, source: "daily_csv" },
  ];
  let f = followers0;
  let g = following0;
  followerChanges.forEach((c, k) => {
    f += c;
    g += followingChanges[k] ?? 0;
    points.push({ day: dayOf(k + 1), followers: f, following: g, posts: 100, source: "daily_csv" });
  });
  return points;
}

function post(id: string, iso: string, likes: number | null, comments: number | null): Post {
  return {
    platformPostId: id,
    shortcode: null,
    takenAt: Date.parse(iso),
    kind: "image",
    caption: null,
    likes,
    comments,
    views: null,
    isAd: null,
    sponsors: null,
    location: null,
  };
}

// 19 daily follower changes (days 2026-09-02 … 09-20): five of +10, nine of +20, four of +30
// and one of +4,000 on 2026-09-11 (day 10).
// Sorted, the 10th of 19 is +20: the median. Deviations from it: nine 0, nine 10 (the +10s and
// +30s) and 3,980: the 10th is 10, so MAD = 10 and the scale is 1.4826 × 10 = 14.826.
// Robust z of the spike = (4,000 − 20) / 14.826 = 268.447…; of a +30 day = 10 / 14.826 = 0.67.
const NOISE = [20, 10, 30, 20, 10, 20, 30, 20, 10, 20, 20, 30, 20, 10, 20, 20, 30, 10, 20];
const SPIKE = NOISE.map((c, k) => (k === 9 ? 4000 : c));
// Following: +1/+2/+3 by the same pattern (median 2, MAD 1): no day above 50 more than usual.
const FOLLOWING_NOISE = NOISE.map((c) => c / 10);

// Before the spike (window from 2026-09-10, the day before it): five posts with likes + comments
// 410, 392, 428, 400, 420 → median 410.
const BEFORE = [
  post("b1", "2026-09-01T10:00:00Z", 400, 10),
  post("b2", "2026-09-03T10:00:00Z", 380, 12),
  post("b3", "2026-09-05T10:00:00Z", 420, 8),
  post("b4", "2026-09-07T10:00:00Z", 390, 10),
  post("b5", "2026-09-09T10:00:00Z", 410, 10),
];
// After it, to 2026-09-18 (7 days after 09-11): 410, 442, 404 → median 410, best 442 = 1.08 × 410.
const FLAT_AFTER = [
  post("a1", "2026-09-12T10:00:00Z", 400, 10),
  post("a2", "2026-09-15T10:00:00Z", 430, 12),
  post("a3", "2026-09-18T23:00:00Z", 395, 9),
];
// 2026-09-19 is outside the window: its 3,000 likes must not count as a rise.
const LATE = post("late", "2026-09-19T00:00:00Z", 3000, 100);

describe("computeGrowth", () => {
  it("(a) flags a follower spike whose posts get no more likes", () => {
    const g = computeGrowth(history(20_000, 500, SPIKE, FOLLOWING_NOISE), [...BEFORE, ...FLAT_AFTER, LATE]);
    expect(g.points).toBe(20);
    expect(g.from).toBe("2026-09-01");
    expect(g.to).toBe("2026-09-20");
    expect(g.notEnoughData).toBeNull();
    expect(g.medianDailyFollowerChange).toBe(20);
    expect(g.madDailyFollowerChange).toBe(10);
    expect(g.scaleDailyFollowerChange).toBeCloseTo(14.826, 10);
    // 20,000 + the first nine changes (170) = 20,170 on 09-10, then +4,000.
    expect(g.series[10]).toMatchObject({
      day: "2026-09-11",
      followers: 24_170,
      days: 1,
      followersChange: 4000,
    });
    expect(g.flags).toHaveLength(1);
    const flag = g.flags[0];
    expect(flag).toMatchObject({
      kind: "follower_spike_without_engagement",
      severity: "alert",
      largeJump: false,
      day: "2026-09-11",
      fromDay: "2026-09-10",
      days: 1,
      change: 4000,
      dailyChange: 4000,
      engagementBefore: 410,
      engagementAfter: 410,
      engagementPeak: 442,
      evidence: { postIds: ["a1", "a2", "a3"] },
    });
    expect(flag?.robustZ).toBeCloseTo(3980 / 14.826, 10);
    expect(flag?.robustZ).toBeCloseTo(268.447, 3);
    expect(flag?.message).toBe(
      "Followers rose by 4,000 on 2026-09-11 (usually +20 a day). The 3 post(s) from 2026-09-10 to 2026-09-18 got a median of 410 likes and comments (best 442), against 410 before: engagement did not rise with the followers, as with bought followers.",
    );
    expect(flag?.innocentExplanations.join(" ")).toMatch(/press coverage.*giveaway/);
    expect(g.spikes).toHaveLength(1);
    expect(g.spikes[0]?.engagement).toMatchObject({ postsBefore: 5, postsAfter: 3, rose: false });
    expect(g.spikes[0]?.engagement?.ratio).toBeCloseTo(442 / 410, 10);
    // The same data as JSON and back: the audit embeds it as is.
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });

  it("(b) reports the same spike with a clearly better post after it, without a flag", () => {
    // a1 now has 1,200 + 60 = 1,260 likes and comments: 1,260 / 410 = 3.07 ≥ 2, a matching rise.
    const viral = post("a1", "2026-09-12T10:00:00Z", 1200, 60);
    const g = computeGrowth(history(20_000, 500, SPIKE, FOLLOWING_NOISE), [
      ...BEFORE,
      viral,
      ...FLAT_AFTER.slice(1),
    ]);
    expect(g.flags).toEqual([]);
    expect(g.spikes).toHaveLength(1);
    const spike = g.spikes[0];
    expect(spike).toMatchObject({ metric: "followers", day: "2026-09-11", change: 4000, flag: null });
    // Median of 1,260, 442, 404 = 442.
    expect(spike?.engagement).toMatchObject({
      before: 410,
      after: 442,
      peak: 1260,
      rose: true,
      peakPostId: "a1",
    });
    expect(spike?.innocentExplanations).toEqual([
      "press coverage or a mention by a bigger account",
      "a giveaway (entrants follow the account)",
      "a viral post",
    ]);
    expect(spike?.message).toContain("got 1,260 likes and comments, 3.1× the usual 410");
  });

  it("(c) flags a spike in accounts followed as possible follow/unfollow", () => {
    // Following changes: five +1, nine +2, four +3 and +400 on 2026-09-11.
    // Median +2; deviations nine 0, nine 1 and 398 → MAD 1; z = 398 / 1.4826 = 268.447…
    const following = FOLLOWING_NOISE.map((c, k) => (k === 9 ? 400 : c));
    const g = computeGrowth(history(20_000, 500, NOISE, following), []);
    expect(g.medianDailyFollowingChange).toBe(2);
    expect(g.madDailyFollowingChange).toBe(1);
    expect(g.flags).toHaveLength(1);
    expect(g.flags[0]).toMatchObject({
      kind: "following_spike",
      severity: "warning",
      day: "2026-09-11",
      change: 400,
      engagementBefore: null,
      evidence: { postIds: [] },
    });
    expect(g.flags[0]?.robustZ).toBeCloseTo(398 / 1.4826, 10);
    expect(g.flags[0]?.message).toBe(
      "The account followed 400 more accounts on 2026-09-11 (usually +2 a day). Following many accounts at once and unfollowing them later is how follow/unfollow schemes collect followers.",
    );
    expect(g.flags[0]?.innocentExplanations[0]).toBe("following back many new followers at once");
  });

  it("(d) says there is not enough data below the documented number of days", () => {
    expect(MIN_GROWTH_DAYS).toBe(14);
    // 13 days, with a +4,000 day among them: nothing is looked for.
    const g = computeGrowth(history(20_000, 500, SPIKE.slice(0, 12), FOLLOWING_NOISE.slice(0, 12)), BEFORE);
    expect(g.points).toBe(13);
    expect(g.notEnoughData).toBe("growth: 13 day(s) with a follower count, need at least 14");
    expect(g.medianDailyFollowerChange).toBeNull();
    expect(g.spikes).toEqual([]);
    expect(g.flags).toEqual([]);
    // The series is still there to draw.
    expect(g.series).toHaveLength(13);

    // 14 days is enough (the spike is then found); no history at all says so too.
    expect(
      computeGrowth(history(20_000, 500, SPIKE.slice(0, 13), FOLLOWING_NOISE), []).notEnoughData,
    ).toBeNull();
    expect(computeGrowth([], []).notEnoughData).toBe(
      "growth: 0 day(s) with a follower count, need at least 14",
    );
  });

  it("(d) without following counts, follower spikes are still looked for and the gap is named", () => {
    const points = history(20_000, 500, SPIKE, FOLLOWING_NOISE).map((p) => ({ ...p, following: null }));
    const g = computeGrowth(points, []);
    expect(g.notEnoughData).toBeNull();
    expect(g.followingNotEnoughData).toBe(
      "growth (following): 0 day(s) with a following count, need at least 14; following spikes are not looked for",
    );
    expect(g.medianDailyFollowingChange).toBeNull();
    // No posts at all: the spike is flagged, but only as unchecked (a warning).
    expect(g.flags).toHaveLength(1);
    expect(g.flags[0]).toMatchObject({ kind: "follower_spike_unchecked", severity: "warning", change: 4000 });
    expect(g.flags[0]?.message).toContain(
      "Engagement could not be compared (fewer than 3 posts with like and comment counts before it)",
    );
  });

  it("(e) noise alone raises nothing, and a flat account's +3 is not a spike", () => {
    const g = computeGrowth(history(20_000, 500, NOISE, FOLLOWING_NOISE), BEFORE);
    expect(g.spikes).toEqual([]);
    expect(g.flags).toEqual([]);

    // 18 days of 0 and one +3: MAD = 0, so the scale is 1.2533 × mean absolute deviation
    // = 1.2533 × 3/19; z = 3 / (1.2533 × 3/19) = 19 / 1.2533 = 15.16 > 3.5, but +3 is under
    // the minimum of max(100, 1% of 20,000) = 200 more than usual.
    const flat = Array.from({ length: 19 }, (_, k) => (k === 9 ? 3 : 0));
    const quiet = computeGrowth(history(20_000, 500, flat, flat), []);
    expect(quiet.madDailyFollowerChange).toBe(0);
    expect(quiet.scaleDailyFollowerChange).toBeCloseTo(1.2533 * (3 / 19), 10);
    expect(quiet.spikes).toEqual([]);

    // The same flat account with +500 instead: z = 19 / 1.2533 again, and 500 ≥ 200: a spike.
    const jump = computeGrowth(
      history(
        20_000,
        500,
        flat.map((c) => (c ? 500 : 0)),
        flat.map(() => 0),
      ),
      [],
    );
    expect(jump.spikes).toHaveLength(1);
    expect(jump.spikes[0]?.robustZ).toBeCloseTo(19 / 1.2533, 10);
  });

  it("a jump of more than 5,000 in a day is an alert even when engagement cannot be checked (METHODS.md)", () => {
    // The +6,000 day: 6,000 − 20 = 5,980 more than usual > 5,000.
    const big = NOISE.map((c, k) => (k === 9 ? 6000 : c));
    const g = computeGrowth(history(20_000, 500, big, FOLLOWING_NOISE), [...BEFORE, ...FLAT_AFTER]);
    expect(g.flags[0]).toMatchObject({
      kind: "follower_spike_without_engagement",
      severity: "alert",
      largeJump: true,
    });
    expect(g.flags[0]?.message).toContain(
      "More than 5,000 followers in a day is hard to explain by ads alone.",
    );
    const unchecked = computeGrowth(history(20_000, 500, big, FOLLOWING_NOISE), []);
    expect(unchecked.flags[0]).toMatchObject({ kind: "follower_spike_unchecked", severity: "alert" });

    // +5,020 is exactly 5,000 more than usual, not more: a spike by its z, without the large jump.
    const edge = NOISE.map((c, k) => (k === 9 ? 5020 : c));
    const e = computeGrowth(history(20_000, 500, edge, FOLLOWING_NOISE), []);
    expect(e.flags[0]).toMatchObject({
      kind: "follower_spike_unchecked",
      severity: "warning",
      largeJump: false,
    });
  });

  it("consecutive spike days are one spike", () => {
    // +2,000 on 09-11 and +2,000 on 09-12: the median stays +20 and MAD 10 (two values above).
    const two = NOISE.map((c, k) => (k === 9 || k === 10 ? 2000 : c));
    const g = computeGrowth(history(20_000, 500, two, FOLLOWING_NOISE), [...BEFORE, ...FLAT_AFTER]);
    expect(g.spikes).toHaveLength(1);
    expect(g.spikes[0]).toMatchObject({
      fromDay: "2026-09-10",
      day: "2026-09-11",
      toDay: "2026-09-12",
      days: 2,
      change: 4000,
      dailyChange: 2000,
    });
  });

  it("(f) spreads a change over a gap of several days", () => {
    // Days 0…19 with days 6 and 7 missing (their changes, +20 and +30, land on day 8 with its own
    // +20): day 8's change is (20 + 30 + 20) / 3 days = 23.33 a day. 18 days remain.
    const points = history(20_000, 500, NOISE, FOLLOWING_NOISE).filter((_, i) => i !== 6 && i !== 7);
    const g = computeGrowth(points, []);
    expect(g.points).toBe(18);
    const day8 = g.series.find((d) => d.day === dayOf(8));
    expect(day8?.days).toBe(3);
    expect(day8?.followersChange).toBeCloseTo(70 / 3, 10);
    expect(g.flags).toEqual([]);

    // Without 09-11, and 4,000 more followers from 09-12 on: 20,170 on 09-10, 28,190 on 09-12,
    // +8,020 over two days = 4,010 a day, a spike spanning both days.
    const withSpike = history(20_000, 500, SPIKE, FOLLOWING_NOISE)
      .map((p, i) => (i > 10 ? { ...p, followers: (p.followers as number) + 4000 } : p))
      .filter((_, i) => i !== 10);
    const s = computeGrowth(withSpike, [...BEFORE, ...FLAT_AFTER]);
    expect(s.series.find((d) => d.day === "2026-09-12")).toMatchObject({ days: 2, followersChange: 4010 });
    expect(s.flags).toHaveLength(1);
    expect(s.flags[0]).toMatchObject({ fromDay: "2026-09-10", day: "2026-09-12", days: 2, change: 8020 });
    expect(s.flags[0]?.message).toContain(
      "Followers rose by 8,020 between 2026-09-10 and 2026-09-12 (2 days)",
    );
  });

  it("an unknown count leaves the changes on either side of it unknown, never zero", () => {
    const points = history(20_000, 500, NOISE, FOLLOWING_NOISE);
    points[5] = { ...(points[5] as GrowthPoint), followers: null };
    const g = computeGrowth(points, []);
    expect(g.series[5]?.followersChange).toBeNull();
    expect(g.series[6]?.followersChange).toBeNull();
    expect(g.series[6]?.followingChange).toBe(2);
  });
});

describe("dedupeGrowthPoints", () => {
  it("keeps one reading per day: the daily-counts row, else the later snapshot, filling unknown counts", () => {
    const day = "2026-10-01";
    const points: GrowthPoint[] = [
      { day: "2026-10-02", followers: 12_100, following: 800, posts: 40, source: "snapshot" },
      { day, followers: 11_900, following: 790, posts: 39, source: "snapshot" },
      { day, followers: 12_000, following: null, posts: null, source: "daily_csv" },
      { day, followers: 11_950, following: 795, posts: null, source: "snapshot" },
      { day: "2026-09-30", followers: 11_800, following: null, posts: null, source: "snapshot" },
      { day: "2026-09-30", followers: 11_850, following: null, posts: null, source: "snapshot" },
    ];
    expect(dedupeGrowthPoints(points)).toEqual([
      // Two snapshots: the later given wins.
      { day: "2026-09-30", followers: 11_850, following: null, posts: null, source: "snapshot" },
      // The CSV row's followers; following from the later snapshot, posts from the earlier one.
      { day, followers: 12_000, following: 795, posts: 39, source: "daily_csv" },
      { day: "2026-10-02", followers: 12_100, following: 800, posts: 40, source: "snapshot" },
    ]);
  });
});
