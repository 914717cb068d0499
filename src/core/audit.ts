// Audit v1: one pure function from an account's stored data to every figure the
// report shows. METHOD_VERSION is stored beside each result; bump it whenever a
// formula, threshold or default below changes.
import { computeAudience } from "./audience.js";
import type { CurrentAuditResult } from "./audit-result.js";
import { computeCommentQuality } from "./comment-quality.js";
import { COMMENT_MODEL_VERSION } from "./comment-spam.js";
import { computeDisclosure } from "./disclosure.js";
import { computeEngagement } from "./engagement.js";
import { computeEngagementAnomalies } from "./engagement-anomalies.js";
import { computeGrowth } from "./growth.js";
import type { GrowthPoint } from "./growth-point.js";
import { latestPosts } from "./latest-posts.js";
import { detectNiches } from "./niche.js";
import { computeResponsiveness } from "./responsiveness.js";
import { iso } from "./stats.js";
import { computeTrustScore } from "./trust-score.js";
import type { AccountData, Comment, UsernameSighting } from "./types.js";
import { computeUsernameHistory } from "./username-history.js";
import { computeVoice } from "./voice.js";

/**
 * v2 (issue 4): audience authenticity from the follower model; spam in comment quality.
 * v3 (issue 5): engagement anomalies, growth, niche, voice, disclosure and the trust score.
 * Niche and voice read the comment window's posts (captions) and comments.
 * v4 (issue 11): pinned posts count in the latest-N windows only by their own date
 * (latest-posts.ts); posts with hidden like counts are counted as such; the username
 * history (a rename shown as evidence, not scored).
 * v5 (issue 11): comment spam counts only where the model is sure (comment-spam-v2);
 * possibly-spam comments are counted apart (`possibleSpam`) and shown, not scored (trust-v2).
 * v6 (issue 14): friend tags are not generic (`comments.friendTags`); a sponsored post is
 * disclosed clearly only when it breaks no rule (disclosure-v2); disclosure hygiene is left
 * out of the score below the disclosure's minimum of posts (trust-v3).
 * Results stored by an older version are upgraded on read (upgrade-audit.ts): a version that
 * adds a part adds a step in audit-versions/ that marks the part "not computed" in the one before.
 */
export const METHOD_VERSION = "audit-v6";

export interface AuditOptions {
  /** Latest posts used for engagement rate (HypeAuditor uses 12). */
  window: number;
  /** Latest posts whose comments are read for responsiveness and comment quality. */
  commentWindow: number;
  minPosts: number;
  minComments: number;
  fastMinutes: number;
  repeatPostShare: number;
  minPostsForRepeat: number;
  evidenceLimit: number;
}

export const DEFAULT_AUDIT_OPTIONS: AuditOptions = {
  window: 12,
  commentWindow: 50,
  minPosts: 3,
  minComments: 10,
  fastMinutes: 10,
  repeatPostShare: 0.5,
  minPostsForRepeat: 4,
  evidenceLimit: 10,
};

export type { AuditComments, AuditEngagement, AuditResult, CurrentAuditResult } from "./audit-result.js";

export type AuditInput = Pick<AccountData, "account" | "profile" | "posts" | "comments" | "followers"> & {
  /** Daily counts over time (profile snapshots and daily-counts CSV rows), oldest first. */
  history?: readonly GrowthPoint[];
  /** The usernames the account was seen under (account_usernames). */
  usernames?: readonly UsernameSighting[];
};

export function auditAccount(input: AuditInput, options: Partial<AuditOptions> = {}): CurrentAuditResult {
  const opts = { ...DEFAULT_AUDIT_OPTIONS, ...options };
  const followers = input.profile?.followers ?? null;
  const engagement = computeEngagement(input.posts, followers, opts);

  const newestFirst = [...input.posts].sort((a, b) => b.takenAt - a.takenAt);
  // Pinned posts count only by their own date (latest-posts.ts), here as in engagement.
  const commentPosts = latestPosts(input.posts, opts.commentWindow).posts;
  const commentPostIds = new Set(commentPosts.map((p) => p.platformPostId));
  const comments = input.comments.filter((c) => commentPostIds.has(c.platformPostId));
  const isCreator = creatorMatcher(input.account);

  const responsiveness = computeResponsiveness(comments, isCreator, opts);
  const quality = computeCommentQuality(commentPosts, comments, isCreator, opts);
  const audience = computeAudience(input.followers, opts.evidenceLimit);
  const anomalies = computeEngagementAnomalies(engagement, quality);
  const growth = computeGrowth(input.history ?? [], input.posts);
  const disclosure = computeDisclosure(newestFirst, { recentPosts: opts.commentWindow });
  const { niches, ...nicheBasis } = detectNiches({
    posts: commentPosts,
    bio: input.profile?.bio ?? null,
    category: input.profile?.category ?? null,
  });
  const voice = computeVoice(commentPosts, comments, isCreator);
  const score = computeTrustScore({
    audience,
    engagement,
    anomalies,
    responsiveness,
    comments: quality,
    growth,
    disclosure,
  });

  const times = latestPosts(input.posts, Math.max(opts.window, opts.commentWindow)).posts.map(
    (p) => p.takenAt,
  );
  return {
    methodVersion: METHOD_VERSION,
    options: opts,
    account: {
      platform: input.account.platform,
      username: input.account.username,
      followers,
      profileCapturedAt: input.profile ? iso(input.profile.capturedAt) : null,
    },
    inputs: {
      from: times.length ? iso(Math.min(...times)) : null,
      to: times.length ? iso(Math.max(...times)) : null,
      posts: commentPosts.length,
      comments: comments.length,
    },
    engagement,
    responsiveness,
    comments: quality,
    audience,
    anomalies,
    growth,
    disclosure,
    niches,
    nicheBasis,
    voice,
    score,
    usernames: computeUsernameHistory(input.usernames ?? []),
    models: { followers: audience.modelVersion, comments: COMMENT_MODEL_VERSION },
    notComputed: [],
    notEnoughData: [
      ...engagement.notEnoughData,
      ...responsiveness.notEnoughData,
      ...quality.notEnoughData,
      ...anomalies.notEnoughData,
      ...(growth.notEnoughData ? [growth.notEnoughData] : []),
      ...disclosure.notEnoughData,
      ...(nicheBasis.notEnoughData ? [nicheBasis.notEnoughData] : []),
      ...voice.notEnoughData,
      ...(audience.notEnoughData
        ? [
            `audience authenticity: ${audience.notEnoughData.replace(/^(audience authenticity|not enough data): /, "")}`,
          ]
        : []),
      ...(score.notEnoughData ? [score.notEnoughData] : []),
    ],
  };
}

/**
 * A comment is the creator's when its author id or username is the account's own.
 * Usernames are stored in lower case by every importer, so they compare as they are.
 */
export function creatorMatcher(account: AuditInput["account"]): (c: Comment) => boolean {
  const id = account.platformUserId;
  const name = account.username.toLowerCase();
  return (c) => (id !== null && c.authorId === id) || c.authorUsername === name;
}
