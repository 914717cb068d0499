// Engagement figures over the latest N posts: per-post ER, median and mean ER,
// views-based ER for videos, tier benchmark, likes spread, likes-to-comments
// ratio and posting cadence. Formulas and sources: docs/methodology.md.
import { latestPosts } from "./latest-posts.js";
import { iso, mean, median } from "./stats.js";
import { type Benchmark, benchmarkFor, type Tier, tierOf } from "./tiers.js";
import type { Post } from "./types.js";

export interface EngagementOptions {
  window: number;
  minPosts: number;
}

export interface PostEngagement {
  postId: string;
  shortcode: string | null;
  takenAt: string;
  kind: Post["kind"];
  likes: number | null;
  comments: number | null;
  views: number | null;
  rate: number | null;
  viewsRate: number | null;
  likesSpread: number | null;
}

export interface Engagement {
  medianRate: number | null;
  meanRate: number | null;
  postsUsed: number;
  window: number;
  method: string;
  followers: number | null;
  tier: Tier | null;
  benchmark: Benchmark | null;
  /** medianRate / benchmark.rate: 1 means exactly the benchmark. */
  vsBenchmark: number | null;
  viewsMedianRate: number | null;
  videoPostsUsed: number;
  /** Likes on a post / mean likes of the window; below 40% hints at inflated likes elsewhere. */
  likesSpread: { min: number | null; max: number | null; postsBelow40Percent: number | null };
  likesToComments: number | null;
  cadence: { postsPerWeek: number | null; medianDaysBetweenPosts: number | null };
  /** Pinned posts older than the window, left out of it (core/latest-posts.ts). */
  pinnedLeftOut: number;
  /** Posts of the window whose like counts the creator hid: no ER, never counted as 0. */
  likesHidden: number;
  perPost: PostEngagement[];
  notEnoughData: string[];
}

const DAY_MS = 86_400_000;

export function computeEngagement(
  posts: readonly Post[],
  followers: number | null,
  opts: EngagementOptions,
): Engagement {
  const notEnoughData: string[] = [];
  const window = latestPosts(posts, opts.window);
  const latest = window.posts;
  // Posts whose like count is hidden or unknown cannot give an ER; they are skipped, not counted as zero.
  const counted = latest.filter((p) => p.likes !== null && p.comments !== null);
  const likes = counted.map((p) => p.likes as number);
  const meanLikes = mean(likes);

  const perPost: PostEngagement[] = latest.map((p) => {
    const interactions = p.likes !== null && p.comments !== null ? p.likes + p.comments : null;
    return {
      postId: p.platformPostId,
      shortcode: p.shortcode,
      takenAt: iso(p.takenAt),
      kind: p.kind,
      likes: p.likes,
      comments: p.comments,
      views: p.views,
      rate: interactions !== null && followers ? interactions / followers : null,
      viewsRate: interactions !== null && p.views ? interactions / p.views : null,
      // Same posts as the mean: those with both counts known.
      likesSpread: interactions !== null && meanLikes ? (p.likes as number) / meanLikes : null,
    };
  });

  const rates = perPost.flatMap((p) => (p.rate === null ? [] : [p.rate]));
  const enoughPosts = counted.length >= opts.minPosts;
  if (!followers) notEnoughData.push("engagement rate: no follower count in the imported profile");
  const likesHidden = latest.filter((p) => p.likesHidden === true && p.likes === null).length;
  if (!enoughPosts)
    notEnoughData.push(
      `engagement rate: ${counted.length} post(s) with like and comment counts, need at least ${opts.minPosts}${
        likesHidden ? ` (${likesHidden} of the latest ${latest.length} hide their like counts)` : ""
      }`,
    );
  const rateOk = Boolean(followers) && enoughPosts;

  const viewsRates = perPost.flatMap((p) => (p.viewsRate === null ? [] : [p.viewsRate]));
  const spreads = perPost.flatMap((p) => (p.likesSpread === null ? [] : [p.likesSpread]));
  const ratios = counted
    .filter((p) => (p.comments as number) > 0)
    .map((p) => (p.likes as number) / (p.comments as number));

  if (viewsRates.length > 0 && viewsRates.length < opts.minPosts)
    notEnoughData.push(
      `views-based rate: ${viewsRates.length} video(s) with views, need at least ${opts.minPosts}`,
    );
  const medianRate = rateOk ? median(rates) : null;
  const benchmark = followers && rateOk ? benchmarkFor(followers, "median") : null;

  return {
    medianRate,
    meanRate: rateOk ? mean(rates) : null,
    postsUsed: rateOk ? rates.length : 0,
    window: opts.window,
    method: `per post (likes + comments) / followers at the latest snapshot, over the latest ${opts.window} posts (pinned posts only by their own date); median and mean`,
    followers,
    tier: followers ? tierOf(followers) : null,
    benchmark,
    vsBenchmark: benchmark && medianRate !== null ? medianRate / benchmark.rate : null,
    viewsMedianRate: viewsRates.length >= opts.minPosts ? median(viewsRates) : null,
    videoPostsUsed: viewsRates.length,
    likesSpread: {
      // No spread when every counted post has 0 likes (the mean is 0).
      min: enoughPosts && spreads.length ? Math.min(...spreads) : null,
      max: enoughPosts && spreads.length ? Math.max(...spreads) : null,
      postsBelow40Percent: enoughPosts && spreads.length ? spreads.filter((s) => s < 0.4).length : null,
    },
    likesToComments: ratios.length >= opts.minPosts ? median(ratios) : null,
    cadence: cadence(latest, opts.minPosts),
    pinnedLeftOut: window.pinnedLeftOut.length,
    likesHidden,
    perPost,
    notEnoughData,
  };
}

function cadence(latest: readonly Post[], minPosts: number): Engagement["cadence"] {
  if (latest.length < Math.max(2, minPosts)) return { postsPerWeek: null, medianDaysBetweenPosts: null };
  const times = latest.map((p) => p.takenAt).sort((a, b) => a - b);
  const gaps = times.slice(1).map((t, i) => (t - (times[i] as number)) / DAY_MS);
  const spanDays = ((times.at(-1) as number) - (times[0] as number)) / DAY_MS;
  // n posts span n − 1 gaps; posts per week is gaps per week so a weekly poster scores 1.
  return {
    postsPerWeek: spanDays > 0 ? ((times.length - 1) / spanDays) * 7 : null,
    medianDaysBetweenPosts: median(gaps),
  };
}
