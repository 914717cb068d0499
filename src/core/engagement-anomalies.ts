// Engagement anomalies: signs that likes or comments are bought or traded, read from
// figures the audit already has (engagement.ts, comment-quality.ts). Each flag names its rule, its numbers and the posts
// or comments behind it; none is a verdict (docs/methodology.md, section 5g).
import type { CommentQuality } from "./comment-quality.js";
import type { Engagement } from "./engagement.js";
import { median } from "./stats.js";

/** Median ER below this share of the tier's median: inactive or bought followers. */
export const LOW_ER_RATIO = 0.5;
/** Median ER above this multiple of the tier's median: bought engagement or a pod (or a close community). */
export const HIGH_ER_RATIO = 3;
/** METHODS.md: a post's likes below 40% of the window's mean suggest inflated likes elsewhere. */
export const LOW_SPREAD = 0.4;
/**
 * A post's likes above twice the mean: a giveaway, an ad or a bought boost. METHODS.md's band
 * ends at 100%, but half of all posts sit above their own mean, so we flag only a clear outlier.
 */
export const HIGH_SPREAD = 2;
/** Posts with a low spread before the account is flagged (one weak post is ordinary). */
export const MIN_LOW_SPREAD_POSTS = 2;
/** Modified z-score (Iglewicz & Hoaglin 1993) above which a post's likes-to-comments ratio is an outlier. */
export const RATIO_OUTLIER_Z = 3.5;
/** A post's comments count as a burst when at least this share arrive within fastMinutes of posting. */
export const BURST_SHARE = 0.5;
/** Fewest comments on a post before its burst share is judged. */
export const BURST_MIN_COMMENTS = 10;
/** A repeat commenter belongs to the pod group when at least this share of their comments are fast. */
export const POD_FAST_SHARE = 0.5;
/** Fewest accounts that make a pod (METHODS.md: "the same small group of accounts"). */
export const POD_MIN_ACCOUNTS = 3;

export type AnomalyKind =
  | "er_below_benchmark"
  | "er_above_benchmark"
  | "likes_spread_low"
  | "likes_spread_high"
  | "likes_to_comments_outlier"
  | "comment_burst"
  | "pod_group";

export interface AnomalyFlag {
  kind: AnomalyKind;
  severity: "alert" | "warning";
  message: string;
  /** Innocent readings a marketer should rule out before drawing a conclusion. */
  innocentExplanations: string[];
  evidence: { postIds: string[]; commentIds: string[]; accounts: string[] };
}

export interface PodMember {
  author: string;
  posts: number;
  comments: number;
  fastShare: number;
  genericShare: number;
}

export interface EngagementAnomalies {
  erRatio: number | null;
  likesToComments: {
    median: number | null;
    outliers: { postId: string; ratio: number; robustZ: number }[];
  };
  bursts: { postId: string; comments: number; fast: number; share: number }[];
  pod: { members: PodMember[]; commentShare: number | null };
  /** Which checks had the data to run: a check that did not run found nothing either way. */
  checks: {
    benchmark: boolean;
    likesSpread: boolean;
    likesToComments: boolean;
    bursts: boolean;
    pod: boolean;
  };
  flags: AnomalyFlag[];
  notEnoughData: string[];
}

const NO_EVIDENCE = () => ({ postIds: [] as string[], commentIds: [] as string[], accounts: [] as string[] });

export function computeEngagementAnomalies(
  engagement: Engagement,
  quality: CommentQuality,
): EngagementAnomalies {
  const flags: AnomalyFlag[] = [];
  const notEnoughData: string[] = [];

  const erRatio = engagement.vsBenchmark;
  if (erRatio === null)
    notEnoughData.push("engagement vs benchmark: no median ER or no benchmark for this size");
  else if (erRatio < LOW_ER_RATIO)
    flags.push({
      kind: "er_below_benchmark",
      severity: erRatio < LOW_ER_RATIO / 2 ? "alert" : "warning",
      message: `Median engagement rate is ${pct(erRatio)} of the ${engagement.benchmark?.band} median benchmark: many followers do not engage (inactive or bought followers).`,
      innocentExplanations: ["an old account whose audience has moved on", "a recent change of topic"],
      evidence: { ...NO_EVIDENCE(), postIds: ratedPosts(engagement) },
    });
  else if (erRatio > HIGH_ER_RATIO)
    flags.push({
      kind: "er_above_benchmark",
      severity: "warning",
      message: `Median engagement rate is ${erRatio.toFixed(1)}× the ${engagement.benchmark?.band} median benchmark: bought engagement or an engagement pod is possible.`,
      innocentExplanations: ["a small, close community", "a viral post in the window"],
      evidence: { ...NO_EVIDENCE(), postIds: ratedPosts(engagement) },
    });

  const spreadPosts = engagement.perPost.filter((p) => p.likesSpread !== null);
  const enoughSpread = spreadPosts.length >= 3 && engagement.likesSpread.min !== null;
  if (enoughSpread) {
    const low = spreadPosts.filter((p) => (p.likesSpread as number) < LOW_SPREAD);
    const high = spreadPosts.filter((p) => (p.likesSpread as number) > HIGH_SPREAD);
    if (low.length >= MIN_LOW_SPREAD_POSTS)
      flags.push({
        kind: "likes_spread_low",
        severity: "warning",
        message: `${low.length} of ${spreadPosts.length} posts have under 40% of the average likes: likes on the other posts may be inflated.`,
        innocentExplanations: ["a format the audience likes less (text posts, announcements)"],
        evidence: { ...NO_EVIDENCE(), postIds: low.map((p) => p.postId) },
      });
    if (high.length > 0)
      flags.push({
        kind: "likes_spread_high",
        severity: "warning",
        message: `${high.length} post(s) have over twice the average likes.`,
        innocentExplanations: ["a giveaway", "a paid promotion of the post", "a post that went viral"],
        evidence: { ...NO_EVIDENCE(), postIds: high.map((p) => p.postId) },
      });
  }

  const likesToComments = ratioOutliers(engagement);
  if (likesToComments.outliers.length > 0)
    flags.push({
      kind: "likes_to_comments_outlier",
      severity: "warning",
      message: `${likesToComments.outliers.length} post(s) have a likes-to-comments ratio far from this creator's usual ${likesToComments.median?.toFixed(0)} (modified z-score above ${RATIO_OUTLIER_Z}): likes or comments may have been bought for them.`,
      innocentExplanations: ["a giveaway asking for comments", "a question that invites answers"],
      evidence: { ...NO_EVIDENCE(), postIds: likesToComments.outliers.map((o) => o.postId) },
    });

  const bursts = quality.perPost
    .filter((p) => p.total >= BURST_MIN_COMMENTS && p.fast / p.total >= BURST_SHARE)
    .map((p) => ({ postId: p.postId, comments: p.total, fast: p.fast, share: p.fast / p.total }));
  if (bursts.length > 0)
    flags.push({
      kind: "comment_burst",
      severity: "warning",
      message: `On ${bursts.length} post(s) at least half the comments arrived within ${quality.fastMinutes} minutes of posting.`,
      innocentExplanations: [
        "a live event or story announcing the post",
        "a loyal audience with notifications on",
      ],
      evidence: { ...NO_EVIDENCE(), postIds: bursts.map((b) => b.postId) },
    });

  const pod = podGroup(quality);
  if (pod.members.length >= POD_MIN_ACCOUNTS)
    flags.push({
      kind: "pod_group",
      severity: "alert",
      message: `${pod.members.length} accounts comment on most posts, mostly within ${quality.fastMinutes} minutes of posting: the pattern of an engagement pod.`,
      innocentExplanations: ["close friends or family with notifications on"],
      evidence: {
        postIds: [],
        commentIds: pod.exampleIds,
        accounts: pod.members.map((m) => m.author),
      },
    });

  return {
    erRatio,
    likesToComments,
    bursts,
    checks: {
      benchmark: erRatio !== null,
      likesSpread: enoughSpread,
      likesToComments: likesToComments.median !== null,
      bursts: quality.perPost.some((p) => p.total >= BURST_MIN_COMMENTS),
      pod: quality.repeatCommenterShare !== null,
    },
    pod: {
      members: pod.members.length >= POD_MIN_ACCOUNTS ? pod.members : [],
      commentShare: pod.members.length >= POD_MIN_ACCOUNTS ? pod.commentShare : null,
    },
    flags,
    notEnoughData,
  };
}

function ratedPosts(engagement: Engagement): string[] {
  return engagement.perPost.filter((p) => p.rate !== null).map((p) => p.postId);
}

/** Per-post likes-to-comments ratios against their median, by the modified z-score. */
function ratioOutliers(engagement: Engagement): EngagementAnomalies["likesToComments"] {
  const rows = engagement.perPost.flatMap((p) =>
    p.likes !== null && p.comments !== null && p.comments > 0
      ? [{ postId: p.postId, ratio: p.likes / p.comments }]
      : [],
  );
  if (rows.length < 5) return { median: null, outliers: [] };
  const ratios = rows.map((r) => r.ratio);
  const med = median(ratios) as number;
  const mad = median(ratios.map((r) => Math.abs(r - med))) as number;
  if (mad === 0) return { median: med, outliers: [] };
  const outliers = rows
    .map((r) => ({ ...r, robustZ: (0.6745 * (r.ratio - med)) / mad }))
    .filter((r) => Math.abs(r.robustZ) > RATIO_OUTLIER_Z);
  return { median: med, outliers };
}

/**
 * The repeat commenters (comment-quality.ts) whose comments mostly arrive within
 * fastMinutes of the post: METHODS.md's pod pattern. Comment quality counted each
 * one's fast and generic comments in its own pass, so none is read again here.
 */
function podGroup(quality: CommentQuality) {
  const members: PodMember[] = [];
  let podComments = 0;
  const exampleIds: string[] = [];
  for (const r of quality.repeatCommenters) {
    if (r.comments === 0) continue;
    const fastShare = r.fast / r.comments;
    if (fastShare < POD_FAST_SHARE) continue;
    members.push({
      author: r.author,
      posts: r.posts,
      comments: r.comments,
      fastShare,
      genericShare: r.generic / r.comments,
    });
    podComments += r.comments;
    exampleIds.push(...r.fastIds);
  }
  members.sort((a, b) => b.posts - a.posts || b.comments - a.comments || a.author.localeCompare(b.author));
  return {
    members,
    commentShare: quality.total > 0 ? podComments / quality.total : null,
    exampleIds: exampleIds.slice(0, 10),
  };
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
