// "Best candidates for this target": one documented rule over the trust score, the
// audience fit, the fake-follower share and the price per 1,000 real followers in the
// target, with each part shown. Sorting by fit alone put a 5 (E) creator with 73% fake
// followers second; here a creator the evidence rules out (grade E, or at least half the
// followers fake) is ranked after every other, whatever its fit, and a provisional score
// or fit after the complete ones. Pure: the creators list (page, API, CLI) calls it.
// The rule is argued in docs/methodology.md, section 11.
import { MIN_FIT_PARTS, PROVISIONAL_BELOW } from "./score-confidence.js";

/** A trust score below this (grade E, "strong signs of bought audience or engagement") rules a creator out. */
export const RULED_OUT_TRUST_BELOW = 40;
/** So does an estimated fake share of at least this: HypeAuditor's cut for micro-influencers (under 50% real). */
export const RULED_OUT_FAKE_SHARE = 0.5;

export const CANDIDATE_PART_IDS = ["fit", "trust", "realFollowers", "price"] as const;
export type CandidatePartId = (typeof CANDIDATE_PART_IDS)[number];

/**
 * Shares of the candidate score. Fit first: the list answers "for this target". Trust next:
 * it already weighs the followers' authenticity, so the real share adds a little on its own,
 * as does the price (a cheap audience matters once it is the right and a real one).
 */
export const CANDIDATE_WEIGHTS: Record<CandidatePartId, number> = {
  fit: 0.4,
  trust: 0.3,
  realFollowers: 0.15,
  price: 0.15,
};

export const CANDIDATE_PART_LABELS: Record<CandidatePartId, string> = {
  fit: "fit",
  trust: "trust",
  realFollowers: "real followers",
  price: "price",
};

/** In ranking order: ranked, then provisional, then without a score or fit, then ruled out. */
export const CANDIDATE_BANDS = ["ranked", "provisional", "incomplete", "ruled_out"] as const;
export type CandidateBand = (typeof CANDIDATE_BANDS)[number];

export const CANDIDATE_BAND_LABELS: Record<CandidateBand, string> = {
  ranked: "candidate",
  provisional: "provisional",
  incomplete: "not enough data",
  ruled_out: "ruled out",
};

export interface CandidateInput {
  /** Trust score 0–100 and the share of its weight with data; null: no score. */
  trust: { value: number; coverage: number } | null;
  /** Fit 0–100, its coverage and how many parts were judged; null: no fit. */
  fit: { score: number; coverage: number; parts: number } | null;
  /** Estimated fake-follower share, 0–1. */
  fakeShare: number | null;
  /** Price per 1,000 real followers in the target, in `currency`. */
  price: { inTarget: number; currency: string } | null;
}

export interface CandidatePart {
  id: CandidatePartId;
  /** 0–100; null when the part had no data (its weight is shared among the others). */
  points: number | null;
  weight: number;
}

export interface CandidateRank {
  band: CandidateBand;
  /** 0–100 over the parts with points; null without trust or fit. */
  score: number | null;
  parts: CandidatePart[];
  /** Why the band, in words ("ruled out: grade E"); empty for a ranked candidate. */
  why: string;
}

/**
 * Ranks every creator of one list: the price part compares each price with the median of
 * the list's prices in the same currency, so it needs the whole list.
 */
export function rankCandidates(inputs: readonly CandidateInput[]): CandidateRank[] {
  const medians = medianPrices(inputs);
  return inputs.map((c) => rankOne(c, medians));
}

function rankOne(c: CandidateInput, medians: Map<string, number>): CandidateRank {
  const points: Record<CandidatePartId, number | null> = {
    fit: c.fit?.score ?? null,
    trust: c.trust?.value ?? null,
    realFollowers: c.fakeShare === null ? null : 100 * (1 - c.fakeShare),
    price: c.price === null ? null : pricePoints(c.price.inTarget, medians.get(c.price.currency) ?? null),
  };
  const parts = CANDIDATE_PART_IDS.map((id) => ({ id, points: points[id], weight: CANDIDATE_WEIGHTS[id] }));
  const withData = parts.filter((p) => p.points !== null);
  const weight = withData.reduce((s, p) => s + p.weight, 0);
  const score =
    c.trust === null || c.fit === null
      ? null
      : Math.round(withData.reduce((s, p) => s + (p.points as number) * p.weight, 0) / weight);
  const { band, why } = bandOf(c);
  return { band, score, parts, why };
}

function bandOf(c: CandidateInput): { band: CandidateBand; why: string } {
  const out: string[] = [];
  if (c.trust !== null && c.trust.value < RULED_OUT_TRUST_BELOW) out.push(`trust ${c.trust.value} (grade E)`);
  if (c.fakeShare !== null && c.fakeShare >= RULED_OUT_FAKE_SHARE)
    out.push(`${Math.round(c.fakeShare * 100)}% fake followers`);
  if (out.length) return { band: "ruled_out", why: `ruled out: ${out.join(", ")}` };
  if (c.trust === null || c.fit === null)
    return { band: "incomplete", why: `no ${c.trust === null ? "trust score" : "fit"}` };
  const thin: string[] = [];
  if (c.trust.coverage < PROVISIONAL_BELOW - 1e-9) thin.push("trust score provisional");
  if (c.fit.parts < MIN_FIT_PARTS) thin.push(`fit from ${c.fit.parts} part`);
  else if (c.fit.coverage < PROVISIONAL_BELOW - 1e-9) thin.push("fit provisional");
  if (thin.length) return { band: "provisional", why: thin.join(", ") };
  return { band: "ranked", why: "" };
}

/**
 * At or below the list's median price in that currency: 100; above it, 100 × median / price
 * (twice the median scores 50). A price is compared only with prices in its own currency;
 * a price alone in its currency has nothing to be compared with (null: left out).
 */
export function pricePoints(price: number, median: number | null): number | null {
  if (median === null) return null;
  if (price <= median) return 100;
  return (100 * median) / price;
}

function medianPrices(inputs: readonly CandidateInput[]): Map<string, number> {
  const by = new Map<string, number[]>();
  for (const c of inputs)
    if (c.price) by.set(c.price.currency, [...(by.get(c.price.currency) ?? []), c.price.inTarget]);
  return new Map(
    [...by]
      .filter(([, prices]) => prices.length >= 2)
      .map(([currency, prices]) => {
        const s = [...prices].sort((a, b) => a - b);
        const mid = Math.floor(s.length / 2);
        const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
        return [currency, median];
      }),
  );
}

/**
 * Order of two candidates: by band (ranked, provisional, incomplete, ruled out; with
 * `provisionalLast` false, provisional ones mix with the ranked), then by score, best first
 * unless `ascending`. Ties are left to the caller (the list breaks them by username).
 */
export function compareCandidates(
  a: CandidateRank,
  b: CandidateRank,
  opts: { provisionalLast: boolean; ascending?: boolean },
): number {
  const band = (r: CandidateRank) => {
    const i = CANDIDATE_BANDS.indexOf(r.band);
    return !opts.provisionalLast && r.band === "provisional" ? 0 : i;
  };
  const d = band(a) - band(b);
  if (d !== 0) return d;
  if (a.score === null || b.score === null) return a.score === b.score ? 0 : a.score === null ? 1 : -1;
  return opts.ascending ? a.score - b.score : b.score - a.score;
}

/** Each part's points in words, for the list: "fit 70 · trust 80 · real followers 88 · price no data". */
export function candidatePartsText(r: Pick<CandidateRank, "parts">): string {
  return r.parts
    .map((p) => `${CANDIDATE_PART_LABELS[p.id]} ${p.points === null ? "no data" : Math.round(p.points)}`)
    .join(" · ");
}
