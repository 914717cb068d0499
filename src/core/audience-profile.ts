// One normalised description of a creator's audience, whatever it came from: a media kit
// the creator filled in (percentages) or the platform's own follower demographics imported
// from the Instagram Graph API (counts). Every share is a fraction of the audience, so the
// fit (audience-fit.ts) reads one shape; each dimension says where it came from, because a
// creator's typed claim and the platform's count do not deserve the same trust.
// Shares within a dimension sum to at most 1: a top-N list (countries, cities, languages)
// leaves the rest unknown rather than inventing an "other".
import {
  AGE_BANDS,
  type AgeBand,
  GENDERS,
  type Gender,
  INCOME_BANDS,
  type IncomeBand,
  type MediaKit,
} from "./media-kit.js";
import type { AccountDemographic, DemographicDimension } from "./types.js";

export type ProfileSource = "media_kit" | "graph_api";

export const PROFILE_SOURCE_LABELS: Record<ProfileSource, string> = {
  media_kit: "the creator's media kit",
  graph_api: "the platform's follower demographics",
};

export interface AudienceShare<K extends string = string> {
  key: K;
  /** Fraction of the audience, 0–1. */
  share: number;
}

export interface AudienceDimension<K extends string = string> {
  /** Largest share first; the shares sum to at most 1. */
  shares: AudienceShare<K>[];
  source: ProfileSource;
  /** When the platform's counts were captured (epoch ms); null for a kit. */
  capturedAt: number | null;
}

export interface AudienceProfile {
  gender: AudienceDimension<Gender> | null;
  age: AudienceDimension<AgeBand> | null;
  /** ISO 3166-1 alpha-2, upper case. */
  countries: AudienceDimension | null;
  /** The city as its source names it ("Berlin" in a kit, "Berlin, Berlin, Germany" from the Graph API). */
  cities: AudienceDimension | null;
  incomeBands: AudienceDimension<IncomeBand> | null;
  /** ISO 639-1, lower case. */
  languages: AudienceDimension | null;
}

export const EMPTY_PROFILE: AudienceProfile = {
  gender: null,
  age: null,
  countries: null,
  cities: null,
  incomeBands: null,
  languages: null,
};

/** Instagram's follower_demographics genders: F, M and U (unknown, shown as "other"). */
export const GRAPH_GENDERS: Record<string, Gender> = { F: "female", M: "male", U: "other" };

const bySize = <K extends string>(a: AudienceShare<K>, b: AudienceShare<K>) =>
  b.share - a.share || a.key.localeCompare(b.key);

function dimension<K extends string>(
  shares: AudienceShare<K>[],
  source: ProfileSource,
  capturedAt: number | null,
): AudienceDimension<K> | null {
  const known = shares.filter((s) => Number.isFinite(s.share) && s.share > 0);
  if (known.length === 0) return null;
  // Percentages that add up to 101 by rounding would give shares above 1 in total.
  const total = known.reduce((t, s) => t + s.share, 0);
  const scale = total > 1 ? 1 / total : 1;
  return {
    shares: known.map((s) => ({ key: s.key, share: s.share * scale })).sort(bySize),
    source,
    capturedAt,
  };
}

/** Sums shares of repeated keys (a kit may name a country twice). */
function summed<K extends string>(entries: readonly [K, number][]): AudienceShare<K>[] {
  const byKey = new Map<K, number>();
  for (const [key, share] of entries) byKey.set(key, (byKey.get(key) ?? 0) + share);
  return [...byKey].map(([key, share]) => ({ key, share }));
}

function fromRecord<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, number>> | null,
): AudienceShare<K>[] {
  if (!values) return [];
  return keys.flatMap((key) => {
    const v = values[key];
    return v === undefined ? [] : [{ key, share: v / 100 }];
  });
}

/** A media kit's percentages as fractions. */
export function profileFromKit(kit: MediaKit): AudienceProfile {
  const src = "media_kit" as const;
  return {
    gender: dimension(fromRecord(GENDERS, kit.gender), src, null),
    age: dimension(fromRecord(AGE_BANDS, kit.ageBands), src, null),
    countries: dimension(
      summed(kit.countries.map((c) => [c.country.toUpperCase(), c.share / 100])),
      src,
      null,
    ),
    cities: dimension(summed(kit.cities.map((c) => [c.city.trim(), c.share / 100])), src, null),
    incomeBands: dimension(fromRecord(INCOME_BANDS, kit.incomeBands), src, null),
    languages: dimension(
      summed(kit.languages.map((l) => [l.language.toLowerCase(), l.share / 100])),
      src,
      null,
    ),
  };
}

/**
 * The platform's counts as fractions. Each dimension is read from its latest capture.
 * The denominator is the largest total of any dimension in that capture, not the
 * dimension's own total: age and gender cover every follower with demographic data,
 * while countries and cities list only the top 45, so dividing the city counts by their
 * own sum would inflate every city's share (and a "share in the target" with it).
 * Age keys outside the platforms' bands and genders other than F and M count as they
 * are reported: unknown ages are not listed, U and anything else is "other".
 */
export function profileFromDemographics(rows: readonly AccountDemographic[]): AudienceProfile {
  if (rows.length === 0) return { ...EMPTY_PROFILE };
  const latest = new Map<DemographicDimension, number>();
  for (const r of rows) latest.set(r.dimension, Math.max(latest.get(r.dimension) ?? 0, r.capturedAt));
  const current = rows.filter((r) => r.capturedAt === latest.get(r.dimension));
  const totals = new Map<DemographicDimension, number>();
  for (const r of current) totals.set(r.dimension, (totals.get(r.dimension) ?? 0) + r.value);
  const of = (d: DemographicDimension) => current.filter((r) => r.dimension === d);
  const denominatorFor = (d: DemographicDimension) => {
    const at = latest.get(d);
    let max = 0;
    for (const [dim, total] of totals) if (latest.get(dim) === at) max = Math.max(max, total);
    return max;
  };
  const read = <K extends string>(
    d: DemographicDimension,
    keyOf: (key: string) => K | null,
  ): AudienceDimension<K> | null => {
    const denominator = denominatorFor(d);
    if (!(denominator > 0)) return null;
    const entries = of(d).flatMap((r): [K, number][] => {
      const key = keyOf(r.key);
      return key === null ? [] : [[key, r.value / denominator]];
    });
    return dimension(summed(entries), "graph_api", latest.get(d) ?? null);
  };
  return {
    gender: read("gender", (k) => GRAPH_GENDERS[k.trim().toUpperCase()] ?? "other"),
    age: read("age", (k) => (AGE_BANDS.includes(k.trim() as AgeBand) ? (k.trim() as AgeBand) : null)),
    countries: read("country", (k) => k.trim().toUpperCase()),
    cities: read("city", (k) => k.trim()),
    incomeBands: null,
    languages: null,
  };
}

/**
 * One profile from several, dimension by dimension: the first profile that knows a
 * dimension gives it. Pass the platform's demographics before the kit: the platform
 * counted its followers, the creator typed a claim (kit-claims.ts checks those claims).
 */
export function combineProfiles(...profiles: readonly AudienceProfile[]): AudienceProfile {
  const pick = <D extends keyof AudienceProfile>(d: D): AudienceProfile[D] =>
    profiles.find((p) => p[d] !== null)?.[d] ?? null;
  return {
    gender: pick("gender"),
    age: pick("age"),
    countries: pick("countries"),
    cities: pick("cities"),
    incomeBands: pick("incomeBands"),
    languages: pick("languages"),
  };
}
