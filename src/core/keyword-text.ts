// Text as the niche and voice figures read it. Folding lets a keyword list written once
// match every spelling a creator uses: "Rezept", "RÉCETTE", "Fußball", "𝐑𝐢𝐜𝐞𝐭𝐭𝐚" fold to
// rezept, recette, fussball, ricetta. (comment-spam-features.ts folds differently on
// purpose: the spam model was trained with accents kept.)

// Letters that NFKD does not split into a base letter and a mark.
const LIGATURES: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ı: "i" };
const LIGATURE = /[ßæœøłđı]/g;
const MARKS = /\p{M}/gu;
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Lower case, compatibility forms decomposed (NFKD), combining marks dropped, ß/æ/œ spelled out. */
export function foldKeywordText(s: string): string {
  const lower = s.toLowerCase();
  // Most captions are plain ASCII: nothing to decompose.
  if (!NOT_PLAIN_ASCII.test(lower)) return lower;
  return lower
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c);
}

// A hashtag runs over letters, marks, digits and underscores; Instagram ends it at anything else.
const HASHTAG = /#([\p{L}\p{M}\p{N}_]+)/gu;
const MENTION = /@[\p{L}\p{M}\p{N}._]+/gu;
const URL = /(?:https?:\/\/|www\.)\S+/giu;

/** The hashtags of a text, without "#", as written (case kept). */
export function hashtagsOf(s: string): string[] {
  const tags: string[] = [];
  for (const m of s.matchAll(HASHTAG)) tags.push(m[1] as string);
  return tags;
}

// Only a text with one of these can hold a link, mention or hashtag: most comments have none.
const MAYBE_MARKUP = /[@#]|https?:|www\./i;

/** The text with links, @mentions and #hashtags blanked out: what the person wrote in words. */
export function proseOf(s: string): string {
  if (!MAYBE_MARKUP.test(s)) return s;
  return s.replace(URL, " ").replace(MENTION, " ").replace(HASHTAG, " ");
}

// Words joined by a hyphen ("bien-être", "Ganzkörper-Workout") stay one word, hyphens kept:
// the caller decides whether to read it whole or by part.
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Words of a folded text, in order. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}
