// The PDF's fonts and what they can show. pdfkit's built-in Helvetica covers Latin-1
// only, so the report embeds DejaVu Sans (regular and bold, from the dejavu-fonts-ttf
// package; pdfkit subsets it to the glyphs used). Comments carry emoji and scripts no
// one font has: an emoji the font cannot draw is left out (with its skin tone, variation
// selector or joiner), any other character it cannot draw becomes one U+FFFD per run,
// never a .notdef box or a broken file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const FONT_REGULAR = "DejaVuSans";
export const FONT_BOLD = "DejaVuSans-Bold";

let cache: { regular: Buffer; bold: Buffer } | null = null;

/** The two TTF files, read once per process. */
export function fontFiles(): { regular: Buffer; bold: Buffer } {
  cache ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return cache;
}

export const REPLACEMENT = "\uFFFD";

/** Zero-width parts of emoji sequences: meaningless once the emoji itself is gone. */
function isEmojiModifier(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3
  );
}

const EMOJI = /^[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]$/u;

/**
 * The text as one line of characters the font has: whitespace runs become one space and
 * control characters go. An emoji the font lacks is left out (with its modifiers); any
 * other run of characters without a glyph (a script the font does not cover) becomes one
 * REPLACEMENT ("?" when the font lacks that too), so the reader sees something was there.
 * Text that was only emoji reads "[emoji]".
 */
export function fitToFont(text: string, hasGlyph: (codePoint: number) => boolean): string {
  const one = text.replace(/\s+/g, " ");
  if (/^[\u0020-\u007e]*$/.test(one)) return one;
  const replacement = hasGlyph(0xfffd) ? REPLACEMENT : "?";
  let out = "";
  let replacing = false;
  let dropping = false;
  for (const ch of one) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (isEmojiModifier(cp) && (replacing || dropping || !hasGlyph(cp))) continue;
    if (hasGlyph(cp)) {
      out += ch;
      replacing = false;
      dropping = false;
    } else if (EMOJI.test(ch)) {
      dropping = true;
    } else if (!replacing) {
      out += replacement;
      replacing = true;
    }
  }
  const tidy = out.replace(/ {2,}/g, " ").trim();
  return tidy === "" && one.trim() !== "" ? "[emoji]" : tidy;
}

/** At most `max` characters (code points), cut at a space when one is near, with "…". */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  return `${(space > head.length * 0.7 ? head.slice(0, space) : head).trimEnd()}…`;
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * The glyph test of a font registered with pdfkit. pdfkit keeps the fontkit font it
 * parsed as `font` on its embedded-font object; that is the font the PDF will use, so
 * the test cannot disagree with the output. Memoised per code point.
 */
export function glyphTest(doc: PDFKit.PDFDocument, fontName: string): (codePoint: number) => boolean {
  doc.font(fontName);
  const font = (doc as unknown as { _font?: { font?: Partial<FontkitFont> } })._font?.font;
  const memo = new Map<number, boolean>();
  if (!font?.hasGlyphForCodePoint) return (cp) => cp < 0x250; // Latin only: safe for any TTF
  return (cp) => {
    let has = memo.get(cp);
    if (has === undefined) {
      has = (font as FontkitFont).hasGlyphForCodePoint(cp);
      memo.set(cp, has);
    }
    return has;
  };
}
