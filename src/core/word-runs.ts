// Words of a text and squeezed letter runs, as loops over code points (normalizeText in
// comment-rules.ts, call-to-action.ts). The regexes they replace, such as
// /@[\p{L}\p{N}._]+|[^\p{L}\p{N}@]+|@/gu and /(\p{L})\1\1+/gu, keep one backtracking entry
// per character of a run of emoji or of one repeated letter, and threw "Maximum call stack
// size exceeded" from about 5 million characters: one long comment made its creator
// impossible to audit. A loop needs no stack, whatever the length.

const LETTER = 1;
const NUMBER = 2;

let bmpClasses: Uint8Array | null = null;
const astralClasses = new Map<number, number>();

/** LETTER (\p{L}), NUMBER (\p{N}) or 0, from a table of the 65,536 BMP code points built on first use. */
function classOf(cp: number): number {
  if (cp < 0x10000) {
    if (bmpClasses === null) {
      bmpClasses = new Uint8Array(0x10000);
      const all = Array.from({ length: 0x10000 }, (_, c) =>
        c >= 0xd800 && c <= 0xdfff ? " " : String.fromCharCode(c),
      );
      const text = all.join("");
      for (const m of text.matchAll(/\p{L}/gu)) bmpClasses[m.index] = LETTER;
      for (const m of text.matchAll(/\p{N}/gu)) bmpClasses[m.index] = NUMBER;
    }
    return bmpClasses[cp] as number;
  }
  let c = astralClasses.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : 0;
    astralClasses.set(cp, c);
  }
  return c;
}

const isWordChar = (cp: number) => classOf(cp) !== 0;

/**
 * The words of a text joined by single spaces, nothing at either end: a word is a run of
 * letters and digits (\p{L}, \p{N}); every other character separates words. With
 * `dropMentions`, a mention (@ then letters, digits, `.` and `_`) is a separator too.
 */
export function spacedWords(s: string, dropMentions = false): string {
  let out = "";
  let start = -1; // start of the pending word in `s`
  const n = s.length;
  for (let i = 0; i < n; ) {
    const cp = s.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) {
      if (start === -1) start = i;
      i += size;
      continue;
    }
    if (start !== -1) {
      out += out ? ` ${s.slice(start, i)}` : s.slice(start, i);
      start = -1;
    }
    i += size;
    if (cp === 64 && dropMentions)
      for (; i < n; ) {
        const d = s.codePointAt(i) as number;
        if (!(d === 46 || d === 95 || isWordChar(d))) break;
        i += d > 0xffff ? 2 : 1;
      }
  }
  if (start !== -1) out += out ? ` ${s.slice(start)}` : s.slice(start);
  return out;
}

/** Every run of three or more of one letter shortened to two ("coooool" → "cool"); digits stay. */
export function squeezeLetterRuns(s: string): string {
  let out = "";
  let copied = 0; // s is copied into out up to here
  let previous = -1;
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const cp = s.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    if (cp === previous) run++;
    else {
      previous = cp;
      run = 1;
    }
    if (run > 2 && classOf(cp) === LETTER) {
      out += s.slice(copied, i);
      copied = i + size;
    }
    i += size;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
