// Rules that classify one comment's text. "Generic" follows METHODS.md: emoji-only,
// one-word (or stock short) praise, or nothing but @mentions of several accounts. A
// friend tag (one account mentioned, or mentions with words of the commenter's own) is
// not generic: on Instagram, tagging a friend under a post is among the most genuine
// things a follower does. See docs/methodology.md, 5.2.
import { spacedWords, squeezeLetterRuns } from "./word-runs.js";

/** Stock praise that says nothing about the post. Compared after normalizeText. */
const GENERIC_PHRASES = new Set([
  "wow",
  "cool",
  "amazing",
  "nice",
  "beautiful",
  "gorgeous",
  "awesome",
  "great",
  "love",
  "lovely",
  "perfect",
  "stunning",
  "wonderful",
  "super",
  "fantastic",
  "incredible",
  "fire",
  "lit",
  "dope",
  "cute",
  "pretty",
  "omg",
  "yes",
  "yay",
  "goals",
  "epic",
  "sick",
  "excellent",
  "brilliant",
  "magnificent",
  "fab",
  "fabulous",
  "woah",
  "whoa",
  "beauty",
  "queen",
  "king",
  "nice pic",
  "nice pics",
  "nice photo",
  "nice shot",
  "nice post",
  "great pic",
  "great shot",
  "great post",
  "great photo",
  "cool pic",
  "cool post",
  "love it",
  "love this",
  "love that",
  "so cool",
  "so nice",
  "so beautiful",
  "so cute",
  "so good",
  "looks good",
  "looks great",
  "very nice",
  "very cool",
  "amazing pic",
  "amazing shot",
  "amazing post",
  "beautiful pic",
  "beautiful shot",
  "awesome pic",
  "awesome post",
  "awesome shot",
  "well done",
  "keep it up",
  "nice one",
  "good one",
  "great job",
  "nice work",
  "great content",
  "nice content",
  "love your content",
  "love your feed",
  "nice feed",
  "great feed",
]);

const MAX_PHRASE_LENGTH = Math.max(...[...GENERIC_PHRASES].map((p) => p.length));
const MAX_PHRASE_SPACES = Math.max(...[...GENERIC_PHRASES].map((p) => p.split(" ").length - 1));
/** The list with every doubled letter made single, to match stretched spellings ("soo good" → "so god"). */
const GENERIC_SINGLE = new Set([...GENERIC_PHRASES].map(singleLetters));

/**
 * A run of a handle's characters after its "@" (normalizeText reads mentions the same way).
 * Bounded and sticky: an unbounded "+" over code points could exhaust the regex stack on a
 * long text, so handleEnd steps run by run.
 */
const HANDLE_RUN = /[\p{L}\p{N}._]{1,4096}/uy;

/**
 * Lower case, mentions removed, emoji and punctuation turned into single spaces,
 * runs of three or more of one letter shortened to two ("sooo goood" → "soo good",
 * "coooool" → "cool"). This runs on every comment: each step is skipped when it has
 * nothing to do, and the result is a flat string (it becomes a Map key).
 */
export function normalizeText(text: string): string {
  // Loops, not regexes: any length of text is safe (word-runs.ts).
  const s = asciiWords(text) ?? spacedWords(text.toLowerCase(), true);
  return hasTriple(s) ? squeezeLetterRuns(s) : s;
}

/**
 * normalizeText's first steps for a text of ASCII characters only, in one loop instead of
 * spacedWords, which reads code points (most comments in the benchmark's hundred thousand): letters lowered,
 * digits kept, a mention or any run of other characters made one space, no space at either
 * end. Returns null as soon as a non-ASCII character shows; spacedWords then does the work.
 * test/core/comment-rules.test.ts checks both paths give the same result.
 */
function asciiWords(text: string): string | null {
  let out = "";
  let start = -1; // start of the pending run of word characters in `text`
  let space = false; // a separator is pending between two words
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return null;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start === -1) {
        if (space && out.length) out += " ";
        space = false;
        start = i;
      }
      if (upper) {
        // Lowering changes the text: copy what came before, then go char by char.
        out += text.slice(start, i);
        start = -1;
        let j = i;
        for (; j < n; j++) {
          c = text.charCodeAt(j);
          if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
          else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += text[j];
          else break;
        }
        i = j - 1;
      }
      continue;
    }
    if (start !== -1) {
      out += text.slice(start, i);
      start = -1;
    }
    space = true;
    if (c === 64) {
      // A mention: @ followed by letters, digits, dots and underscores.
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 128) return null;
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 46 || d === 95))
          break;
      }
      i = j - 1;
    }
  }
  if (start !== -1) out += text.slice(start);
  return out;
}

/**
 * Three equal UTF-16 units in a row, or a character outside the BMP (whose two units never
 * repeat one another, so its runs are left to squeezeLetterRuns): a cheap test before it.
 */
function hasTriple(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return true;
    if (c === s.charCodeAt(i - 1)) {
      if (++run === 3) return true;
    } else run = 1;
  }
  return false;
}

function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(" "); i !== -1; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/** Every doubled letter made single: "woow" → "wow". */
function singleLetters(norm: string): string {
  return norm.replace(/(\p{L})\1/gu, "$1");
}

export type GenericKind = "emoji_only" | "mention_only" | "stock_praise";

export interface ClassifiedText {
  generic: GenericKind | null;
  /** The comment tags accounts as a friend does: one account, or mentions with words of its own. */
  friendTag: boolean;
  /**
   * normalizeText of the comment; "" when it has no words of its own. A friend tag whose
   * words are stock praise ("@bob love this") keeps its words here: the callers leave it out
   * of duplicate texts by `friendTag` and `stock`.
   */
  norm: string;
  /** The words are stock praise (generic, unless the comment is a friend tag). */
  stock: boolean;
}

export function classifyText(text: string): ClassifiedText {
  const norm = normalizeText(text);
  if (norm === "") {
    const mentioned = mentionedAccounts(text);
    if (mentioned === 0) return { generic: "emoji_only", friendTag: false, norm, stock: false };
    const friendTag = mentioned === 1;
    return { generic: friendTag ? null : "mention_only", friendTag, norm, stock: false };
  }
  // Only short texts can be stock praise; the length test spares the regex on every long comment.
  const stock =
    norm.length <= MAX_PHRASE_LENGTH * 2 &&
    (GENERIC_PHRASES.has(norm) ||
      (spaces(norm) <= MAX_PHRASE_SPACES && GENERIC_SINGLE.has(singleLetters(norm))));
  // Words beside a mention make it a friend tag, even stock ones: "@bob love this" asks a
  // friend to look, which praise for the creator alone does not.
  const friendTag = text.includes("@") && mentionedAccounts(text) > 0;
  return { generic: stock && !friendTag ? "stock_praise" : null, friendTag, norm, stock };
}

/**
 * Whether a comment's text may count as the same text on several posts: not generic, and
 * not a friend tag without words of its own or with stock words only ("@ann 🔥", "@bob love
 * this" under every post is a fan tagging friends, not a text pasted from post to post).
 */
export function duplicateKey(c: ClassifiedText): string {
  return c.generic || (c.friendTag && (c.norm === "" || c.stock)) ? "" : c.norm;
}

/**
 * How many different accounts the text @mentions (case-insensitive), as normalizeText reads
 * a mention: "@" then letters, digits, "." and "_". A loop, not a global regex: any length
 * of text is safe, and counting stops at two, all the rules need.
 */
function mentionedAccounts(text: string): number {
  let first: string | null = null;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const end = handleEnd(text, at + 1);
    if (end === at + 1) continue;
    const handle = text.slice(at + 1, end).toLowerCase();
    if (first === null) first = handle;
    else if (handle !== first) return 2;
    at = end - 1;
  }
  return first === null ? 0 : 1;
}

function handleEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    HANDLE_RUN.lastIndex = end;
    if (!HANDLE_RUN.test(text)) return end;
    end = HANDLE_RUN.lastIndex;
  }
}

export function genericKind(text: string): GenericKind | null {
  return classifyText(text).generic;
}
