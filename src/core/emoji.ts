// Emoji in a text, one per emoji as a reader sees it: a ZWJ family (👩‍👩‍👧), a skin-toned
// hand (👋🏽), a flag (🇮🇹) and a heart with or without its variation selector (❤️, ❤) are
// each one emoji. Extended_Pictographic is Unicode's own list of emoji-like symbols; ©, ®
// and ™ are on it but are read as emoji only when the variation selector says so.

const EMOJI =
  /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*|\p{Regional_Indicator}{2}/gu;
const TEXT_SYMBOLS = new Set(["©", "®", "™"]);
// A quick test before the full scan: most comments have no symbol outside the BMP's text ranges.
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83f]/;

/** The emoji of a text in order, each without variation selectors (so ❤️ and ❤ are one key). */
export function emojiIn(text: string): string[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(EMOJI)) {
    if (TEXT_SYMBOLS.has(m[0])) continue;
    found.push(m[0].replaceAll("\uFE0F", ""));
  }
  return found;
}
