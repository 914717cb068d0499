// The features of the comment spam model, shared by training (src/train/train-comment-
// model.ts) and inference (comment-spam.ts), so the two cannot drift apart. Keys are
// plain strings, as the weights file stores them:
//   "check"        a lower-case word (letters and digits; apostrophes dropped)
//   "check out"    two adjacent words (a space never occurs inside a word)
//   "subsc~"       the first 5 characters of a word longer than 5: a cheap stem, so
//                  "subscribe", "subscribers" and "subscribirse" share evidence
//   "#url", …      a hand feature ("#" never occurs inside a word)
//   "|_fx"         2 to 4 characters of an @account or #tag, padded with a space at each
//                  end ("| tr", "|trad", "|fx "): scam accounts are named alike
//                  ("@trade_with_anna", "@maria.fx", "#earnwithclaire__1_"); not of the
//                  @mentions that open a comment, the address of a reply ("#reply")
// The training data come from two populations, and the features must not tell them
// apart by their form rather than their content: the Instagram comments were
// lower-cased by their collectors and lost ASCII apostrophes ("don t"), so case is
// folded everywhere (no feature for capitals) and "don t", "it s", "i m", "you re" are
// read as one word, as "don't" is.
// The model is binary (a feature is present or not), and a comment's summed weights are
// multiplied by featureScale so that a long comment does not look like spam merely by
// adding up many weak words.
//
// Inference must be fast (an audit labels every comment; 100,000 in well under a
// second), and building and hashing a string per feature was most of the time. So one
// scan (scanWords) finds the words for both paths: training asks it for the words as
// strings, inference for two 32-bit hashes per word, stem and pair, looked up in an
// open-addressing table built from the string keys with the same hash (featureHash).
// A test checks on thousands of texts that both paths see the same features.
// Change anything here → retrain (`npm run train`).

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const URL_LIKE = /https?:\/\/|www\.|\.(?:com|net|org|ly|be|me|co|io)\b/;
const PREFIX = 5;

/**
 * Could NFKC change this text? Not when it is ASCII plus symbols and emoji that have no
 * compatibility form and compose with nothing: arrows (U+2190–21FF), misc symbols and
 * dingbats (U+2600–27BF, U+2B00–2BFF), ZWJ, VS16 and U+1F300–1FAFF (every code point of
 * these was checked when this was written). Spares the normalisation on the many comments
 * that are words and emoji.
 */
function needsNfkc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2600 && c <= 0x27bf)) continue;
    if ((c >= 0x2b00 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d) continue;
    if (c >= 0xd83c && c <= 0xd83e && i + 1 < text.length) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      if (cp >= 0x1f300 && cp <= 0x1faff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

/**
 * Small capitals ("ᴡᴏᴡ ᴛʜɪꜱ"), which NFKC leaves alone: a styled font of scams. Only the
 * letters of the small-capital alphabet; other IPA letters are no styled Latin.
 */
const SMALL_CAPITALS: Record<string, string> = {
  "\u1d00": "a",
  "\u0299": "b",
  "\u1d04": "c",
  "\u1d05": "d",
  "\u1d07": "e",
  "\ua730": "f",
  "\u0262": "g",
  "\u029c": "h",
  "\u026a": "i",
  "\u1d0a": "j",
  "\u1d0b": "k",
  "\u029f": "l",
  "\u1d0d": "m",
  "\u0274": "n",
  "\u1d0f": "o",
  "\u1d18": "p",
  "\ua7af": "q",
  "\u0280": "r",
  "\ua731": "s",
  "\u1d1b": "t",
  "\u1d1c": "u",
  "\u1d20": "v",
  "\u1d21": "w",
  "\u028f": "y",
  "\u1d22": "z",
};
const SMALL_CAPITAL = new RegExp(`[${Object.keys(SMALL_CAPITALS).join("")}]`, "g");

/**
 * Lower case, with compatibility forms folded (NFKC: "𝐃𝐌 𝐦𝐞" → "dm me", full-width
 * letters, ligatures) and small capitals made letters, so that styled-font spam reads
 * like plain text. A text NFKC cannot change (needsNfkc) skips both.
 */
export function foldText(text: string): string {
  if (!needsNfkc(text)) return text.toLowerCase();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(SMALL_CAPITAL, (c) => SMALL_CAPITALS[c] ?? c);
}

// ---- Hashing: two independent 32-bit hashes per key, so that a feature the model does
// not know matches a known one with odds of about (number of weights) / 2^64 per lookup.

const SEED1 = 0x811c9dc5 | 0;
const SEED2 = 0x3c6ef372 | 0;
const step1 = (h: number, c: number) => Math.imul(h ^ c, 0x01000193); // FNV-1a
const step2 = (h: number, c: number) => Math.imul(h ^ c, 0x5bd1e995); // MurmurHash2's multiplier

/** MurmurHash3's finaliser: every input bit moves every output bit (the table indexes by low bits). */
function fmix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const fin1 = (h: number) => fmix(h);
const fin2 = (h: number) => fmix(h + 0x27d4eb2d);
const stem1 = (w1: number) => fmix(w1 ^ 0x5f5f5f5f);
const stem2 = (w2: number) => fmix(w2 ^ 0x2b2b2b2b);
const pair1 = (a1: number, b1: number) => fmix(Math.imul(a1, 0x9e3779b1) ^ b1);
const pair2 = (a2: number, b2: number) => fmix(Math.imul(a2, 0x85ebca77) ^ b2 ^ 0x165667b1);

function hashString(s: string): [number, number] {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = step1(h1, c);
    h2 = step2(h2, c);
  }
  return [fin1(h1), fin2(h2)];
}

/** The two hashes of a feature key, by its kind (see the header): what the table is built with. */
export function featureHash(key: string): [number, number] {
  if (key.startsWith("#") || key.startsWith("|")) return hashString(key);
  if (key.endsWith("~")) {
    const [w1, w2] = hashString(key.slice(0, -1));
    return [stem1(w1), stem2(w2)];
  }
  const space = key.indexOf(" ");
  if (space < 0) return hashString(key);
  const [a1, a2] = hashString(key.slice(0, space));
  const [b1, b2] = hashString(key.slice(space + 1));
  return [pair1(a1, b1), pair2(a2, b2)];
}

// ---- Words

/** One comment's words as hashes, in reused buffers (no allocation per comment). */
class WordHashes {
  n = 0;
  h1 = new Int32Array(64);
  h2 = new Int32Array(64);
  /** The stem's hashes, for words longer than PREFIX (hasStem). */
  s1 = new Int32Array(64);
  s2 = new Int32Array(64);
  hasStem = new Uint8Array(64);

  push(h1: number, h2: number, length: number, p1: number, p2: number): void {
    if (this.n === this.h1.length) this.grow();
    const i = this.n++;
    this.h1[i] = fin1(h1);
    this.h2[i] = fin2(h2);
    this.hasStem[i] = length > PREFIX ? 1 : 0;
    if (length > PREFIX) {
      this.s1[i] = stem1(fin1(p1));
      this.s2[i] = stem2(fin2(p2));
    }
  }

  private grow(): void {
    const size = this.h1.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.h1 = more(this.h1, new Int32Array(size));
    this.h2 = more(this.h2, new Int32Array(size));
    this.s1 = more(this.s1, new Int32Array(size));
    this.s2 = more(this.s2, new Int32Array(size));
    this.hasStem = more(this.hasStem, new Uint8Array(size));
  }
}

/** Is a BMP character a letter or digit: 0 not yet asked, 1 no, 2 yes (filled as met). */
const BMP_WORD = new Uint8Array(65536);

function isWordUnit(c: number): boolean {
  let v = BMP_WORD[c] as number;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    BMP_WORD[c] = v;
  }
  return v === 2;
}

/** Is the character at k a word character (as scanWords reads it)? */
function isWordAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(k, k + 2));
  return c < 0xdc00 || c > 0xdfff ? isWordUnit(c) : false;
}

/** Words before "d", "ll", "re" and "ve" split off by a space ("i ll", "you re", "could ve"). */
const CONTRACTING = new Set([
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "it",
  "that",
  "there",
  "who",
  "what",
  "would",
  "could",
  "should",
  "might",
  "must",
]);

/**
 * Is the space at i, after a word that began at `wordStart`, an apostrophe someone's
 * export turned into a space ("don t", "it s", "i m", "you re", "i ve", "we ll", "i d")?
 * Then it joins the word and its ending as an apostrophe does. The ending must stand
 * alone (a word character after it: no join), and the word must fit it: "t" after a
 * word ending in n, "s" after a word ending in a letter, "m" after "i", the others after
 * a pronoun or modal (CONTRACTING).
 */
function joinsContraction(folded: string, i: number, wordStart: number): boolean {
  const a = folded.charCodeAt(i + 1);
  const b = folded.charCodeAt(i + 2);
  let ending = 1;
  if ((a === 114 || a === 118) && b === 101)
    ending = 2; // re, ve
  else if (a === 108 && b === 108)
    ending = 2; // ll
  else if (a !== 116 && a !== 115 && a !== 109 && a !== 100) return false; // t, s, m, d
  const after = i + 1 + ending;
  if (after < folded.length && isWordAt(folded, after)) return false;
  const last = folded.charCodeAt(i - 1);
  if (last < 97 || last > 122) return false;
  if (a === 116 && ending === 1) return last === 110;
  if (a === 115) return true;
  const word = folded.slice(wordStart, i);
  return a === 109 ? word === "i" : CONTRACTING.has(word);
}

/**
 * The one tokenizer: words are runs of letters and digits (Unicode L and N); apostrophes
 * (' ’ `) are dropped and join their neighbours ("don't" → "dont"), and so does a space
 * that stands for one ("don t": joinsContraction); anything else separates. Fills
 * `hashes` (inference) or `words` (training), whichever is given. A loop over char codes
 * rather than a Unicode regex: most characters are ASCII, and only the others meet the
 * regex (emoji, the commonest, not even that).
 */
function scanWords(folded: string, hashes: WordHashes | null, words: string[] | null): void {
  let h1 = SEED1;
  let h2 = SEED2;
  let p1 = 0;
  let p2 = 0;
  let length = 0; // characters of the current word so far; 0 outside one
  let word = "";
  let start = -1; // where the current run of word characters began (for `words`); -1 outside one
  let wordStart = 0; // where the current word began (for joinsContraction)
  const n = folded.length;
  for (let i = 0; i <= n; i++) {
    const at = i;
    const c = i < n ? folded.charCodeAt(i) : 32;
    let width = 0; // code units of the word character at i; 0 when it is not one
    if (c < 128) width = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
    else if (c >= 0xd83c && c <= 0xd83e) {
      i++; // emoji and pictographs (U+1F000–U+1FBFF): never letters
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      width = LETTER_OR_DIGIT.test(folded.slice(i, i + 2)) ? 2 : 0;
    } else width = isWordUnit(c) ? 1 : 0;
    if (width > 0) {
      for (let k = 0; k < width; k++) {
        const u = folded.charCodeAt(i + k);
        h1 = step1(h1, u);
        h2 = step2(h2, u);
        if (++length === PREFIX) {
          p1 = h1;
          p2 = h2;
        }
      }
      if (words && start < 0) start = i;
      if (length === width) wordStart = i;
      i += width - 1;
      continue;
    }
    if (words && start >= 0) word += folded.slice(start, at);
    start = -1;
    if (c === 0x27 || c === 0x2019 || c === 0x60) continue; // an apostrophe joins its neighbours
    if (c === 32 && length > 0 && i + 1 < n && joinsContraction(folded, i, wordStart)) continue;
    if (length > 0) {
      hashes?.push(h1, h2, length, p1, p2);
      words?.push(word);
    }
    h1 = SEED1;
    h2 = SEED2;
    length = 0;
    word = "";
  }
}

/** The words of a folded text, in order. */
export function words(folded: string): string[] {
  const out: string[] = [];
  scanWords(folded, null, out);
  return out;
}

// ---- Hand features

/** Length buckets (characters): ≤ 15, ≤ 40, ≤ 100, ≤ 200, longer. Spam runs long. */
function lengthBucket(n: number): string {
  return n <= 15 ? "#len0" : n <= 40 ? "#len1" : n <= 100 ? "#len2" : n <= 200 ? "#len3" : "#len4";
}

/**
 * The hand features, read in one pass over the folded text: a link, a run of 5+ digits
 * (phone numbers, prices, ids), a currency sign before a digit ("$500", "$ 3 200"), the
 * length bucket of the text as written, and one or 3+ "!". (#mention and #reply come
 * from scanTags.) No feature reads case: one of the two training sources
 * was lower-cased, so capitals would tell the sources apart, not spam from the rest.
 */
function handFeatures(text: string, folded: string, out: string[]): void {
  let bangs = 0;
  let digitRun = 0;
  let longestDigits = 0;
  let money = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digitRun > longestDigits) longestDigits = digitRun;
      continue;
    }
    digitRun = 0;
    if (c === 33) bangs++;
    else if (c === 36 || c === 0x20ac || c === 0xa3) {
      const d = folded.charCodeAt(folded.charCodeAt(i + 1) === 32 ? i + 2 : i + 1);
      if (d >= 48 && d <= 57) money = true;
    }
  }
  if (URL_LIKE.test(folded)) out.push("#url");
  if (longestDigits >= 5) out.push("#digits");
  if (money) out.push("#money");
  out.push(lengthBucket(text.length));
  if (bangs >= 3) out.push("#excl3");
  else if (bangs >= 1) out.push("#excl1");
}

// ---- @accounts and #tags

/** A character of an account name or tag: a letter or digit of the BMP, "_" or ".". */
function isTagUnit(c: number): boolean {
  if (c < 128)
    return c === 95 || c === 46 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return (c < 0xd800 || c > 0xdfff) && isWordUnit(c);
}

/** The smallest and largest n of the n-grams of an @account or #tag. */
const TAG_GRAMS = [2, 4] as const;

/** scanTags found an @mention after the comment's start. */
const MENTION = 1;
/** scanTags found the comment opening with @mentions: Instagram's reply to someone. */
const REPLY = 2;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * Finds each @account and #tag (an "@" or "#" not inside a name, then 2+ name characters,
 * trailing dots dropped) and puts the name's start and end into `spans` (emptied first).
 * The @mentions that open the comment are the address of a reply ("@anna we did it too"),
 * which says nothing of the comment itself: they give REPLY and neither n-grams nor
 * MENTION; in the Instagram training comments no scam opened so. Used by both paths;
 * returns MENTION | REPLY as found.
 */
function scanTags(folded: string, spans: number[]): number {
  spans.length = 0;
  let found = 0;
  if (folded.indexOf("@") < 0 && folded.indexOf("#") < 0) return 0;
  const n = folded.length;
  let leading = true;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (leading && isSpace(c)) continue;
    if (c !== 64 && c !== 35) {
      leading = false;
      continue;
    }
    if (i > 0 && isTagUnit(folded.charCodeAt(i - 1))) continue; // an e-mail address, "c#"
    let end = i + 1;
    while (end < n && isTagUnit(folded.charCodeAt(end))) end++;
    let last = end;
    while (last > i + 1 && folded.charCodeAt(last - 1) === 46) last--;
    if (last - i - 1 >= 2) {
      if (leading && c === 64) found |= REPLY;
      else {
        spans.push(i + 1, last);
        if (c === 64) found |= MENTION;
      }
    }
    if (!(leading && c === 64 && last - i - 1 >= 2)) leading = false;
    i = end - 1;
  }
  return found;
}

/** The tag's character n-gram keys ("|" + n characters of " name "), as commentFeatures lists them. */
function tagGramKeys(folded: string, start: number, end: number, out: string[]): void {
  const padded = ` ${folded.slice(start, end)} `;
  for (let k = 0; k < padded.length; k++)
    for (let g = TAG_GRAMS[0]; g <= TAG_GRAMS[1] && k + g <= padded.length; g++)
      out.push(`|${padded.slice(k, k + g)}`);
}

/** One comment's feature hashes of a kind, in reused buffers. */
class HashList {
  n = 0;
  a1 = new Int32Array(256);
  a2 = new Int32Array(256);

  push(h1: number, h2: number): void {
    if (this.n === this.a1.length) {
      const b1 = new Int32Array(this.n * 2);
      const b2 = new Int32Array(this.n * 2);
      b1.set(this.a1);
      b2.set(this.a2);
      this.a1 = b1;
      this.a2 = b2;
    }
    this.a1[this.n] = h1;
    this.a2[this.n++] = h2;
  }
}

const [BAR1, BAR2] = [step1(SEED1, 124), step2(SEED2, 124)]; // the hash state after "|"

/** The same n-grams as tagGramKeys, as the hashes featureHash gives their keys. */
function tagGramHashes(folded: string, start: number, end: number, out: HashList): void {
  const len = end - start + 2;
  const at = (k: number) => (k === 0 || k === len - 1 ? 32 : folded.charCodeAt(start + k - 1));
  for (let k = 0; k < len; k++) {
    let h1 = BAR1;
    let h2 = BAR2;
    for (let g = 1; g <= TAG_GRAMS[1] && k + g <= len; g++) {
      const u = at(k + g - 1);
      h1 = step1(h1, u);
      h2 = step2(h2, u);
      if (g >= TAG_GRAMS[0]) out.push(fin1(h1), fin2(h2));
    }
  }
}

// ---- The two paths

/**
 * The distinct feature keys of one comment (training, tests, the model card): the hand
 * features, its words, their stems, its adjacent word pairs, and the n-grams of its
 * @accounts and #tags. `folded` is foldText(text), for a caller that has it already.
 */
export function commentFeatures(text: string, folded: string = foldText(text)): string[] {
  const ws = words(folded);
  const out: string[] = [];
  handFeatures(text, folded, out);
  const spans: number[] = [];
  const tags = scanTags(folded, spans);
  if (tags & MENTION) out.push("#mention");
  if (tags & REPLY) out.push("#reply");
  const grams: string[] = [];
  for (let t = 0; t < spans.length; t += 2)
    tagGramKeys(folded, spans[t] as number, spans[t + 1] as number, grams);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    out.push(w);
    if (w.length > PREFIX) out.push(`${w.slice(0, PREFIX)}~`);
    if (i > 0) out.push(`${ws[i - 1]} ${w}`);
  }
  return [...new Set([...out, ...grams])];
}

/**
 * What a comment's summed weights are multiplied by: 1 / log2(1 + number of features).
 * A milder form of the usual 1/√n length normalisation; it did better than none and than
 * 1/√n in cross-validation.
 */
export function featureScale(featureCount: number): number {
  return 1 / Math.log2(1 + featureCount);
}

/** Weights by feature hash: open addressing with linear probing, a quarter full at most. */
export interface WeightTable {
  mask: number;
  k1: Int32Array;
  k2: Int32Array;
  used: Uint8Array;
  w: Float64Array;
}

export function weightTable(weights: Readonly<Record<string, number>>): WeightTable {
  const keys = Object.keys(weights);
  let size = 16;
  while (size < keys.length * 4) size *= 2;
  const t: WeightTable = {
    mask: size - 1,
    k1: new Int32Array(size),
    k2: new Int32Array(size),
    used: new Uint8Array(size),
    w: new Float64Array(size),
  };
  for (const key of keys) {
    const [h1, h2] = featureHash(key);
    let j = h1 & t.mask;
    while (t.used[j]) {
      if (t.k1[j] === h1 && t.k2[j] === h2)
        throw new Error(`comment model: two features share a hash (${key})`);
      j = (j + 1) & t.mask;
    }
    t.used[j] = 1;
    t.k1[j] = h1;
    t.k2[j] = h2;
    t.w[j] = weights[key] as number;
  }
  return t;
}

function weightOf(t: WeightTable, h1: number, h2: number): number {
  for (let j = h1 & t.mask; t.used[j]; j = (j + 1) & t.mask) {
    if (t.k1[j] === h1 && t.k2[j] === h2) return t.w[j] as number;
  }
  return 0;
}

/** The set of one comment's feature hashes, cleared by a new stamp instead of by filling. */
class SeenSet {
  mask = 1023;
  k1 = new Int32Array(1024);
  k2 = new Int32Array(1024);
  stamp = new Uint32Array(1024);
  now = 0;
  count = 0;

  clear(expected: number): void {
    if (expected * 2 > this.mask) {
      let size = this.mask + 1;
      while (expected * 2 > size - 1) size *= 2;
      this.mask = size - 1;
      this.k1 = new Int32Array(size);
      this.k2 = new Int32Array(size);
      this.stamp = new Uint32Array(size);
      this.now = 0;
    }
    this.now++;
    this.count = 0;
  }

  /** true when the hash pair was not in the set (it is now). */
  add(h1: number, h2: number): boolean {
    let j = h1 & this.mask;
    while (this.stamp[j] === this.now) {
      if (this.k1[j] === h1 && this.k2[j] === h2) return false;
      j = (j + 1) & this.mask;
    }
    this.stamp[j] = this.now;
    this.k1[j] = h1;
    this.k2[j] = h2;
    this.count++;
    return true;
  }
}

const HAND_HASHES = new Map(
  [
    "#url",
    "#digits",
    "#money",
    "#len0",
    "#len1",
    "#len2",
    "#len3",
    "#len4",
    "#excl3",
    "#excl1",
    "#mention",
    "#reply",
  ].map((k) => [k, featureHash(k)] as const),
);
const scratchWords = new WordHashes();
const scratchSeen = new SeenSet();
const scratchHand: string[] = [];
const scratchGrams = new HashList();
const scratchSpans: number[] = [];

/** The hand features with #mention and #reply, and the tags' n-gram hashes into `grams`: what both hashed paths add to the words. */
function handAndTags(text: string, folded: string, hand: string[], grams: HashList, spans: number[]): void {
  hand.length = 0;
  handFeatures(text, folded, hand);
  grams.n = 0;
  const tags = scanTags(folded, spans);
  if (tags & MENTION) hand.push("#mention");
  if (tags & REPLY) hand.push("#reply");
  for (let t = 0; t < spans.length; t += 2)
    tagGramHashes(folded, spans[t] as number, spans[t + 1] as number, grams);
}

/**
 * featureScale(number of distinct features) × the sum of their weights: the comment's
 * logit without the bias. Reuses module-level buffers: not re-entrant, which is fine in
 * single-threaded JavaScript (nothing here awaits).
 */
export function weightedFeatureSum(text: string, folded: string, table: WeightTable): number {
  const ws = scratchWords;
  const seen = scratchSeen;
  ws.n = 0;
  scanWords(folded, ws, null);
  const grams = scratchGrams;
  handAndTags(text, folded, scratchHand, grams, scratchSpans);
  seen.clear(3 * ws.n + scratchHand.length + grams.n);
  let sum = 0;
  for (const k of scratchHand) {
    const [h1, h2] = HAND_HASHES.get(k) as [number, number];
    if (seen.add(h1, h2)) sum += weightOf(table, h1, h2);
  }
  for (let g = 0; g < grams.n; g++) {
    const h1 = grams.a1[g] as number;
    const h2 = grams.a2[g] as number;
    if (seen.add(h1, h2)) sum += weightOf(table, h1, h2);
  }
  for (let i = 0; i < ws.n; i++) {
    const h1 = ws.h1[i] as number;
    const h2 = ws.h2[i] as number;
    if (seen.add(h1, h2)) sum += weightOf(table, h1, h2);
    if (ws.hasStem[i]) {
      const s1 = ws.s1[i] as number;
      const s2 = ws.s2[i] as number;
      if (seen.add(s1, s2)) sum += weightOf(table, s1, s2);
    }
    if (i > 0) {
      const b1 = pair1(ws.h1[i - 1] as number, h1);
      const b2 = pair2(ws.h2[i - 1] as number, h2);
      if (seen.add(b1, b2)) sum += weightOf(table, b1, b2);
    }
  }
  return featureScale(seen.count) * sum;
}

/** The feature hashes the inference path sees, as "h1:h2" (for the test that the paths agree). */
export function featureHashKeys(text: string, folded: string = foldText(text)): string[] {
  const keys: string[] = [];
  const ws = new WordHashes();
  scanWords(folded, ws, null);
  const hand: string[] = [];
  const grams = new HashList();
  handAndTags(text, folded, hand, grams, []);
  for (const k of hand) keys.push(featureHash(k).join(":"));
  for (let g = 0; g < grams.n; g++) keys.push(`${grams.a1[g]}:${grams.a2[g]}`);
  for (let i = 0; i < ws.n; i++) {
    keys.push(`${ws.h1[i]}:${ws.h2[i]}`);
    if (ws.hasStem[i]) keys.push(`${ws.s1[i]}:${ws.s2[i]}`);
    if (i > 0)
      keys.push(
        `${pair1(ws.h1[i - 1] as number, ws.h1[i] as number)}:${pair2(ws.h2[i - 1] as number, ws.h2[i] as number)}`,
      );
  }
  return [...new Set(keys)];
}

/**
 * The trained model as committed in models/comment-spam.json (written by
 * src/train/write-comment-model.ts). Platt calibration is already folded into `bias`
 * and `weights`: pSpam = σ(bias + featureScale(n) · Σ weights of the comment's n features).
 */
export interface CommentModelWeights {
  /** Feature scheme and model form; a change of either bumps it. */
  format: "comment-spam-v2";
  /** First 12 hex digits of the SHA-256 of the other fields, as written: the model's identity. */
  hash: string;
  /** What it was trained on, in words. */
  trainedOn: string;
  /** pSpam at or above this is possibly spam: shown, never counted against the creator. */
  possibleThreshold: number;
  /**
   * pSpam at or above this is spam: precise enough (≥ 0.95 on Instagram in cross-validation)
   * to lower comment quality. Both are chosen on out-of-fold predictions; see the model card.
   */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}
