// A media kit's claims against what Vouch measured: the follower count against the latest
// snapshot, the claimed engagement rate against the measured median, the claimed top
// countries and languages against the languages of the comments, and the claimed share of
// real followers against the follower model's interval. Each claim gets a verdict —
// consistent, off (by how much) or cannot check — and the evidence in words, so a marketer
// can ask the creator about exactly the claim that does not hold. Thresholds are the
// constants below, argued in docs/methodology.md, section 10.
import type { MediaKit } from "./media-kit.js";
import type { Platform } from "./types.js";

/** A claimed follower count within ±5% of the snapshot is consistent (counts move daily; kits round). */
export const FOLLOWER_TOLERANCE = 0.05;
/** A claimed engagement rate within ±1 percentage point of the measured median is consistent… */
export const ER_TOLERANCE_POINTS = 1;
/** …or within ±25% of it (relative): kits often quote a mean or a good month's rate. */
export const ER_TOLERANCE_RELATIVE = 0.25;
/** Claimed countries and languages with at least this share (percent) are checked. */
export const CLAIM_MIN_SHARE = 10;
/** A language below this share of the determined comments counts as absent (detection errors, loose comments). */
export const LANGUAGE_PRESENT_SHARE = 0.02;

/** The main language of common markets (ISO 3166-1 → ISO 639-1). A country not here cannot be checked. */
export const COUNTRY_LANGUAGES: Readonly<Record<string, string>> = {
  DE: "de",
  AT: "de",
  CH: "de",
  LI: "de",
  FR: "fr",
  BE: "fr",
  LU: "fr",
  IT: "it",
  ES: "es",
  MX: "es",
  AR: "es",
  CO: "es",
  CL: "es",
  PE: "es",
  US: "en",
  GB: "en",
  CA: "en",
  AU: "en",
  IE: "en",
  NZ: "en",
  BR: "pt",
  PT: "pt",
  NL: "nl",
  PL: "pl",
  SE: "sv",
  NO: "no",
  DK: "da",
  FI: "fi",
  CZ: "cs",
  GR: "el",
  TR: "tr",
  RU: "ru",
  UA: "uk",
  JP: "ja",
  KR: "ko",
  ID: "id",
};

export type ClaimVerdict = "consistent" | "off" | "cannot_check";
export type ClaimKind = "followers" | "engagement_rate" | "country" | "language" | "real_share";

export interface Claim {
  kind: ClaimKind;
  /** The claim in words ("12,400 followers on instagram"). */
  claim: string;
  /** The kit's field, as the form names it ("platforms[0].followers", "countries[1]"). */
  field: string;
  /** The claimed figure in words. */
  claimed: string;
  /** What Vouch measured, in words; null when nothing was measured. */
  measured: string | null;
  verdict: ClaimVerdict;
  /** How far off the claim is ("+18%", "+2.1 points"); null when it cannot be checked. */
  offBy: string | null;
  evidence: string;
}

export interface MeasuredForClaims {
  platform: Platform;
  handle: string;
  /** Followers at the latest profile snapshot. */
  followers: number | null;
  /** Median engagement rate as a fraction (0.035 = 3.5%). */
  medianRate: number | null;
  /** Estimated share of fake followers (0–1) with its 95% interval. */
  fakeShare: { share: number; low: number; high: number } | null;
  /** Languages of a sample of the comments by others (ISO 639-1, shares of the determined comments). */
  commentLanguages: readonly { code: string; share: number }[] | null;
  /** Comments in that sample, for the evidence. */
  commentSample?: number | null;
}

const NUMBER = new Intl.NumberFormat("en-GB");
const fmt = (x: number) => NUMBER.format(x);
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
/** "+2.1", "-0.4", "0.0". */
const signed = (x: number, digits: number) => {
  const text = x.toFixed(digits);
  return x > 0 && Number(text) !== 0 ? `+${text}` : text.replace(/^-(0\.?0*)$/, "$1");
};
/** A relative difference as "+18%" (one decimal under 10%: "+4.2%"). */
const signedPercent = (x: number) => {
  const percent = x * 100;
  return `${signed(percent, Math.abs(percent) < 10 ? 1 : 0)}%`;
};
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });
const REGION_NAMES = new Intl.DisplayNames(["en"], { type: "region" });
const languageName = (code: string) => LANGUAGE_NAMES.of(code) ?? code;
const regionName = (code: string) => {
  try {
    return REGION_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
};
const stripAt = (h: string) => h.trim().replace(/^@/, "").toLowerCase();

export function checkClaims(kit: MediaKit, measured: MeasuredForClaims): Claim[] {
  const claims: Claim[] = [];
  const index = findPlatform(kit, measured);
  if (index !== null) {
    const p = kit.platforms[index];
    if (p?.followers !== null && p?.followers !== undefined)
      claims.push(followerClaim(p.followers, `platforms[${index}].followers`, measured));
    if (p?.engagementRate !== null && p?.engagementRate !== undefined)
      claims.push(engagementClaim(p.engagementRate, `platforms[${index}].engagementRate`, measured));
  }
  const languages =
    measured.commentLanguages && measured.commentLanguages.length > 0 ? measured.commentLanguages : null;
  for (const [i, c] of kit.countries.entries())
    if (c.share >= CLAIM_MIN_SHARE)
      claims.push(countryClaim(c.country, c.share, `countries[${i}]`, languages, measured));
  for (const [i, l] of kit.languages.entries())
    if (l.share >= CLAIM_MIN_SHARE)
      claims.push(languageClaim(l.language, l.share, `languages[${i}]`, languages, measured));
  if (kit.realFollowerShare !== null) claims.push(realShareClaim(kit.realFollowerShare, measured));
  return claims;
}

/** The kit's entry for the audited account: same platform and handle, else the only entry of that platform. */
function findPlatform(kit: MediaKit, m: MeasuredForClaims): number | null {
  const handle = stripAt(m.handle);
  const exact = kit.platforms.findIndex((p) => p.platform === m.platform && stripAt(p.handle) === handle);
  if (exact >= 0) return exact;
  const same = kit.platforms.flatMap((p, i) => (p.platform === m.platform ? [i] : []));
  return same.length === 1 ? (same[0] ?? null) : null;
}

function followerClaim(claimed: number, field: string, m: MeasuredForClaims): Claim {
  const base = {
    kind: "followers" as const,
    claim: `${fmt(claimed)} followers on ${m.platform}`,
    field,
    claimed: fmt(claimed),
  };
  if (m.followers === null || m.followers <= 0)
    return {
      ...base,
      measured: null,
      verdict: "cannot_check",
      offBy: null,
      evidence: `No follower count for @${stripAt(m.handle)} has been imported.`,
    };
  const rel = (claimed - m.followers) / m.followers;
  const ok = Math.abs(rel) <= FOLLOWER_TOLERANCE;
  return {
    ...base,
    measured: fmt(m.followers),
    verdict: ok ? "consistent" : "off",
    offBy: signedPercent(rel),
    evidence: `The latest snapshot of @${stripAt(m.handle)} counts ${fmt(m.followers)} followers; the kit claims ${fmt(
      claimed,
    )} (${signedPercent(rel)}; within ±${FOLLOWER_TOLERANCE * 100}% is consistent).`,
  };
}

function engagementClaim(claimedPercent: number, field: string, m: MeasuredForClaims): Claim {
  const base = {
    kind: "engagement_rate" as const,
    claim: `an engagement rate of ${one(claimedPercent)}%`,
    field,
    claimed: `${one(claimedPercent)}%`,
  };
  if (m.medianRate === null)
    return {
      ...base,
      measured: null,
      verdict: "cannot_check",
      offBy: null,
      evidence:
        "Vouch has no median engagement rate for this account (too few posts with counts, or no follower count).",
    };
  const measuredPercent = m.medianRate * 100;
  const points = claimedPercent - measuredPercent;
  const rel = measuredPercent > 0 ? points / measuredPercent : Number.POSITIVE_INFINITY;
  const ok =
    Math.abs(points) <= ER_TOLERANCE_POINTS ||
    (Number.isFinite(rel) && Math.abs(rel) <= ER_TOLERANCE_RELATIVE);
  return {
    ...base,
    measured: `${one(measuredPercent)}%`,
    verdict: ok ? "consistent" : "off",
    offBy: `${signed(Math.round(points * 10) / 10, 1)} points`,
    evidence: `The median engagement rate over the latest posts is ${one(measuredPercent)}%; the kit claims ${one(
      claimedPercent,
    )}% (${signed(Math.round(points * 10) / 10, 1)} points${
      Number.isFinite(rel) ? `, ${signedPercent(rel)}` : ""
    }; within ±${ER_TOLERANCE_POINTS} point or ±${ER_TOLERANCE_RELATIVE * 100}% is consistent).`,
  };
}

type Languages = readonly { code: string; share: number }[] | null;

const sampleWords = (m: MeasuredForClaims) =>
  m.commentSample ? `the ${fmt(m.commentSample)} comments sampled` : "the comments sampled";

function languagePresence(
  code: string,
  languages: Languages,
  m: MeasuredForClaims,
): Pick<Claim, "measured" | "verdict" | "offBy" | "evidence"> {
  if (!languages)
    return {
      measured: null,
      verdict: "cannot_check",
      offBy: null,
      evidence: "Too few comments in a language that could be told to know the audience's languages.",
    };
  const share = languages.find((l) => l.code === code)?.share ?? 0;
  const present = share >= LANGUAGE_PRESENT_SHARE;
  const top = languages
    .slice(0, 3)
    .map((l) => `${languageName(l.code)} ${one(l.share * 100)}%`)
    .join(", ");
  return {
    measured: `${languageName(code)} in ${one(share * 100)}% of comments`,
    verdict: present ? "consistent" : "off",
    offBy: present ? null : `${languageName(code)} ${one(share * 100)}% of comments`,
    evidence: `${languageName(code)} is ${present ? "" : "absent or nearly so: "}${one(share * 100)}% of ${sampleWords(
      m,
    )} (most: ${top}); below ${LANGUAGE_PRESENT_SHARE * 100}% counts as absent.`,
  };
}

function countryClaim(
  country: string,
  share: number,
  field: string,
  languages: Languages,
  m: MeasuredForClaims,
): Claim {
  const code = country.toUpperCase();
  const base = {
    kind: "country" as const,
    claim: `${one(share)}% of the audience in ${regionName(code)}`,
    field,
    claimed: `${code} ${one(share)}%`,
  };
  const language = COUNTRY_LANGUAGES[code];
  if (!language)
    return {
      ...base,
      measured: null,
      verdict: "cannot_check",
      offBy: null,
      evidence: `Vouch does not know the main language of ${regionName(code)}, so its comments cannot tell.`,
    };
  const check = languagePresence(language, languages, m);
  return {
    ...base,
    ...check,
    evidence:
      check.verdict === "cannot_check"
        ? check.evidence
        : `The main language of ${regionName(code)} is ${languageName(language)}. ${check.evidence}`,
  };
}

function languageClaim(
  language: string,
  share: number,
  field: string,
  languages: Languages,
  m: MeasuredForClaims,
): Claim {
  const code = language.toLowerCase();
  return {
    kind: "language",
    claim: `${one(share)}% of the audience speak ${languageName(code)}`,
    field,
    claimed: `${code} ${one(share)}%`,
    ...languagePresence(code, languages, m),
  };
}

function realShareClaim(claimedPercent: number, m: MeasuredForClaims): Claim {
  const base = {
    kind: "real_share" as const,
    claim: `${one(claimedPercent)}% real followers`,
    field: "realFollowerShare",
    claimed: `${one(claimedPercent)}%`,
  };
  if (!m.fakeShare)
    return {
      ...base,
      measured: null,
      verdict: "cannot_check",
      offBy: null,
      evidence: "No follower sample has been scored, so the share of real followers is unknown.",
    };
  const real = 1 - m.fakeShare.share;
  const low = 1 - m.fakeShare.high;
  const high = 1 - m.fakeShare.low;
  const claimed = claimedPercent / 100;
  const inside = claimed >= low - 1e-9 && claimed <= high + 1e-9;
  const points = (claimed - real) * 100;
  return {
    ...base,
    measured: `${one(real * 100)}% (95% interval ${one(low * 100)}–${one(high * 100)}%)`,
    verdict: inside ? "consistent" : "off",
    offBy: `${signed(Math.round(points * 10) / 10, 1)} points`,
    evidence: `The follower model estimates ${one(real * 100)}% real followers (95% interval ${one(low * 100)}–${one(
      high * 100,
    )}%); the kit's ${one(claimedPercent)}% is ${inside ? "inside" : "outside"} that interval.`,
  };
}
