// Rules that classify one comment's text. "Generic" follows METHODS.md: emoji-only,
// one-word (or stock short) praise, or nothing but @mentions. See docs/methodology.md.

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

const MENTION = /@[\p{L}\p{N}._]+/gu;
// Anything that is a letter or digit after emoji and punctuation are set aside.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Lower case, mentions removed, emoji and punctuation turned into spaces, runs of
 * three or more of one letter shortened to one ("wooow" → "wow", "niiice" → "nice").
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(MENTION, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

export type GenericKind = "emoji_only" | "mention_only" | "stock_praise";

export function genericKind(text: string): GenericKind | null {
  const trimmed = text.trim();
  if (trimmed === "") return "emoji_only";
  const withoutMentions = trimmed.replace(MENTION, "");
  const hasMention = withoutMentions.length !== trimmed.length;
  const hasWords = WORD_CHAR.test(withoutMentions);
  if (!hasWords) return hasMention ? "mention_only" : "emoji_only";
  return GENERIC_PHRASES.has(normalizeText(trimmed)) ? "stock_praise" : null;
}
