// Comment quality: generic comments (rules), spam and scams (comment-spam.ts: the spam
// model where it is sure), comments that are possibly spam (a spam rule, or the model
// below its sure threshold: counted and shown, never held against the creator), the same
// text on several posts, repeat commenters (pod candidates) and comments arriving minutes
// after posting. Counts are over other accounts' comments (the creator's own replies excluded).
import { classifyText, duplicateKey, type GenericKind } from "./comment-rules.js";
import { spamVerdict } from "./comment-spam.js";
import { indexTextPosts, isDuplicateText, postCount, type TextPosts } from "./duplicate-texts.js";
import { share } from "./stats.js";
import type { Comment, Post } from "./types.js";

export interface CommentQualityOptions {
  minComments: number;
  /** An account is a repeat commenter when it comments on more than this share of posts. */
  repeatPostShare: number;
  /** Fewest posts with comments before repeat commenters are looked for. */
  minPostsForRepeat: number;
  fastMinutes: number;
  evidenceLimit: number;
}

export interface PostCommentQuality {
  postId: string;
  total: number;
  generic: number;
  spam: number;
  duplicate: number;
  fast: number;
  byRepeatCommenters: number;
  genericShare: number | null;
}

export interface CommentQuality {
  total: number;
  generic: number;
  genericShare: number | null;
  genericByKind: Record<GenericKind, number>;
  /**
   * Comments that tag friends (one account mentioned, or mentions with words of the
   * commenter's own): not generic, whatever their words. Not computed before audit-v6.
   */
  friendTags: number;
  /** Spam or scam comments: the model's pSpam reached its sure threshold (SPAM_THRESHOLD). */
  spam: number;
  spamShare: number | null;
  /** How many spam comments each reason flagged (a rule's name, or "model"). */
  spamByReason: Record<string, number>;
  /**
   * Possibly spam: a spam rule fired or pSpam reached POSSIBLE_SPAM_THRESHOLD, but the model
   * is not sure. Shown, never counted in `inauthentic` or the trust score. Not computed before
   * audit-v5 (null in a stored audit read as AuditResult).
   */
  possibleSpam: number;
  possibleSpamShare: number | null;
  /** How many possibly-spam comments each reason flagged (a rule's name, or "model"). */
  possibleSpamByReason: Record<string, number>;
  /** Comments that are generic or spam (not possibly spam), each counted once (the trust score reads this). */
  inauthentic: number;
  inauthenticShare: number | null;
  duplicate: number;
  duplicateShare: number | null;
  fast: number;
  fastShare: number | null;
  fastMinutes: number;
  /**
   * Accounts on more than repeatPostShare of the posts, with how many of their comments came
   * within fastMinutes of the post and how many are generic (the pod check reads these), and
   * up to two of their fast comments' ids.
   */
  repeatCommenters: {
    author: string;
    posts: number;
    comments: number;
    fast: number;
    generic: number;
    fastIds: string[];
  }[];
  repeatCommenterShare: number | null;
  perPost: PostCommentQuality[];
  examples: {
    generic: { id: string; postId: string; author: string | null; text: string; kind: GenericKind }[];
    spam: SpamExample[];
    /** Possibly-spam comments (not computed before audit-v5). */
    possibleSpam: SpamExample[];
    duplicates: { text: string; comments: number; posts: number; ids: string[] }[];
    fast: { id: string; postId: string; author: string | null; text: string; minutesAfterPost: number }[];
  };
  notEnoughData: string[];
}

/** A spam or possibly-spam comment shown as evidence, with its label as `vouch comments classify` gives it. */
export interface SpamExample {
  id: string;
  postId: string;
  author: string | null;
  text: string;
  label: "spam" | "possible_spam";
  pSpam: number;
  reasons: string[];
}

export function computeCommentQuality(
  posts: readonly Post[],
  comments: readonly Comment[],
  isCreator: (c: Comment) => boolean,
  opts: CommentQualityOptions,
): CommentQuality {
  const takenAt = new Map(posts.map((p) => [p.platformPostId, p.takenAt]));
  // Other accounts' comments with their tags, as parallel arrays: no object per comment.
  const others: Comment[] = [];
  const kinds: (GenericKind | null)[] = [];
  const norms: string[] = [];
  const authors: (string | null)[] = [];
  let friendTags = 0;
  // Short texts repeat ("🔥🔥", "love this", a pod's words): each distinct one is read once.
  const classes = new Map<string, ReturnType<typeof classifyText>>();
  for (const c of comments) {
    if (isCreator(c)) continue;
    let classified = classes.get(c.text);
    if (!classified) {
      classified = classifyText(c.text);
      classes.set(c.text, classified);
    }
    others.push(c);
    kinds.push(classified.generic);
    if (classified.friendTag && !classified.generic) friendTags++;
    // Generic texts and bare friend tags repeat everywhere by nature; only texts that say
    // something count as duplicates.
    norms.push(duplicateKey(classified));
    authors.push(authorKey(c));
  }

  const textPosts = indexTextPosts(
    others.map((c) => c.platformPostId),
    norms,
  );

  // Accounts that comment on more than repeatPostShare of the posts that have comments.
  const authorPosts = new Map<string, Set<string>>();
  const authorComments = new Map<string, number>();
  const postsWithComments = new Set<string>();
  for (let i = 0; i < others.length; i++) {
    const c = others[i] as Comment;
    const author = authors[i];
    postsWithComments.add(c.platformPostId);
    if (!author) continue;
    const set = authorPosts.get(author);
    if (set) set.add(c.platformPostId);
    else authorPosts.set(author, new Set([c.platformPostId]));
    authorComments.set(author, (authorComments.get(author) ?? 0) + 1);
  }
  const repeatOk = postsWithComments.size >= opts.minPostsForRepeat;
  const repeatCommenters = repeatOk
    ? [...authorPosts]
        .filter(([, set]) => set.size > opts.repeatPostShare * postsWithComments.size)
        .map(([author, set]) => ({
          author,
          posts: set.size,
          comments: authorComments.get(author) ?? 0,
          fast: 0,
          generic: 0,
          fastIds: [] as string[],
        }))
        .sort((a, b) => b.posts - a.posts || b.comments - a.comments || a.author.localeCompare(b.author))
    : [];
  const repeatByAuthor = new Map(repeatCommenters.map((r) => [r.author, r]));

  const perPostMap = new Map<string, PostCommentQuality>();
  const genericByKind: Record<GenericKind, number> = { emoji_only: 0, mention_only: 0, stock_praise: 0 };
  const examples: CommentQuality["examples"] = {
    generic: [],
    spam: [],
    possibleSpam: [],
    duplicates: [],
    fast: [],
  };
  const spamByReason: Record<string, number> = {};
  const possibleSpamByReason: Record<string, number> = {};
  const spamCache = new Map<string, ReturnType<typeof spamVerdict>>();
  let generic = 0;
  let spam = 0;
  let possibleSpam = 0;
  let inauthentic = 0;
  let duplicate = 0;
  let fast = 0;
  let byRepeat = 0;
  const fastMs = opts.fastMinutes * 60_000;

  // Comments come grouped by post: the post's entries are looked up only when the post changes.
  let pp: PostCommentQuality | undefined;
  let posted: number | undefined;
  for (let i = 0; i < others.length; i++) {
    const c = others[i] as Comment;
    const norm = norms[i] as string;
    const postId = c.platformPostId;
    if (pp?.postId !== postId) {
      pp = perPostMap.get(postId);
      if (!pp) {
        pp = {
          postId,
          total: 0,
          generic: 0,
          spam: 0,
          duplicate: 0,
          fast: 0,
          byRepeatCommenters: 0,
          genericShare: null,
        };
        perPostMap.set(postId, pp);
      }
      posted = takenAt.get(postId);
    }
    pp.total++;
    const kind = kinds[i];
    if (kind) {
      generic++;
      pp.generic++;
      genericByKind[kind]++;
      if (examples.generic.length < opts.evidenceLimit)
        examples.generic.push({
          id: c.platformCommentId,
          postId,
          author: c.authorUsername,
          text: c.text,
          kind,
        });
    }
    {
      // The same rule as `vouch comments classify` (spam wins over generic). Bought and pod
      // comments repeat word for word, so each distinct text is classified once.
      let verdict = spamCache.get(c.text);
      if (!verdict) {
        verdict = spamVerdict(c.text);
        spamCache.set(c.text, verdict);
      }
      // Only sure spam counts against the creator; possibly spam is shown.
      if (kind || verdict.level === "spam") inauthentic++;
      if (verdict.level !== null) {
        const sure = verdict.level === "spam";
        if (sure) {
          spam++;
          pp.spam++;
        } else possibleSpam++;
        const byReason = sure ? spamByReason : possibleSpamByReason;
        for (const r of verdict.reasons) byReason[r] = (byReason[r] ?? 0) + 1;
        const list = sure ? examples.spam : examples.possibleSpam;
        if (list.length < opts.evidenceLimit)
          list.push({
            id: c.platformCommentId,
            postId,
            author: c.authorUsername,
            text: c.text,
            label: verdict.level,
            pSpam: verdict.pSpam,
            reasons: verdict.reasons,
          });
      }
    }
    if (isDuplicateText(textPosts, norm)) {
      duplicate++;
      pp.duplicate++;
    }
    const isFast = posted !== undefined && c.createdAt - posted <= fastMs && c.createdAt >= posted;
    if (isFast) {
      fast++;
      pp.fast++;
      if (examples.fast.length < opts.evidenceLimit)
        examples.fast.push({
          id: c.platformCommentId,
          postId,
          author: c.authorUsername,
          text: c.text,
          minutesAfterPost: (c.createdAt - (posted as number)) / 60_000,
        });
    }
    const author = authors[i];
    const repeat = author ? repeatByAuthor.get(author) : undefined;
    if (repeat) {
      byRepeat++;
      pp.byRepeatCommenters++;
      if (kind) repeat.generic++;
      if (isFast) {
        repeat.fast++;
        if (repeat.fastIds.length < 2) repeat.fastIds.push(c.platformCommentId);
      }
    }
  }
  for (const pp of perPostMap.values()) pp.genericShare = share(pp.generic, pp.total);

  examples.duplicates = duplicateGroups(others, norms, textPosts, opts.evidenceLimit);

  const enough = others.length >= opts.minComments;
  const notEnoughData: string[] = [];
  if (!enough)
    notEnoughData.push(
      `comment quality: ${others.length} comment(s) by other accounts, need at least ${opts.minComments}`,
    );
  if (!repeatOk)
    notEnoughData.push(
      `repeat commenters: ${postsWithComments.size} post(s) with comments, need at least ${opts.minPostsForRepeat}`,
    );

  return {
    total: others.length,
    generic,
    genericShare: enough ? share(generic, others.length) : null,
    genericByKind,
    friendTags,
    spam,
    spamShare: enough ? share(spam, others.length) : null,
    spamByReason,
    possibleSpam,
    possibleSpamShare: enough ? share(possibleSpam, others.length) : null,
    possibleSpamByReason,
    inauthentic,
    inauthenticShare: enough ? share(inauthentic, others.length) : null,
    duplicate,
    duplicateShare: enough ? share(duplicate, others.length) : null,
    fast,
    fastShare: enough ? share(fast, others.length) : null,
    fastMinutes: opts.fastMinutes,
    repeatCommenters,
    repeatCommenterShare: enough && repeatOk ? share(byRepeat, others.length) : null,
    perPost: [...perPostMap.values()],
    examples,
    notEnoughData,
  };
}

/** The account behind a comment: its username when known (readable in evidence), else its platform id. */
export function authorKey(c: Comment): string | null {
  return c.authorUsername ?? c.authorId;
}

function duplicateGroups(
  others: readonly Comment[],
  norms: readonly string[],
  textPosts: TextPosts,
  limit: number,
) {
  const groups = new Map<string, { text: string; ids: string[] }>();
  for (let i = 0; i < others.length; i++) {
    const norm = norms[i] as string;
    const c = others[i] as Comment;
    if (!norm || postCount(textPosts, norm) < 2) continue;
    const g = groups.get(norm);
    if (g) g.ids.push(c.platformCommentId);
    else groups.set(norm, { text: c.text, ids: [c.platformCommentId] });
  }
  return [...groups]
    .map(([norm, g]) => ({
      text: g.text,
      comments: g.ids.length,
      posts: postCount(textPosts, norm),
      ids: g.ids.slice(0, 20),
    }))
    .sort((a, b) => b.comments - a.comments || a.text.localeCompare(b.text))
    .slice(0, limit);
}
