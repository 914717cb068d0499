// Which languages a set of texts is written in, by the Efficient Language Detector (eld,
// Apache-2.0, pure JavaScript, 60 languages, ISO 639-1 codes). Measured against franc,
// franc-min and tinyld on short social-media sentences we wrote in en/de/fr/es/it/pt/nl, it
// was right the most often and was the fastest; cld3-asm is WebAssembly, and core stays pure
// JavaScript (docs/methodology.md, 5e). Its smallest database is used: importing this module
// loads it, about 0.15 s and 90 MB once per process.
import { eld } from "eld/extrasmall";
import { proseOf } from "./keyword-text.js";

/** Stored with every result: change it when the library or its database changes. */
export const LANGUAGE_DETECTOR = "eld-2.1.0-extrasmall";

export interface LanguageShare {
  /** ISO 639-1. */
  code: string;
  /** English name. */
  name: string;
  texts: number;
  /** Of the determined texts. */
  share: number;
}

export interface LanguageMix {
  /** Texts looked at. */
  texts: number;
  /** Of those, too short to judge or not reliably one language. */
  undetermined: number;
  /** Most texts first; null when fewer texts than the minimum were determined. */
  languages: LanguageShare[] | null;
}

const NAMES = new Intl.DisplayNames(["en"], { type: "language" });
const LETTER = /\p{L}/gu;

const ONE_LETTER = /^\p{L}$/u;

/**
 * Has the text at least `min` letters in what the person wrote, links, @mentions and
 * #hashtags left out? Most comments that fail ("🔥🔥🔥", "wow", "@anna") fail a cheap count
 * of all their letters first; a sample may look at tens of thousands of them.
 */
export function hasProseLetters(text: string, min: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length && letters < min; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) letters++;
    else if (c >= 0xaa && c < 0xd800 && ONE_LETTER.test(text[i] as string)) letters++;
  }
  if (letters < min) return false;
  const prose = proseOf(text);
  return prose === text || (prose.match(LETTER)?.length ?? 0) >= min;
}

/**
 * The language of one text, or null when it has fewer than `minLetters` letters outside
 * links, mentions and hashtags, or eld does not call its guess reliable. Hashtags are left
 * out because creators tag in English whatever language they write in.
 */
export function languageOf(text: string, minLetters: number): string | null {
  const prose = proseOf(text);
  if ((prose.match(LETTER)?.length ?? 0) < minLetters) return null;
  const r = eld.detect(prose);
  return r.language && r.isReliable() ? r.language : null;
}

/** Language shares of the texts; `minDetermined` texts must be determined for shares. */
export function languageMix(
  texts: readonly string[],
  minLetters: number,
  minDetermined: number,
): LanguageMix {
  const counts = new Map<string, number>();
  let determined = 0;
  for (const t of texts) {
    const code = languageOf(t, minLetters);
    if (code === null) continue;
    determined++;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return {
    texts: texts.length,
    undetermined: texts.length - determined,
    languages:
      determined < minDetermined || determined === 0
        ? null
        : [...counts]
            .map(([code, n]) => ({ code, name: NAMES.of(code) ?? code, texts: n, share: n / determined }))
            .sort((a, b) => b.texts - a.texts || (a.code < b.code ? -1 : 1)),
  };
}
