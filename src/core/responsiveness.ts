// Does the creator talk with their audience? Share of other accounts' top-level
// comments that get a reply from the creator, the delay to the first reply, and
// the share of posts where the creator replies at all. See docs/methodology.md.
import { iso, median, share } from "./stats.js";
import type { Comment } from "./types.js";

export interface Thread {
  postId: string;
  comment: { id: string; author: string | null; text: string; createdAt: string };
  replies: { id: string; author: string | null; text: string; createdAt: string; byCreator: boolean }[];
  firstCreatorReplyMinutes: number | null;
}

export interface Responsiveness {
  replyShare: number | null;
  topLevelComments: number;
  repliedComments: number;
  medianReplyDelayMinutes: number | null;
  postsWithReplies: number;
  postsWithComments: number;
  postsWithRepliesShare: number | null;
  evidence: { repliedThreads: Thread[]; unansweredExamples: Thread[] };
  notEnoughData: string[];
}

export interface ResponsivenessOptions {
  minComments: number;
  evidenceLimit: number;
}

export function computeResponsiveness(
  comments: readonly Comment[],
  isCreator: (c: Comment) => boolean,
  opts: ResponsivenessOptions,
): Responsiveness {
  const repliesByParent = new Map<string, Comment[]>();
  for (const c of comments) {
    if (c.parentId === null) continue;
    const list = repliesByParent.get(c.parentId);
    if (list) list.push(c);
    else repliesByParent.set(c.parentId, [c]);
  }

  const creatorReplies = firstCreatorReplies(comments, isCreator);
  const topLevel = comments.filter((c) => c.parentId === null && !isCreator(c));
  const delays: number[] = [];
  const postsWithComments = new Set<string>();
  const postsWithReplies = new Set<string>();
  const repliedThreads: Thread[] = [];
  const unansweredExamples: Thread[] = [];

  for (const c of topLevel) {
    postsWithComments.add(c.platformPostId);
    const replies = repliesByParent.get(c.platformCommentId) ?? [];
    const first = creatorReplies.get(c.platformCommentId)?.createdAt ?? null;
    if (first !== null) {
      // A reply stamped before its comment (clock skew in the source) counts as immediate.
      delays.push(Math.max(0, first - c.createdAt) / 60_000);
      postsWithReplies.add(c.platformPostId);
      if (repliedThreads.length < opts.evidenceLimit)
        repliedThreads.push(thread(c, replies, first, isCreator));
    } else if (unansweredExamples.length < opts.evidenceLimit) {
      unansweredExamples.push(thread(c, replies, null, isCreator));
    }
  }

  const enough = topLevel.length >= opts.minComments;
  return {
    replyShare: enough ? share(delays.length, topLevel.length) : null,
    topLevelComments: topLevel.length,
    repliedComments: delays.length,
    medianReplyDelayMinutes: enough ? median(delays) : null,
    postsWithReplies: postsWithReplies.size,
    postsWithComments: postsWithComments.size,
    postsWithRepliesShare: enough ? share(postsWithReplies.size, postsWithComments.size) : null,
    evidence: { repliedThreads, unansweredExamples },
    notEnoughData: enough
      ? []
      : [
          `responsiveness: ${topLevel.length} top-level comment(s) by other accounts, need at least ${opts.minComments}`,
        ],
  };
}

function thread(
  c: Comment,
  replies: Comment[],
  first: number | null,
  isCreator: (c: Comment) => boolean,
): Thread {
  return {
    postId: c.platformPostId,
    comment: { id: c.platformCommentId, author: c.authorUsername, text: c.text, createdAt: iso(c.createdAt) },
    replies: [...replies]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((r) => ({
        id: r.platformCommentId,
        author: r.authorUsername,
        text: r.text,
        createdAt: iso(r.createdAt),
        byCreator: isCreator(r),
      })),
    firstCreatorReplyMinutes: first === null ? null : Math.max(0, first - c.createdAt) / 60_000,
  };
}

/**
 * The creator's first reply to each comment, by the comment's id: what "replied" means
 * in the audit and in the comment browser alike.
 */
export function firstCreatorReplies(comments: readonly Comment[], isCreator: (c: Comment) => boolean) {
  const first = new Map<string, Comment>();
  for (const c of comments) {
    if (c.parentId === null || !isCreator(c)) continue;
    const seen = first.get(c.parentId);
    if (!seen || c.createdAt < seen.createdAt) first.set(c.parentId, c);
  }
  return first;
}
