// Text PostgreSQL cannot store: NUL characters and unpaired UTF-16 surrogates.
// Imports clean every string on its way to the database; the rest passes untouched.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /[\u0000\ud800-\udfff]/;

/** NUL removed, unpaired surrogates replaced by U+FFFD; most texts pass the test untouched. */
export function cleanText(s: string): string {
  return UNSTORABLE.test(s) ? s.replaceAll("\u0000", "").toWellFormed() : s;
}

// JSON.stringify writes NUL and unpaired surrogates as escapes; paired ones stay characters.
const UNSTORABLE_ESCAPE = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i;

/** JSON text with every string cleaned; the common case is one stringify and one scan. */
export function storableJson(value: unknown): string {
  const json = JSON.stringify(value);
  return UNSTORABLE_ESCAPE.test(json)
    ? JSON.stringify(value, (_key, v) => (typeof v === "string" ? cleanText(v) : v))
    : json;
}
