// A caption as Instagram shows it, for the disclosure checks (sponsored.ts, disclosure.ts).
// Characters are counted in Unicode code points, as Instagram counts a caption's length
// and its cut before "more", so an emoji is one character, not two UTF-16 units. The word
// lists are written against a folded copy (lower case, compatibility forms decomposed,
// accents and other combining marks dropped: "𝐀𝐃" → "ad", "Publicité" → "publicite"),
// and every match is mapped back to code-point offsets in the original caption, so a
// finding quotes what the creator wrote and says where it stands. Most captions are plain
// ASCII: for them the folded copy is the lower-cased caption and every map is the identity,
// which keeps an audit's 50 captions well under a millisecond.

export interface FoldedCaption {
  /** The caption as written. */
  readonly text: string;
  /** What the patterns read: lower case, NFKD, without combining marks. */
  readonly folded: string;
  /** Length of the caption in code points. */
  readonly length: number;
  /** For each UTF-16 unit of `folded`, the UTF-16 index in `text` it came from; null when the same. */
  readonly origin: Int32Array | null;
  /** Code point index of each UTF-16 index of `text` (and of its end); null without surrogate pairs. */
  readonly pointOfUnit: Int32Array | null;
  /** UTF-16 index of each code point index (and of the end); null without surrogate pairs. */
  readonly unitOfPoint: Int32Array | null;
}

/** A stretch of the original caption in code points; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

const NON_ASCII = /[\u0080-\uffff]/;
const SURROGATE = /[\ud800-\udfff]/;
const MARKS = /\p{M}/gu;

/** Emoji and symbols that NFKD leaves alone and that have no case: the common non-ASCII of a caption. */
function keptAsIs(cp: number): boolean {
  return (
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    cp === 0xfe0f ||
    cp === 0x200d
  );
}

export function foldCaption(text: string): FoldedCaption {
  if (!NON_ASCII.test(text)) {
    return {
      text,
      folded: text.toLowerCase(),
      length: text.length,
      origin: null,
      pointOfUnit: null,
      unitOfPoint: null,
    };
  }
  // ASCII runs are lower-cased whole; each other character is folded on its own.
  const parts: string[] = [];
  let origin = new Int32Array(text.length + 16);
  let o = 0;
  const append = (f: string, from: number, sameUnits: boolean) => {
    if (o + f.length > origin.length) {
      const grown = new Int32Array(2 * (o + f.length));
      grown.set(origin);
      origin = grown;
    }
    for (let k = 0; k < f.length; k++) origin[o++] = sameUnits ? from + k : from;
    parts.push(f);
  };
  let run = 0;
  for (let u = 0; u < text.length; ) {
    if (text.charCodeAt(u) < 0x80) {
      u++;
      continue;
    }
    if (u > run) append(text.slice(run, u).toLowerCase(), run, true);
    const cp = text.codePointAt(u) as number;
    const ch = text.slice(u, u + (cp > 0xffff ? 2 : 1));
    append(keptAsIs(cp) ? ch : ch.normalize("NFKD").replace(MARKS, "").toLowerCase(), u, false);
    u += ch.length;
    run = u;
  }
  if (run < text.length) append(text.slice(run).toLowerCase(), run, true);

  let pointOfUnit: Int32Array | null = null;
  let unitOfPoint: Int32Array | null = null;
  let length = text.length;
  if (SURROGATE.test(text)) {
    pointOfUnit = new Int32Array(text.length + 1);
    const units: number[] = [];
    let p = 0;
    for (let u = 0; u < text.length; p++) {
      const width = (text.codePointAt(u) as number) > 0xffff ? 2 : 1;
      pointOfUnit[u] = p;
      if (width === 2) pointOfUnit[u + 1] = p;
      units.push(u);
      u += width;
    }
    pointOfUnit[text.length] = p;
    units.push(text.length);
    unitOfPoint = Int32Array.from(units);
    length = p;
  }
  return { text, folded: parts.join(""), length, origin: origin.subarray(0, o), pointOfUnit, unitOfPoint };
}

/** The code point index of a UTF-16 index of the caption. */
export function pointAt(caption: FoldedCaption, unit: number): number {
  return caption.pointOfUnit ? (caption.pointOfUnit[unit] as number) : unit;
}

/** The UTF-16 index of a code point index of the caption. */
export function unitAt(caption: FoldedCaption, point: number): number {
  return caption.unitOfPoint ? (caption.unitOfPoint[point] as number) : point;
}

/**
 * The original code points behind folded units [from, to). Only combining marks fold to
 * nothing, so marks right after the last matched character belong to the span, and a
 * ligature ("ﬁ" → "fi") is taken whole when a match ends inside it.
 */
export function spanOf(caption: FoldedCaption, from: number, to: number): Span {
  const { origin, text } = caption;
  if (origin === null) return { start: pointAt(caption, from), end: pointAt(caption, Math.max(from, to)) };
  const unit = (i: number) => (i < origin.length ? (origin[i] as number) : text.length);
  const start = unit(from);
  if (to <= from) return { start: pointAt(caption, start), end: pointAt(caption, start) };
  const last = origin[to - 1] as number;
  const lastEnd = last + ((text.codePointAt(last) as number) > 0xffff ? 2 : 1);
  return { start: pointAt(caption, start), end: pointAt(caption, Math.max(lastEnd, unit(to))) };
}

/** The original text of a span. */
export function textOf(caption: FoldedCaption, span: Span): string {
  return caption.text.slice(unitAt(caption, span.start), unitAt(caption, span.end));
}

/** Every match of a global regular expression over the folded text, with its original span. */
export function matchesOf(caption: FoldedCaption, pattern: RegExp): { span: Span; match: RegExpExecArray }[] {
  const found: { span: Span; match: RegExpExecArray }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(caption.folded); m !== null; m = pattern.exec(caption.folded)) {
    if (m[0].length === 0) pattern.lastIndex++;
    found.push({ span: spanOf(caption, m.index, m.index + m[0].length), match: m });
  }
  return found;
}

/** Longest quote a finding carries, in code points, not counting the ellipses. */
export const QUOTE_LENGTH = 160;
// How far a cut may move to fall between words rather than inside one.
const WORD_SNAP = 15;

/**
 * The caption around a span: at most QUOTE_LENGTH code points, the span roughly in the
 * middle, cut between words where one is near, with "…" where text was left out.
 */
export function quoteAround(caption: FoldedCaption, span: Span): string {
  const n = caption.length;
  const spaceAt = (point: number) => /\s/u.test(caption.text[unitAt(caption, point)] ?? "");
  let left: number;
  let right: number;
  if (span.end - span.start >= QUOTE_LENGTH) {
    left = span.start;
    right = span.start + QUOTE_LENGTH;
  } else {
    left = Math.max(0, span.start - Math.floor((QUOTE_LENGTH - (span.end - span.start)) / 2));
    right = Math.min(n, left + QUOTE_LENGTH);
    left = Math.max(0, right - QUOTE_LENGTH);
    // Move each cut to the nearest space inward, if that stays clear of the span.
    if (left > 0 && !spaceAt(left - 1)) {
      for (let i = left; i < Math.min(left + WORD_SNAP, span.start); i++)
        if (spaceAt(i)) {
          left = i + 1;
          break;
        }
    }
    if (right < n && !spaceAt(right)) {
      for (let i = right - 1; i > Math.max(right - WORD_SNAP, span.end); i--)
        if (spaceAt(i)) {
          right = i;
          break;
        }
    }
  }
  const body = textOf(caption, { start: left, end: right }).trim();
  return `${left > 0 ? "…" : ""}${body}${right < n ? "…" : ""}`;
}
