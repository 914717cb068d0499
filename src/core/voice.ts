// The creator's voice ("get an idea of their personality"): how they write captions —
// language, length, questions, calls to action, emoji, hashtags — which languages their
// audience comments in, and how they reply. Descriptive figures with examples, no verdict.
// The audience's language is read on an even, deterministic sample of comments, so an
// account with 100,000 comments costs what one with 1,000 does. See docs/methodology.md, 5e.
import { callsToActionIn } from "./call-to-action.js";
import { emojiIn } from "./emoji.js";
import { evenSample } from "./even-sample.js";
import { hashtagsOf, proseOf } from "./keyword-text.js";
import { hasProseLetters, LANGUAGE_DETECTOR, type LanguageMix, languageMix } from "./language-mix.js";
import { iso, median, share } from "./stats.js";
import type { Comment, Post } from "./types.js";

export interface VoiceOptions {
  /** Fewest captions with text for the caption figures. */
  minCaptions: number;
  /** Fewest replies by the creator for the reply figures. */
  minReplies: number;
  /** Fewest letters (outside links, mentions, hashtags) for a text's language to be judged. */
  minLetters: number;
  /** Fewest captions whose language was determined for caption language shares. */
  minCaptionLanguages: number;
  /** Fewest sampled comments whose language was determined for audience language shares. */
  minAudienceLanguages: number;
  /** Most comments by others read for the audience's languages. */
  audienceSample: number;
  /** Length of the top emoji, hashtag and call-to-action lists. */
  topLimit: number;
  /** Example replies kept. */
  exampleLimit: number;
}

export const DEFAULT_VOICE_OPTIONS: VoiceOptions = {
  minCaptions: 5,
  minReplies: 5,
  minLetters: 10,
  minCaptionLanguages: 5,
  minAudienceLanguages: 20,
  audienceSample: 1000,
  topLimit: 10,
  exampleLimit: 5,
};

export const VOICE_METHOD = `voice-v1+${LANGUAGE_DETECTOR}`;

export interface ReplyExample {
  id: string;
  postId: string;
  text: string;
  createdAt: string;
  /** The comment the reply answers; null when it is not among the comments read. */
  answers: { id: string; author: string | null; text: string } | null;
}

export interface Voice {
  method: string;
  captions: {
    /** Posts with caption text; the figures below are over these. */
    read: number;
    /** In Unicode code points, as Instagram counts them. */
    medianLength: number | null;
    questionShare: number | null;
    callToActionShare: number | null;
    /** Phrases found, with the captions that have each. */
    callsToAction: { phrase: string; captions: number }[];
    emojiShare: number | null;
    emojiPerCaption: number | null;
    topEmoji: { emoji: string; count: number }[];
    hashtagsPerCaption: number | null;
    /** Lower-cased hashtags with the captions that use each. */
    topHashtags: { tag: string; posts: number }[];
    languages: LanguageMix;
  };
  audience: {
    /** All comments by other accounts, top level and replies. */
    commentsByOthers: number;
    /** Comments in the language sample: at most audienceSample, each with minLetters letters. */
    sampleSize: number;
    undetermined: number;
    languages: LanguageMix["languages"];
  };
  replies: {
    /** Replies by the creator (comments with a parent). */
    count: number;
    medianLength: number | null;
    questionShare: number | null;
    /** Share of replies that @mention the author of the comment they answer… */
    mentionShare: number | null;
    /** …out of the replies whose comment and its author are known. */
    withKnownCommenter: number;
    examples: ReplyExample[];
  };
  notEnoughData: string[];
}

const QUESTION = /[?¿？]/;

/** Length in code points: UTF-16 units less the second half of each surrogate pair. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** Keys by count, most first, ties in code-unit order; at most `limit`. */
function top(counts: Map<string, number>, limit: number): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function computeVoice(
  posts: readonly Post[],
  comments: readonly Comment[],
  isCreator: (c: Comment) => boolean,
  options: Partial<VoiceOptions> = {},
): Voice {
  const opts = { ...DEFAULT_VOICE_OPTIONS, ...options };
  const notEnoughData: string[] = [];
  const captions = captionFigures(posts, opts, notEnoughData);

  // One pass over the comments: the creator's replies, everyone else's by post.
  const replies: Comment[] = [];
  const othersByPost = new Map<string, Comment[]>();
  let commentsByOthers = 0;
  for (const c of comments) {
    if (isCreator(c)) {
      if (c.parentId !== null) replies.push(c);
      continue;
    }
    commentsByOthers++;
    const list = othersByPost.get(c.platformPostId);
    if (list) list.push(c);
    else othersByPost.set(c.platformPostId, [c]);
  }

  return {
    method: VOICE_METHOD,
    captions,
    audience: { commentsByOthers, ...audienceLanguages(posts, othersByPost, opts, notEnoughData) },
    replies: replyFigures(replies, comments, opts, notEnoughData),
    notEnoughData,
  };
}

function captionFigures(
  posts: readonly Post[],
  opts: VoiceOptions,
  notEnoughData: string[],
): Voice["captions"] {
  const captions = posts.map((p) => p.caption?.trim() ?? "").filter((c) => c.length > 0);
  const lengths: number[] = [];
  let questions = 0;
  let withCta = 0;
  let withEmoji = 0;
  let emojiTotal = 0;
  let hashtagTotal = 0;
  const ctaCounts = new Map<string, number>();
  const emojiCounts = new Map<string, number>();
  const tagCounts = new Map<string, number>();
  for (const caption of captions) {
    lengths.push(codePoints(caption));
    if (QUESTION.test(proseOf(caption))) questions++;
    const ctas = callsToActionIn(caption);
    if (ctas.length > 0) withCta++;
    for (const phrase of ctas) bump(ctaCounts, phrase);
    const emoji = emojiIn(caption);
    if (emoji.length > 0) withEmoji++;
    emojiTotal += emoji.length;
    for (const e of emoji) bump(emojiCounts, e);
    const tags = hashtagsOf(caption).map((t) => t.toLowerCase());
    hashtagTotal += tags.length;
    for (const t of new Set(tags)) bump(tagCounts, t);
  }
  const enough = captions.length >= opts.minCaptions;
  if (!enough)
    notEnoughData.push(`voice: ${captions.length} caption(s) with text, need at least ${opts.minCaptions}`);
  const perCaption = (part: number) => (enough ? share(part, captions.length) : null);
  const languages = languageMix(captions, opts.minLetters, opts.minCaptionLanguages);
  if (languages.languages === null)
    notEnoughData.push(
      `caption languages: ${captions.length - languages.undetermined} caption(s) in a language that could be told, need at least ${opts.minCaptionLanguages}`,
    );
  return {
    read: captions.length,
    medianLength: enough ? median(lengths) : null,
    questionShare: perCaption(questions),
    callToActionShare: perCaption(withCta),
    callsToAction: top(ctaCounts, opts.topLimit).map(([phrase, n]) => ({ phrase, captions: n })),
    emojiShare: perCaption(withEmoji),
    emojiPerCaption: perCaption(emojiTotal),
    topEmoji: top(emojiCounts, opts.topLimit).map(([emoji, count]) => ({ emoji, count })),
    hashtagsPerCaption: perCaption(hashtagTotal),
    topHashtags: top(tagCounts, opts.topLimit).map(([tag, n]) => ({ tag, posts: n })),
    languages,
  };
}

/** The audience's languages on an even sample: newest post first, each post's comments by time. */
function audienceLanguages(
  posts: readonly Post[],
  othersByPost: Map<string, Comment[]>,
  opts: VoiceOptions,
  notEnoughData: string[],
): Omit<Voice["audience"], "commentsByOthers"> {
  const postOrder = [...posts].sort(
    (a, b) => b.takenAt - a.takenAt || (a.platformPostId < b.platformPostId ? -1 : 1),
  );
  const groupIds = postOrder.map((p) => p.platformPostId).filter((id) => othersByPost.has(id));
  const known = new Set(groupIds);
  // Comments on posts not passed in come last, by post id.
  groupIds.push(...[...othersByPost.keys()].filter((id) => !known.has(id)).sort());
  const groups = groupIds.map((id) => (othersByPost.get(id) as Comment[]).sort(byTime));
  const sample = evenSample(groups, opts.audienceSample, (c) => hasProseLetters(c.text, opts.minLetters));
  const mix = languageMix(
    sample.map((c) => c.text),
    opts.minLetters,
    opts.minAudienceLanguages,
  );
  if (mix.languages === null)
    notEnoughData.push(
      `audience languages: ${sample.length - mix.undetermined} comment(s) by others in a language that could be told, need at least ${opts.minAudienceLanguages}`,
    );
  return { sampleSize: sample.length, undetermined: mix.undetermined, languages: mix.languages };
}

/** How the creator replies, with the comments the replies answer. */
function replyFigures(
  replies: readonly Comment[],
  comments: readonly Comment[],
  opts: VoiceOptions,
  notEnoughData: string[],
): Voice["replies"] {
  const parentIds = new Set(replies.map((r) => r.parentId as string));
  const parents = new Map<string, Comment>();
  if (parentIds.size > 0)
    for (const c of comments) if (parentIds.has(c.platformCommentId)) parents.set(c.platformCommentId, c);
  let questions = 0;
  let mentions = 0;
  let withKnownCommenter = 0;
  const lengths: number[] = [];
  for (const r of replies) {
    const text = r.text.trim();
    lengths.push(codePoints(text));
    if (QUESTION.test(proseOf(text))) questions++;
    const author = parents.get(r.parentId as string)?.authorUsername;
    if (author) {
      withKnownCommenter++;
      if (mentionsUser(text, author)) mentions++;
    }
  }
  const enough = replies.length >= opts.minReplies;
  if (!enough)
    notEnoughData.push(
      `creator replies: ${replies.length} repl(ies) by the creator, need at least ${opts.minReplies}`,
    );

  // Examples spread over the replies' time span rather than the first few.
  const ordered = [...replies].sort(byTime);
  const exampleCount = Math.min(opts.exampleLimit, ordered.length);
  const examples: ReplyExample[] = [];
  for (let j = 0; j < exampleCount; j++) {
    const r = ordered[Math.floor(((j + 0.5) * ordered.length) / exampleCount)] as Comment;
    const parent = parents.get(r.parentId as string);
    examples.push({
      id: r.platformCommentId,
      postId: r.platformPostId,
      text: r.text,
      createdAt: iso(r.createdAt),
      answers: parent
        ? { id: parent.platformCommentId, author: parent.authorUsername, text: parent.text }
        : null,
    });
  }
  return {
    count: replies.length,
    medianLength: enough ? median(lengths) : null,
    questionShare: enough ? share(questions, replies.length) : null,
    mentionShare: enough ? share(mentions, withKnownCommenter) : null,
    withKnownCommenter,
    examples,
  };
}

function byTime(a: Comment, b: Comment): number {
  return (
    a.createdAt - b.createdAt ||
    (a.platformCommentId < b.platformCommentId ? -1 : a.platformCommentId > b.platformCommentId ? 1 : 0)
  );
}

const MENTION = /@([\p{L}\p{N}._]+)/gu;

/** Does the text @mention this username (ignoring case and a full stop that ends the sentence)? */
function mentionsUser(text: string, username: string): boolean {
  const name = username.toLowerCase();
  for (const m of text.matchAll(MENTION)) {
    const mentioned = (m[1] as string).toLowerCase();
    if (mentioned === name || mentioned.replace(/\.+$/, "") === name) return true;
  }
  return false;
}
