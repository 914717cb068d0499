// The audit's result as every layer reads it, whatever method version computed it. Stored
// results are upgraded on read (upgrade-audit.ts): the fields of a part the stored version
// did not compute are null here and the part is named in `notComputed` (not-computed.ts),
// never filled with a figure no method produced. CurrentAuditResult is what auditAccount
// computes today: the same type with every part present.
import type { AudienceAuthenticity } from "./audience.js";
import type { AuditOptions } from "./audit.js";
import type { CommentQuality, PostCommentQuality, SpamExample } from "./comment-quality.js";
import type { Disclosure } from "./disclosure.js";
import type { Engagement } from "./engagement.js";
import type { EngagementAnomalies } from "./engagement-anomalies.js";
import type { Growth } from "./growth.js";
import type { NicheResult } from "./niche.js";
import type { NotComputed } from "./not-computed.js";
import type { Responsiveness } from "./responsiveness.js";
import type { TrustScore } from "./trust-score.js";
import type { UsernameHistory } from "./username-history.js";
import type { Voice } from "./voice.js";

/** Engagement; the window's two counts are null before audit-v4 (part "engagementWindow"). */
export type AuditEngagement = Omit<Engagement, "pinnedLeftOut" | "likesHidden"> & {
  pinnedLeftOut: number | null;
  likesHidden: number | null;
};

type RepeatCommenter = CommentQuality["repeatCommenters"][number];

/**
 * Comment quality. Null when the audit's version did not compute them: the spam counts and
 * examples before audit-v2 (part "spam"), `inauthentic` and the repeat commenters' fast and
 * generic counts before audit-v3 ("inauthentic", "repeatCommenterCounts"), the possibly-spam
 * counts and examples before audit-v5 ("possibleSpam"), the friend tags before audit-v6
 * ("friendTags"). The shares are also null for "not
 * enough data"; the count beside each tells the two apart.
 */
export type AuditComments = Omit<
  CommentQuality,
  | "spam"
  | "spamShare"
  | "spamByReason"
  | "possibleSpam"
  | "possibleSpamShare"
  | "possibleSpamByReason"
  | "friendTags"
  | "inauthentic"
  | "inauthenticShare"
  | "repeatCommenters"
  | "perPost"
  | "examples"
> & {
  spam: number | null;
  spamShare: number | null;
  spamByReason: Record<string, number> | null;
  possibleSpam: number | null;
  possibleSpamShare: number | null;
  possibleSpamByReason: Record<string, number> | null;
  friendTags: number | null;
  inauthentic: number | null;
  inauthenticShare: number | null;
  repeatCommenters: (Pick<RepeatCommenter, "author" | "posts" | "comments"> & {
    fast: number | null;
    generic: number | null;
    fastIds: string[] | null;
  })[];
  perPost: (Omit<PostCommentQuality, "spam"> & { spam: number | null })[];
  examples: Omit<CommentQuality["examples"], "spam" | "possibleSpam"> & {
    spam: SpamExample[] | null;
    possibleSpam: SpamExample[] | null;
  };
};

export interface AuditResult {
  /** The method that computed the figures (the stored one; an upgrade never changes it). */
  methodVersion: string;
  options: AuditOptions;
  account: { platform: string; username: string; followers: number | null; profileCapturedAt: string | null };
  inputs: { from: string | null; to: string | null; posts: number; comments: number };
  engagement: AuditEngagement;
  responsiveness: Responsiveness;
  comments: AuditComments;
  /** Since audit-v2. */
  audience: AudienceAuthenticity | null;
  /** Since audit-v3, as are the parts down to `score`. */
  anomalies: EngagementAnomalies | null;
  growth: Growth | null;
  disclosure: Disclosure | null;
  /** Niches ranked by score, each with the words that gave it. */
  niches: NicheResult["niches"] | null;
  /** What the niche detection read (posts, captions, the business category) and its method. */
  nicheBasis: Omit<NicheResult, "niches"> | null;
  voice: Voice | null;
  score: TrustScore | null;
  /** Since audit-v4: the usernames the account was seen under; a rename is shown as evidence, not scored. */
  usernames: UsernameHistory | null;
  /** Since audit-v2: the trained models behind `audience` and `comments.spam` / `comments.possibleSpam`. */
  models: { followers: string; comments: string } | null;
  /** The parts this audit's method version did not compute (their fields are null); empty for a current audit. */
  notComputed: NotComputed[];
  notEnoughData: string[];
}

/** A result of the current method version: every part computed, nothing marked. */
export interface CurrentAuditResult extends AuditResult {
  engagement: Engagement;
  comments: CommentQuality;
  audience: AudienceAuthenticity;
  anomalies: EngagementAnomalies;
  growth: Growth;
  disclosure: Disclosure;
  niches: NicheResult["niches"];
  nicheBasis: Omit<NicheResult, "niches">;
  voice: Voice;
  score: TrustScore;
  usernames: UsernameHistory;
  models: { followers: string; comments: string };
}
