// Country (ISO 3166-1 alpha-2) and language (ISO 639-1) codes as people type them.
// A code that only looks right ("UK", "XX") used to be stored and then matched
// nothing, so a kit or target silently lost its countries; the code lists come from
// well-kept packages (i18n-iso-countries, iso-639-1), not a table of our own.
// "UK" is the one alias read as its ISO code (GB): it is what most people type for
// the United Kingdom, ISO reserves it for that, and no other country could be meant.
// Any other unknown code is refused with a suggestion, so the user can fix it.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ISO6391 from "iso-639-1";

countries.registerLocale(en);

/** Read as ISO codes, and said so (the form and the API tell the user what was read). */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: "GB" };

/** The aliases readCountryCode reads (for a page that says so after a redirect). */
export const COUNTRY_ALIAS_CODES = Object.keys(COUNTRY_ALIASES) as [string, ...string[]];

/**
 * Codes the package lists that ISO 3166-1 does not assign: Kosovo's XK is a
 * user-assigned code, so a target naming it would match no platform's data either.
 */
const NOT_ISO = new Set(["XK"]);

/** Country codes people type for a language they mean (JP for Japanese), as suggestions only. */
const LANGUAGE_MIXUPS: Readonly<Record<string, string>> = {
  jp: "ja",
  cn: "zh",
  gr: "el",
  dk: "da",
  ua: "uk",
  cz: "cs",
  kr: "ko",
  vn: "vi",
  us: "en",
  gb: "en",
  se: "sv",
};

export type CodeReading = { ok: true; code: string; note: string | null } | { ok: false; message: string };

const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes())
  .filter((c) => !NOT_ISO.has(c))
  .sort();
const LANGUAGE_CODES: readonly string[] = [...ISO6391.getAllCodes()].sort();

const countryName = (code: string) => countries.getName(code, "en", { select: "official" }) ?? code;
const languageName = (code: string) => ISO6391.getName(code) || code;

/** A country as typed ("de", " UK ") → its ISO 3166-1 alpha-2 code, or why not with a suggestion. */
export function readCountryCode(typed: string): CodeReading {
  const raw = typed.trim();
  const upper = raw.toUpperCase();
  const alias = COUNTRY_ALIASES[upper];
  if (alias)
    return {
      ok: true,
      code: alias,
      note: `${upper} was read as ${alias} (${countryName(alias)}), its ISO 3166-1 code`,
    };
  if (/^[A-Z]{2}$/.test(upper) && COUNTRY_CODES.includes(upper)) return { ok: true, code: upper, note: null };
  // A three-letter code or a name the user knows: the two-letter code it stands for.
  const meant =
    (/^[A-Z]{3}$/.test(upper) ? countries.alpha3ToAlpha2(upper) : undefined) ??
    countries.getAlpha2Code(raw, "en");
  const suggestions = meant && !NOT_ISO.has(meant) ? [meant] : neighbours(upper, COUNTRY_CODES);
  return {
    ok: false,
    message: `${shown(raw)} is not a two-letter country code (ISO 3166-1)${didYouMean(suggestions, countryName)}`,
  };
}

/** A language as typed ("EN", "de") → its ISO 639-1 code, or why not with a suggestion. */
export function readLanguageCode(typed: string): CodeReading {
  const raw = typed.trim();
  const lower = raw.toLowerCase();
  if (/^[a-z]{2}$/.test(lower) && ISO6391.validate(lower)) return { ok: true, code: lower, note: null };
  const meant = LANGUAGE_MIXUPS[lower] ?? (ISO6391.getCode(raw) || undefined);
  const suggestions = meant ? [meant] : neighbours(lower, LANGUAGE_CODES);
  return {
    ok: false,
    message: `${shown(raw)} is not a two-letter language code (ISO 639-1)${didYouMean(suggestions, languageName)}`,
  };
}

/**
 * Codes one letter away from a two-letter typo (XX → AX, CX, MX), at most three in
 * alphabetical order: a slip of one key is the likeliest mistake, and the list stays short.
 */
function neighbours(typed: string, codes: readonly string[]): string[] {
  if (typed.length !== 2) return [];
  return codes.filter((c) => (c[0] === typed[0]) !== (c[1] === typed[1])).slice(0, 3);
}

function didYouMean(codes: readonly string[], name: (code: string) => string): string {
  if (codes.length === 0) return "";
  const items = codes.map((c) => `${c} (${name(c)})`);
  const last = items.pop();
  return `; did you mean ${items.length > 0 ? `${items.join(", ")} or ${last}` : last}?`;
}

function shown(raw: string): string {
  return raw === "" ? "An empty code" : `"${raw.length > 20 ? `${raw.slice(0, 20)}…` : raw}"`;
}
