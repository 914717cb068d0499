// Per-comment flags for the comment browser: generic, spam, possibly spam, duplicate,
// replied and repeat commenter. They are the audit's own rules applied to one comment at a
// time, so filtering the browser by a flag lists exactly the comments the audit
// counted: classifyText (comment-rules.ts) for generic and duplicate texts,
// spamVerdict (comment-spam.ts, the spam half of classifyComment) for spam and
// possibly spam, a
// creator reply as in responsiveness.ts, and the latest audit's repeat commenters.
import { type AuditInput, creatorMatcher } from "./audit.js";
import { authorKey } from "./comment-quality.js";
import { classifyText, duplicateKey, type GenericKind } from "./comment-rules.js";
import { spamVerdict } from "./comment-spam.js";
import { indexTextPosts, isDuplicateText } from "./duplicate-texts.js";
import { firstCreatorReplies } from "./responsiveness.js";
import type { Comment } from "./types.js";

export const COMMENT_FILTERS = [
  "all",
  "generic",
  "spam",
  "possible_spam",
  "duplicate",
  "replied",
  "repeat",
] as const;
export type CommentFilter = (typeof COMMENT_FILTERS)[number];

export interface CommentFlags {
  /** The kind of generic text, or null when the text says something. */
  generic: GenericKind | null;
  /** Spam or a scam (the model is sure): the reasons (rule names, "model") and pSpam; null when not spam. */
  spam: { pSpam: number; reasons: string[] } | null;
  /** Possibly spam (a rule, or the model below its sure threshold): shown, not counted; null otherwise. */
  possibleSpam: { pSpam: number; reasons: string[] } | null;
  /** Its normalised, non-generic text appears on two or more posts. */
  duplicate: boolean;
  /** A top-level comment the creator replied to. */
  replied: boolean;
  /** Its author is one of the audit's repeat commenters. */
  repeat: boolean;
}

export interface FlaggedComment {
  comment: Comment;
  /** The account behind the comment, as the audit names it (username, else platform id). */
  author: string | null;
  flags: CommentFlags;
  /** The creator's first reply to this comment, when there is one. */
  creatorReply: Comment | null;
}

/**
 * Other accounts' comments on the newest `commentWindow` posts (the audit's comment window),
 * each with its flags, in the input's order. The creator's own comments are not listed: they
 * are the replies, attached to the comment they answer.
 */
export function flagComments(
  input: Pick<AuditInput, "account" | "posts" | "comments">,
  opts: { commentWindow: number; repeatCommenters: readonly string[] },
): FlaggedComment[] {
  const windowPosts = new Set(
    [...input.posts]
      .sort((a, b) => b.takenAt - a.takenAt)
      .slice(0, opts.commentWindow)
      .map((p) => p.platformPostId),
  );
  const comments = input.comments.filter((c) => windowPosts.has(c.platformPostId));
  const isCreator = creatorMatcher(input.account);
  const repeat = new Set(opts.repeatCommenters);

  const firstCreatorReply = firstCreatorReplies(comments, isCreator);

  const others = comments.filter((c) => !isCreator(c));
  const classified = others.map((c) => {
    const classified = classifyText(c.text);
    // As in comment-quality.ts: generic texts and bare friend tags repeat everywhere by nature
    // and are never duplicates.
    return { c, generic: classified.generic, norm: duplicateKey(classified) };
  });
  const textPosts = indexTextPosts(
    classified.map((t) => t.c.platformPostId),
    classified.map((t) => t.norm),
  );

  return classified.map(({ c, generic, norm }) => {
    const author = authorKey(c);
    const reply = c.parentId === null ? (firstCreatorReply.get(c.platformCommentId) ?? null) : null;
    // The generic check is made above; only the spam half of classifyComment is left to do.
    const verdict = spamVerdict(c.text);
    return {
      comment: c,
      author,
      flags: {
        generic,
        spam: verdict.level === "spam" ? { pSpam: verdict.pSpam, reasons: verdict.reasons } : null,
        possibleSpam:
          verdict.level === "possible_spam" ? { pSpam: verdict.pSpam, reasons: verdict.reasons } : null,
        duplicate: isDuplicateText(textPosts, norm),
        replied: reply !== null,
        repeat: author !== null && repeat.has(author),
      },
      creatorReply: reply,
    };
  });
}

export function matchesFilter(f: FlaggedComment, filter: CommentFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "generic":
      return f.flags.generic !== null;
    case "spam":
      return f.flags.spam !== null;
    case "possible_spam":
      return f.flags.possibleSpam !== null;
    case "duplicate":
      return f.flags.duplicate;
    case "replied":
      return f.flags.replied;
    case "repeat":
      return f.flags.repeat;
  }
}
