// How well a creator's audience matches one of the brand's target audiences: five parts
// (country, age, gender, language, niche), each a share or similarity from 0 to 1 with its
// basis and evidence in words, and one score from 0 to 100 over the parts that could be
// judged. A part is left out when the target does not care ("any") or the audience side is
// unknown, and its weight is shared among the others, as the trust score does: an unknown
// is never a zero. Also the price per 1,000 followers, plain and in the target.
// Weights and formulas are argued in docs/methodology.md, section 10.
import type { AudienceDimension, AudienceProfile } from "./audience-profile.js";
import { PROFILE_SOURCE_LABELS } from "./audience-profile.js";
import type { BrandTarget } from "./brand-target.js";
import { GENDERS } from "./media-kit.js";

export const FIT_PART_IDS = ["country", "age", "gender", "language", "niche"] as const;
export type FitPartId = (typeof FIT_PART_IDS)[number];

/**
 * Shares of the fit score; they sum to 1. Where the audience lives decides whether the
 * brand can sell to it at all (shipping, language of the shop, ad rules), so country
 * weighs most; age is the next filter most products have. Gender is often a preference
 * rather than a boundary, language mostly follows country, and niche is already weighed
 * when a marketer shortlists creators: 15% each.
 */
export const FIT_WEIGHTS: Record<FitPartId, number> = {
  country: 0.3,
  age: 0.25,
  gender: 0.15,
  language: 0.15,
  niche: 0.15,
};

export const FIT_PART_LABELS: Record<FitPartId, string> = {
  country: "Country",
  age: "Age",
  gender: "Gender",
  language: "Language",
  niche: "Niche",
};

export interface FitPart {
  id: FitPartId;
  /** 0–1; null when the part is left out. */
  value: number | null;
  /** The part's share of the score (FIT_WEIGHTS). */
  weight: number;
  /** weight / the sum of the weights of the parts with a value; null when left out. */
  effectiveWeight: number | null;
  /** How the value was worked out, or why the part is left out, in words. */
  basis: string;
  /** The figures behind the value, one sentence each. */
  evidence: string[];
}

export interface AudienceFit {
  target: string;
  /** 0–100, rounded; null when no part has a value. */
  score: number | null;
  parts: Record<FitPartId, FitPart>;
  /** Sum of the weights of the parts with a value (1 = every part judged). */
  weightWithData: number;
  /**
   * Sum of the weights of the parts the target asks about (not "any"): the fit's confidence
   * is weightWithData / weightAsked (score-confidence.ts), since an open part is no missing evidence.
   */
  weightAsked: number;
  /** Audience share in the target's countries (the country part's value), for pricePerThousand. */
  targetShare: number | null;
}

export interface MeasuredAudience {
  /** The audit's niches (niche ids of niches.json with their share of the creator's content). */
  niches: readonly { id: string; share: number }[];
  /** Languages of a sample of the comments (the audit's voice.audience.languages). */
  languages: readonly { code: string; share: number }[] | null;
}

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`;

const sumShares = (d: AudienceDimension, keys: ReadonlySet<string>) =>
  d.shares.reduce((s, x) => (keys.has(x.key) ? s + x.share : s), 0);

/** A profile city matches a target city when they are equal, or its first part is ("Berlin, Berlin, Germany"). */
export function cityMatches(profileCity: string, targetCity: string): boolean {
  const a = profileCity.trim().toLowerCase();
  const b = targetCity.trim().toLowerCase();
  return a === b || (a.split(",")[0] ?? "").trim() === b;
}

type PartResult = Pick<FitPart, "value" | "basis" | "evidence"> & { anyTarget?: true };

const leftOut = (basis: string): PartResult => ({ value: null, basis, evidence: [] });
/** Left out because the target does not ask (any country, any age…): no evidence is missing. */
const notAsked = (basis: string): PartResult => ({ value: null, basis, evidence: [], anyTarget: true });

function countryPart(profile: AudienceProfile, target: BrandTarget): PartResult {
  const wanted = new Set(target.countries.map((c) => c.toUpperCase()));
  const cityNote = (): string[] => {
    if (target.cities.length === 0) return [];
    if (!profile.cities) return ["The audience's cities are unknown."];
    const hits = profile.cities.shares.filter((c) => target.cities.some((t) => cityMatches(c.key, t)));
    return hits.length
      ? [
          `${pct(hits.reduce((s, c) => s + c.share, 0))} of the audience live in the target's cities (${hits
            .map((c) => `${c.key} ${pct(c.share)}`)
            .join(", ")}).`,
        ]
      : [`None of the audience's listed cities is one of the target's (${target.cities.join(", ")}).`];
  };
  if (wanted.size === 0) {
    if (target.cities.length === 0) return notAsked("The target takes any country.");
    // A target of cities only: the share of the audience in those cities.
    if (!profile.cities)
      return leftOut("The target names cities only, and the audience's cities are unknown.");
    const hits = profile.cities.shares.filter((c) => target.cities.some((t) => cityMatches(c.key, t)));
    return {
      value: hits.reduce((s, c) => s + c.share, 0),
      basis: `Share of the audience in the target's cities, from ${PROFILE_SOURCE_LABELS[profile.cities.source]}.`,
      evidence: cityNote(),
    };
  }
  if (!profile.countries) return leftOut("The audience's countries are unknown.");
  const hits = profile.countries.shares.filter((c) => wanted.has(c.key));
  const value = sumShares(profile.countries, wanted);
  return {
    value,
    basis: `Share of the audience in the target's countries (${[...wanted].join(", ")}), from ${
      PROFILE_SOURCE_LABELS[profile.countries.source]
    }; countries the source does not list count as outside.`,
    evidence: [
      hits.length
        ? `${pct(value)} of the audience: ${hits.map((c) => `${c.key} ${pct(c.share)}`).join(", ")}.`
        : `None of the audience's listed countries (${profile.countries.shares
            .map((c) => c.key)
            .join(", ")}) is in the target.`,
      ...cityNote(),
    ],
  };
}

function agePart(profile: AudienceProfile, target: BrandTarget): PartResult {
  if (target.ageBands.length === 0) return notAsked("The target takes any age.");
  if (!profile.age) return leftOut("The audience's ages are unknown.");
  const wanted = new Set<string>(target.ageBands);
  const value = sumShares(profile.age, wanted);
  const hits = profile.age.shares.filter((a) => wanted.has(a.key));
  return {
    value,
    basis: `Share of the audience in the target's age bands (${target.ageBands.join(", ")}), from ${
      PROFILE_SOURCE_LABELS[profile.age.source]
    }.`,
    evidence: [
      `${pct(value)} of the audience: ${hits.map((a) => `${a.key} ${pct(a.share)}`).join(", ") || "none"}.`,
    ],
  };
}

/** 1 − total variation distance: 1 when the splits are equal, 0 when they share nothing. */
function genderPart(profile: AudienceProfile, target: BrandTarget): PartResult {
  const targetTotal = target.gender ? GENDERS.reduce((s, g) => s + (target.gender?.[g] ?? 0), 0) : 0;
  if (!target.gender || !(targetTotal > 0)) return notAsked("The target takes any gender split.");
  if (!profile.gender) return leftOut("The audience's gender split is unknown.");
  const audienceTotal = profile.gender.shares.reduce((s, g) => s + g.share, 0);
  const p = (g: string) => (profile.gender?.shares.find((s) => s.key === g)?.share ?? 0) / audienceTotal;
  const q = (g: (typeof GENDERS)[number]) => (target.gender?.[g] ?? 0) / targetTotal;
  const tvd = GENDERS.reduce((s, g) => s + Math.abs(p(g) - q(g)), 0) / 2;
  const split = (f: (g: (typeof GENDERS)[number]) => number) =>
    GENDERS.map((g) => `${g} ${pct(f(g))}`).join(", ");
  return {
    value: 1 - tvd,
    basis: `1 − the total variation distance between the audience's gender split (from ${
      PROFILE_SOURCE_LABELS[profile.gender.source]
    }) and the target's: ½ Σ |audience − target| over female, male, other.`,
    evidence: [`Audience ${split(p)}; target ${split(q)}; distance ${pct(tvd)}.`],
  };
}

function languagePart(
  profile: AudienceProfile,
  target: BrandTarget,
  measured: MeasuredAudience["languages"],
): PartResult {
  if (target.languages.length === 0) return notAsked("The target takes any language.");
  const wanted = new Set(target.languages.map((l) => l.toLowerCase()));
  const [shares, from] = profile.languages
    ? [profile.languages.shares, PROFILE_SOURCE_LABELS[profile.languages.source]]
    : measured && measured.length > 0
      ? [measured.map((l) => ({ key: l.code, share: l.share })), "the languages of a sample of the comments"]
      : [null, ""];
  if (!shares) return leftOut("The audience's languages are unknown (no kit languages, too few comments).");
  const hits = shares.filter((l) => wanted.has(l.key));
  const value = Math.min(
    1,
    hits.reduce((s, l) => s + l.share, 0),
  );
  return {
    value,
    basis: `Share of the audience in the target's languages (${[...wanted].join(", ")}), from ${from}.`,
    evidence: [`${pct(value)}: ${hits.map((l) => `${l.key} ${pct(l.share)}`).join(", ") || "none of them"}.`],
  };
}

/**
 * The sum, not the maximum, of the creator's shares in the target's niches: niche shares
 * add up to 1 over the creator's content, so the sum is the share of the content in the
 * brand's niches, and a creator split between two of them is as relevant as one in either.
 */
function nichePart(target: BrandTarget, niches: MeasuredAudience["niches"]): PartResult {
  if (target.niches.length === 0) return notAsked("The target takes any niche.");
  if (niches.length === 0) return leftOut("The creator's niches are unknown (no niche detected).");
  const wanted = new Set(target.niches);
  const hits = niches.filter((n) => wanted.has(n.id));
  const value = Math.min(
    1,
    hits.reduce((s, n) => s + n.share, 0),
  );
  return {
    value,
    basis: `Share of the creator's content in the target's niches (${target.niches.join(", ")}), from the audit's niche detection.`,
    evidence: [
      hits.length
        ? `${hits.map((n) => `${n.id} ${pct(n.share)}`).join(", ")}.`
        : `The creator's niches (${niches.map((n) => n.id).join(", ")}) are none of the target's.`,
    ],
  };
}

export function computeFit(
  profile: AudienceProfile,
  target: BrandTarget,
  measured: MeasuredAudience,
): AudienceFit {
  const results: Record<FitPartId, PartResult> = {
    country: countryPart(profile, target),
    age: agePart(profile, target),
    gender: genderPart(profile, target),
    language: languagePart(profile, target, measured.languages),
    niche: nichePart(target, measured.niches),
  };
  const weightWithData = FIT_PART_IDS.reduce(
    (s, id) => (results[id].value === null ? s : s + FIT_WEIGHTS[id]),
    0,
  );
  const weightAsked = FIT_PART_IDS.reduce((s, id) => (results[id].anyTarget ? s : s + FIT_WEIGHTS[id]), 0);
  const parts = Object.fromEntries(
    FIT_PART_IDS.map((id) => {
      const { anyTarget: _, ...r } = results[id];
      return [
        id,
        {
          id,
          ...r,
          weight: FIT_WEIGHTS[id],
          effectiveWeight: r.value === null ? null : FIT_WEIGHTS[id] / weightWithData,
        },
      ];
    }),
  ) as Record<FitPartId, FitPart>;
  const weighted = FIT_PART_IDS.reduce((s, id) => s + (results[id].value ?? 0) * FIT_WEIGHTS[id], 0);
  return {
    target: target.name,
    score: weightWithData > 0 ? Math.round((100 * weighted) / weightWithData) : null,
    parts,
    weightWithData,
    weightAsked,
    targetShare: results.country.value,
  };
}

export interface PriceInput {
  /** The creator's rate for one deliverable, in its currency. */
  rate: number | null;
  followers: number | null;
  /** 1 − the estimated fake share. */
  realShare: number | null;
  /** Share of the audience in the target (the country part of the fit). */
  targetShare: number | null;
}

export interface PricePerThousand {
  /** rate / followers × 1000. */
  plain: number | null;
  /** rate / (followers × realShare × targetShare) × 1000: the price of 1,000 real followers in the target. */
  inTarget: number | null;
}

const usable = (x: number | null): x is number => x !== null && Number.isFinite(x) && x > 0;

/**
 * Unknown or zero divisors give null (never a division by 0, never an infinite price).
 * A rate of 0 (a gifted collaboration) prices at 0.
 */
export function pricePerThousand({ rate, followers, realShare, targetShare }: PriceInput): PricePerThousand {
  if (rate === null || !Number.isFinite(rate) || rate < 0 || !usable(followers))
    return { plain: null, inTarget: null };
  const plain = (rate / followers) * 1000;
  const inTarget =
    usable(realShare) && usable(targetShare) ? (rate / (followers * realShare * targetShare)) * 1000 : null;
  return { plain, inTarget };
}
