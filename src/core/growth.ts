// Growth history: an account's follower and following counts by day (stored profile
// snapshots and daily-counts rows), their daily changes, and spikes found with a
// robust z-score (median and MAD, Iglewicz & Hoaglin 1993), so a steady account's
// noise never flags and one spike cannot hide itself by inflating the spread.
// A follower spike is weighed against the likes and comments of the posts around it
// (METHODS.md, "Growth": spikes alone mislabel press coverage and giveaways): with a
// matching rise it is reported with its innocent explanations, without one it is
// flagged. A spike in accounts followed is flagged as possible follow/unfollow.
// Every threshold is a named constant below; formulas and sources are in
// docs/methodology.md, section 5c.
import type { GrowthPoint } from "./growth-point.js";
import { mean, median } from "./stats.js";
import type { Post } from "./types.js";

/** Fewest days with a follower count (13 daily changes when consecutive): our choice, two weeks. */
export const MIN_GROWTH_DAYS = 14;
/** MAD × 1.4826 estimates the standard deviation of normal data (1 / 0.6745, Iglewicz & Hoaglin 1993). */
export const MAD_SCALE = 1.4826;
/** When MAD is 0: mean absolute deviation × √(π/2) ≈ 1.2533, which also estimates it. */
export const MEAN_AD_SCALE = 1.2533;
/** Robust z above this is an outlier: Iglewicz & Hoaglin's modified z-score cut-off. */
export const SPIKE_ROBUST_Z = 3.5;
/** A follower spike also exceeds the median daily change by at least this many followers… */
export const MIN_FOLLOWER_SPIKE = 100;
/** …and by at least this share of the followers before it (our choice: 1%). */
export const MIN_FOLLOWER_SPIKE_SHARE = 0.01;
/** METHODS.md: "a jump of more than about 5,000 followers in a day is hard to explain by ads alone". */
export const LARGE_FOLLOWER_JUMP = 5000;
/** A following spike exceeds the median daily change by at least this many accounts (our choice). */
export const MIN_FOLLOWING_SPIKE = 50;
/** Posts from the day before a spike to this many days after it are "around" it. */
export const SPIKE_WINDOW_DAYS = 7;
/** Engagement before a spike: the median over at most this many posts (HypeAuditor's 12)… */
export const BASELINE_POSTS = 12;
/** …and at least this many (the audit's minPosts). */
export const MIN_BASELINE_POSTS = 3;
/** A matching rise: the best post around the spike has at least this many times the median before. */
export const ENGAGEMENT_RISE_RATIO = 2;
/** Most post ids kept as evidence per spike. */
export const GROWTH_EVIDENCE_LIMIT = 10;

export interface GrowthOptions {
  minDays: number;
  robustZ: number;
  minFollowerSpike: number;
  minFollowerSpikeShare: number;
  largeFollowerJump: number;
  minFollowingSpike: number;
  windowDays: number;
  baselinePosts: number;
  minBaselinePosts: number;
  engagementRiseRatio: number;
  evidenceLimit: number;
}

export const DEFAULT_GROWTH_OPTIONS: GrowthOptions = {
  minDays: MIN_GROWTH_DAYS,
  robustZ: SPIKE_ROBUST_Z,
  minFollowerSpike: MIN_FOLLOWER_SPIKE,
  minFollowerSpikeShare: MIN_FOLLOWER_SPIKE_SHARE,
  largeFollowerJump: LARGE_FOLLOWER_JUMP,
  minFollowingSpike: MIN_FOLLOWING_SPIKE,
  windowDays: SPIKE_WINDOW_DAYS,
  baselinePosts: BASELINE_POSTS,
  minBaselinePosts: MIN_BASELINE_POSTS,
  engagementRiseRatio: ENGAGEMENT_RISE_RATIO,
  evidenceLimit: GROWTH_EVIDENCE_LIMIT,
};

/** One day of the series (one entry per day with data; days without data are not filled in). */
export interface GrowthDay {
  day: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
  /** Where the day's counts came from (the preferred reading; see dedupeGrowthPoints). */
  source: GrowthPoint["source"];
  /** Calendar days since the previous entry; null for the first. */
  days: number | null;
  /** Change per day since the previous entry, spread evenly over `days`; null when either count is unknown. */
  followersChange: number | null;
  followingChange: number | null;
}

export interface SpikeEngagement {
  /** Median likes + comments per post over the latest posts before the spike; null below the minimum. */
  before: number | null;
  /** Median likes + comments per post of the posts around the spike; null when there is none. */
  after: number | null;
  /** The highest likes + comments of a post around the spike. */
  peak: number | null;
  /** peak / before. */
  ratio: number | null;
  postsBefore: number;
  postsAfter: number;
  /** A matching rise (peak ≥ engagementRiseRatio × before); null when it cannot be told. */
  rose: boolean | null;
  /** The posts around the spike with like and comment counts, oldest first. */
  postIds: string[];
  peakPostId: string | null;
}

export type GrowthFlagKind =
  | "follower_spike_without_engagement"
  | "follower_spike_unchecked"
  | "following_spike";

export interface GrowthSpike {
  metric: "followers" | "following";
  /** Last day with a count before the rise. */
  fromDay: string;
  /** First day the rise is seen. */
  day: string;
  /** Last day of the rise (equals `day` for a one-day spike; consecutive spike days are one spike). */
  toDay: string;
  /** Calendar days from fromDay to toDay. */
  days: number;
  /** Count on toDay minus count on fromDay. */
  change: number;
  /** The largest change per day within the spike. */
  dailyChange: number;
  /** The largest robust z within the spike. */
  robustZ: number;
  /** The change per day exceeds the median by more than largeFollowerJump (followers only). */
  largeJump: boolean;
  /** Followers only; null for following. */
  engagement: SpikeEngagement | null;
  /** The flag raised, or null for a spike with a matching rise in engagement (reported, not flagged). */
  flag: GrowthFlagKind | null;
  message: string;
  innocentExplanations: string[];
}

export interface GrowthFlag {
  kind: GrowthFlagKind;
  /** The project's two levels (as engagement-anomalies.ts): the trust score takes more off for an alert. */
  severity: "alert" | "warning";
  /** First day the rise is seen. */
  day: string;
  fromDay: string;
  days: number;
  change: number;
  dailyChange: number;
  robustZ: number;
  largeJump: boolean;
  engagementBefore: number | null;
  engagementAfter: number | null;
  engagementPeak: number | null;
  /** Plain words for a marketer. */
  message: string;
  innocentExplanations: string[];
  evidence: { postIds: string[] };
}

export interface Growth {
  /** Days with data, after one reading per day is kept. */
  points: number;
  from: string | null;
  to: string | null;
  series: GrowthDay[];
  medianDailyFollowerChange: number | null;
  /** Median absolute deviation of the daily follower changes from their median (unscaled). */
  madDailyFollowerChange: number | null;
  /** The robust z's denominator: 1.4826 × MAD, or 1.2533 × mean absolute deviation when MAD is 0. */
  scaleDailyFollowerChange: number | null;
  medianDailyFollowingChange: number | null;
  madDailyFollowingChange: number | null;
  scaleDailyFollowingChange: number | null;
  /** Every spike, flagged or not, oldest first. */
  spikes: GrowthSpike[];
  /** The flagged spikes: what the trust score reads. */
  flags: GrowthFlag[];
  /** Why the follower analysis could not run (then nothing is looked for); null when it ran. */
  notEnoughData: string | null;
  /** Why following spikes were not looked for while follower spikes were; null otherwise. */
  followingNotEnoughData: string | null;
  method: string;
}

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for YYYY-MM-DD, or null when it is not a date. */
function dayNumber(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms / DAY_MS : null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One reading per day, oldest first. On a day with several readings a daily-counts row
 * wins over a snapshot (it is the count for that day by definition), and among readings
 * of one source the last given wins (points arrive oldest first, so the later snapshot);
 * a count the winner lacks is taken from the next reading in that order.
 */
export function dedupeGrowthPoints(points: readonly GrowthPoint[]): GrowthPoint[] {
  const byDay = new Map<string, GrowthPoint[]>();
  for (const p of points) {
    if (dayNumber(p.day) === null) continue;
    const list = byDay.get(p.day);
    if (list) list.push(p);
    else byDay.set(p.day, [p]);
  }
  const rank = (p: GrowthPoint) => (p.source === "daily_csv" ? 0 : 1);
  const out: GrowthPoint[] = [];
  for (const [day, list] of byDay) {
    const ordered = list
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || b.i - a.i)
      .map((x) => x.p);
    const pick = (key: "followers" | "following" | "posts") => {
      for (const p of ordered) if (p[key] !== null) return p[key];
      return null;
    };
    out.push({
      day,
      followers: pick("followers"),
      following: pick("following"),
      posts: pick("posts"),
      source: (ordered[0] as GrowthPoint).source,
    });
  }
  return out.sort((a, b) => compareText(a.day, b.day));
}

interface Interval {
  /** Index of the series entry that ends the interval. */
  end: number;
  value: number;
  z: number;
  spike: boolean;
  large: boolean;
}

interface Stats {
  median: number;
  mad: number;
  scale: number;
  intervals: Interval[];
}

function robustStats(series: readonly GrowthDay[], key: "followersChange" | "followingChange"): Stats | null {
  const intervals: Interval[] = [];
  series.forEach((d, end) => {
    const value = d[key];
    if (value !== null) intervals.push({ end, value, z: 0, spike: false, large: false });
  });
  const values = intervals.map((x) => x.value);
  const med = median(values);
  if (med === null) return null;
  const deviations = values.map((v) => Math.abs(v - med));
  const mad = median(deviations) as number;
  const scale = mad > 0 ? MAD_SCALE * mad : MEAN_AD_SCALE * (mean(deviations) as number);
  for (const x of intervals) x.z = scale > 0 ? (x.value - med) / scale : 0;
  return { median: med, mad, scale, intervals };
}

export function computeGrowth(
  points: readonly GrowthPoint[],
  posts: readonly Post[],
  options: Partial<GrowthOptions> = {},
): Growth {
  const opts = { ...DEFAULT_GROWTH_OPTIONS, ...options };
  const days = dedupeGrowthPoints(points);
  const series: GrowthDay[] = days.map((p, i) => {
    const prev = i > 0 ? (days[i - 1] as GrowthPoint) : null;
    const span = prev ? (dayNumber(p.day) as number) - (dayNumber(prev.day) as number) : null;
    const change = (now: number | null, before: number | null | undefined) =>
      span !== null && now !== null && before !== null && before !== undefined ? (now - before) / span : null;
    return {
      day: p.day,
      followers: p.followers,
      following: p.following,
      posts: p.posts,
      source: p.source,
      days: span,
      followersChange: change(p.followers, prev?.followers),
      followingChange: change(p.following, prev?.following),
    };
  });

  const result: Growth = {
    points: series.length,
    from: series[0]?.day ?? null,
    to: series.at(-1)?.day ?? null,
    series,
    medianDailyFollowerChange: null,
    madDailyFollowerChange: null,
    scaleDailyFollowerChange: null,
    medianDailyFollowingChange: null,
    madDailyFollowingChange: null,
    scaleDailyFollowingChange: null,
    spikes: [],
    flags: [],
    notEnoughData: null,
    followingNotEnoughData: null,
    method: method(opts),
  };

  const followerShort = shortOfData(series, "followers", "followersChange", opts.minDays);
  if (followerShort) {
    result.notEnoughData = `growth: ${followerShort}`;
    return result;
  }
  const followers = robustStats(series, "followersChange") as Stats;
  result.medianDailyFollowerChange = followers.median;
  result.madDailyFollowerChange = followers.mad;
  result.scaleDailyFollowerChange = followers.scale;
  for (const x of followers.intervals) {
    const excess = x.value - followers.median;
    const before = series[x.end - 1]?.followers ?? 0;
    const minExcess = Math.max(opts.minFollowerSpike, opts.minFollowerSpikeShare * before);
    x.large = excess > opts.largeFollowerJump;
    x.spike = (x.z > opts.robustZ && excess >= minExcess) || x.large;
  }
  const counted = countedPosts(posts);
  for (const run of spikeRuns(followers.intervals))
    result.spikes.push(followerSpike(series, run, followers.median, counted, opts));

  const followingShort = shortOfData(series, "following", "followingChange", opts.minDays);
  if (followingShort) {
    result.followingNotEnoughData = `growth (following): ${followingShort}; following spikes are not looked for`;
  } else {
    const following = robustStats(series, "followingChange") as Stats;
    result.medianDailyFollowingChange = following.median;
    result.madDailyFollowingChange = following.mad;
    result.scaleDailyFollowingChange = following.scale;
    for (const x of following.intervals)
      x.spike = x.z > opts.robustZ && x.value - following.median >= opts.minFollowingSpike;
    for (const run of spikeRuns(following.intervals))
      result.spikes.push(followingSpike(series, run, following.median));
  }

  result.spikes.sort((a, b) => compareText(a.day, b.day) || compareText(a.metric, b.metric));
  result.flags = result.spikes.flatMap((s) => (s.flag ? [toFlag(s)] : []));
  return result;
}

/** Why a metric cannot be analysed, or null when it can. */
function shortOfData(
  series: readonly GrowthDay[],
  count: "followers" | "following",
  change: "followersChange" | "followingChange",
  minDays: number,
): string | null {
  const what = count === "followers" ? "follower" : "following";
  const known = series.filter((d) => d[count] !== null).length;
  if (known < minDays) return `${known} day(s) with a ${what} count, need at least ${minDays}`;
  const changes = series.filter((d) => d[change] !== null).length;
  const minChanges = Math.max(1, minDays - 1);
  if (changes < minChanges)
    return `${changes} ${what} change(s) between consecutive days with counts, need at least ${minChanges}`;
  return null;
}

/** Spike intervals that follow one another (each ends where the next starts) form one spike. */
function spikeRuns(intervals: readonly Interval[]): Interval[][] {
  const runs: Interval[][] = [];
  for (const x of intervals) {
    if (!x.spike) continue;
    const last = runs.at(-1);
    if (last && (last.at(-1) as Interval).end === x.end - 1) last.push(x);
    else runs.push([x]);
  }
  return runs;
}

function runShape(series: readonly GrowthDay[], run: readonly Interval[], key: "followers" | "following") {
  const first = run[0] as Interval;
  const last = run.at(-1) as Interval;
  const from = series[first.end - 1] as GrowthDay;
  const to = series[last.end] as GrowthDay;
  return {
    metric: key,
    fromDay: from.day,
    day: (series[first.end] as GrowthDay).day,
    toDay: to.day,
    days: (dayNumber(to.day) as number) - (dayNumber(from.day) as number),
    change: (to[key] as number) - (from[key] as number),
    dailyChange: Math.max(...run.map((x) => x.value)),
    robustZ: Math.max(...run.map((x) => x.z)),
    largeJump: run.some((x) => x.large),
  };
}

interface CountedPost {
  id: string;
  takenAt: number;
  interactions: number;
}

/** Posts with both like and comment counts, oldest first; the others cannot be compared. */
function countedPosts(posts: readonly Post[]): CountedPost[] {
  return posts
    .flatMap((p) =>
      p.likes !== null && p.comments !== null
        ? [{ id: p.platformPostId, takenAt: p.takenAt, interactions: p.likes + p.comments }]
        : [],
    )
    .sort((a, b) => a.takenAt - b.takenAt || (a.id < b.id ? -1 : 1));
}

function spikeEngagement(
  counted: readonly CountedPost[],
  fromDay: string,
  toDay: string,
  opts: GrowthOptions,
): SpikeEngagement {
  const start = (dayNumber(fromDay) as number) * DAY_MS;
  const end = ((dayNumber(toDay) as number) + opts.windowDays + 1) * DAY_MS;
  const baseline = counted.filter((p) => p.takenAt < start).slice(-opts.baselinePosts);
  const around = counted.filter((p) => p.takenAt >= start && p.takenAt < end);
  const before =
    baseline.length >= opts.minBaselinePosts ? median(baseline.map((p) => p.interactions)) : null;
  const after = median(around.map((p) => p.interactions));
  let peakPost: CountedPost | null = null;
  for (const p of around) if (!peakPost || p.interactions > peakPost.interactions) peakPost = p;
  const peak = peakPost?.interactions ?? null;
  const rose =
    before === null || peak === null
      ? null
      : before > 0
        ? peak >= opts.engagementRiseRatio * before
        : peak > 0;
  return {
    before,
    after,
    peak,
    ratio: before && peak !== null ? peak / before : null,
    postsBefore: baseline.length,
    postsAfter: around.length,
    rose,
    postIds: around.slice(0, opts.evidenceLimit).map((p) => p.id),
    peakPostId: peakPost?.id ?? null,
  };
}

const FOLLOWER_INNOCENT_WITH_RISE = [
  "press coverage or a mention by a bigger account",
  "a giveaway (entrants follow the account)",
  "a viral post",
];
const FOLLOWER_INNOCENT_WITHOUT_RISE = [
  "press coverage or a mention by a bigger account: new followers do not always engage at once",
  "a giveaway: entrants follow the account but rarely engage afterwards",
  "being suggested by Instagram (Explore, suggested accounts)",
];
const FOLLOWING_INNOCENT = [
  "following back many new followers at once",
  "following the participants or partners of an event, collaboration or giveaway",
];

function followerSpike(
  series: readonly GrowthDay[],
  run: readonly Interval[],
  usual: number,
  counted: readonly CountedPost[],
  opts: GrowthOptions,
): GrowthSpike {
  const shape = runShape(series, run, "followers");
  const engagement = spikeEngagement(counted, shape.fromDay, shape.toDay, opts);
  const what = `Followers rose by ${plain(shape.change)} ${when(shape)} (usually ${signed(usual)} a day).`;
  const large = shape.largeJump
    ? ` More than ${plain(opts.largeFollowerJump)} followers in a day is hard to explain by ads alone.`
    : "";
  const windowEnd = dayString((dayNumber(shape.toDay) as number) + opts.windowDays);
  const posts = `${engagement.postsAfter} post(s) from ${shape.fromDay} to ${windowEnd}`;
  if (engagement.rose === true)
    return {
      ...shape,
      engagement,
      flag: null,
      message: `${what} The best of the ${posts} got ${plain(engagement.peak as number)} likes and comments, ${ratioText(engagement)} the usual ${plain(engagement.before as number)}: real new followers engage, which fits press coverage, a giveaway or a viral post.${large}`,
      innocentExplanations: FOLLOWER_INNOCENT_WITH_RISE,
    };
  if (engagement.rose === false)
    return {
      ...shape,
      engagement,
      flag: "follower_spike_without_engagement",
      message: `${what} The ${posts} got a median of ${plain(engagement.after as number)} likes and comments (best ${plain(engagement.peak as number)}), against ${plain(engagement.before as number)} before: engagement did not rise with the followers, as with bought followers.${large}`,
      innocentExplanations: FOLLOWER_INNOCENT_WITHOUT_RISE,
    };
  const why =
    engagement.before === null
      ? `fewer than ${opts.minBaselinePosts} posts with like and comment counts before it`
      : `no post with like and comment counts from ${shape.fromDay} to ${windowEnd}`;
  return {
    ...shape,
    engagement,
    flag: "follower_spike_unchecked",
    message: `${what} Engagement could not be compared (${why}); import the posts around that day to check it.${large}`,
    innocentExplanations: FOLLOWER_INNOCENT_WITHOUT_RISE,
  };
}

function followingSpike(series: readonly GrowthDay[], run: readonly Interval[], usual: number): GrowthSpike {
  const shape = runShape(series, run, "following");
  return {
    ...shape,
    largeJump: false,
    engagement: null,
    flag: "following_spike",
    message: `The account followed ${plain(shape.change)} more accounts ${when(shape)} (usually ${signed(usual)} a day). Following many accounts at once and unfollowing them later is how follow/unfollow schemes collect followers.`,
    innocentExplanations: FOLLOWING_INNOCENT,
  };
}

function toFlag(s: GrowthSpike): GrowthFlag {
  const kind = s.flag as GrowthFlagKind;
  return {
    kind,
    severity: kind === "follower_spike_without_engagement" || s.largeJump ? "alert" : "warning",
    day: s.day,
    fromDay: s.fromDay,
    days: s.days,
    change: s.change,
    dailyChange: s.dailyChange,
    robustZ: s.robustZ,
    largeJump: s.largeJump,
    engagementBefore: s.engagement?.before ?? null,
    engagementAfter: s.engagement?.after ?? null,
    engagementPeak: s.engagement?.peak ?? null,
    message: s.message,
    innocentExplanations: s.innocentExplanations,
    evidence: { postIds: s.engagement?.postIds ?? [] },
  };
}

function when(s: { fromDay: string; day: string; toDay: string; days: number }): string {
  return s.days === 1 ? `on ${s.day}` : `between ${s.fromDay} and ${s.toDay} (${s.days} days)`;
}

/** Whole numbers with thousands separators, without Intl (core output must not depend on a locale). */
function plain(n: number): string {
  const r = Math.round(n);
  const digits = String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return r < 0 ? `-${digits}` : digits;
}

function signed(n: number): string {
  return Math.round(n) > 0 ? `+${plain(n)}` : plain(n);
}

function ratioText(e: SpikeEngagement): string {
  return e.ratio === null ? "above" : `${e.ratio.toFixed(1)}×`;
}

function method(o: GrowthOptions): string {
  return (
    `one reading per day (a daily-counts row before a snapshot, the later snapshot before an earlier one); ` +
    `change per day between consecutive days with counts (a gap of several days spread evenly); ` +
    `robust z = (change − median) / (${MAD_SCALE} × MAD), or / (${MEAN_AD_SCALE} × mean absolute deviation) when MAD is 0; ` +
    `a follower spike has z > ${o.robustZ} and exceeds the median by at least max(${o.minFollowerSpike}, ${o.minFollowerSpikeShare * 100}% of followers), ` +
    `or exceeds it by more than ${o.largeFollowerJump} a day; a following spike has z > ${o.robustZ} and exceeds the median by at least ${o.minFollowingSpike}; ` +
    `consecutive spike days are one spike; likes + comments of the posts from the day before a spike to ${o.windowDays} days after ` +
    `against the median of the latest ${o.baselinePosts} posts before (at least ${o.minBaselinePosts}); ` +
    `a best post at ${o.engagementRiseRatio}× that median or more is a matching rise; at least ${o.minDays} days with counts`
  );
}
