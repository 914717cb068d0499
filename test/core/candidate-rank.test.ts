// "Best candidates for this target", worked out by hand. Weights: fit 40%, trust 30%,
// real followers 15%, price 15% (docs/methodology.md, section 11). Prices in EUR: 30, 60
// and 10 → the median is 30; 30 scores 100, 60 scores 100 × 30 / 60 = 50, 10 scores 100.
import { describe, expect, it } from "vitest";
import {
  type CandidateInput,
  compareCandidates,
  pricePoints,
  rankCandidates,
} from "../../src/core/candidate-rank.js";

const full = { coverage: 1 };
const creators: Record<string, CandidateInput> = {
  // 70 × 0.4 + 80 × 0.3 + 88 × 0.15 + 100 × 0.15 = 28 + 24 + 13.2 + 15 = 80.2 → 80.
  steady: {
    trust: { value: 80, ...full },
    fit: { score: 70, coverage: 1, parts: 3 },
    fakeShare: 0.12,
    price: { inTarget: 30, currency: "EUR" },
  },
  // 90 × 0.4 + 60 × 0.3 + 78 × 0.15 + 50 × 0.15 = 36 + 18 + 11.7 + 7.5 = 73.2 → 73.
  pricey: {
    trust: { value: 60, coverage: 0.8 },
    fit: { score: 90, coverage: 1, parts: 5 },
    fakeShare: 0.22,
    price: { inTarget: 60, currency: "EUR" },
  },
  // glowup_daily's shape: 5 (E), 73% fake, a high fit and the cheapest price.
  // 95 × 0.4 + 5 × 0.3 + 27 × 0.15 + 100 × 0.15 = 38 + 1.5 + 4.05 + 15 = 58.55 → 59, ruled out.
  bought: {
    trust: { value: 5, ...full },
    fit: { score: 95, coverage: 1, parts: 4 },
    fakeShare: 0.73,
    price: { inTarget: 10, currency: "EUR" },
  },
  // Trust from 40% of the weight; no fake share, no price: (88 × 0.4 + 75 × 0.3) / 0.7
  // = 57.7 / 0.7 = 82.43 → 82, provisional.
  thinTrust: {
    trust: { value: 75, coverage: 0.4 },
    fit: { score: 88, coverage: 1, parts: 4 },
    fakeShare: null,
    price: null,
  },
  // A fit from one part: (90 × 0.4 + 85 × 0.3 + 90 × 0.15) / 0.85 = 75 / 0.85 = 88.24 → 88, provisional.
  onePart: {
    trust: { value: 85, ...full },
    fit: { score: 90, coverage: 0.176, parts: 1 },
    fakeShare: 0.1,
    price: null,
  },
  // No fit against the target at all.
  noFit: { trust: { value: 90, ...full }, fit: null, fakeShare: 0.05, price: null },
};

const names = Object.keys(creators);
const ranks = rankCandidates(Object.values(creators));
const byName = Object.fromEntries(names.map((n, i) => [n, ranks[i]]));
const order = (provisionalLast: boolean) =>
  names
    .map((n, i) => ({ n, r: ranks[i] as (typeof ranks)[number] }))
    .sort((a, b) => compareCandidates(a.r, b.r, { provisionalLast }) || a.n.localeCompare(b.n))
    .map((x) => x.n);

describe("rankCandidates", () => {
  it("scores each creator from its parts", () => {
    expect(byName.steady).toMatchObject({ band: "ranked", score: 80, why: "" });
    expect(byName.steady?.parts).toEqual([
      { id: "fit", points: 70, weight: 0.4 },
      { id: "trust", points: 80, weight: 0.3 },
      { id: "realFollowers", points: 88, weight: 0.15 },
      { id: "price", points: 100, weight: 0.15 },
    ]);
    expect(byName.pricey).toMatchObject({ band: "ranked", score: 73 });
    expect(byName.pricey?.parts[3]).toEqual({ id: "price", points: 50, weight: 0.15 });
    expect(byName.thinTrust).toMatchObject({
      band: "provisional",
      score: 82,
      why: "trust score provisional",
    });
    expect(byName.onePart).toMatchObject({ band: "provisional", score: 88, why: "fit from 1 part" });
    expect(byName.noFit).toMatchObject({ band: "incomplete", score: null, why: "no fit" });
  });

  it("rules out a 5 (E) creator with 73% fake followers, whatever its fit and price", () => {
    expect(byName.bought).toMatchObject({
      band: "ruled_out",
      score: 59,
      why: "ruled out: trust 5 (grade E), 73% fake followers",
    });
  });

  it("ranks complete candidates first, then provisional, then without a fit, then ruled out", () => {
    expect(order(true)).toEqual(["steady", "pricey", "onePart", "thinTrust", "noFit", "bought"]);
  });

  it("mixes provisional candidates in when asked; the ruled out stay last", () => {
    expect(order(false)).toEqual(["onePart", "thinTrust", "steady", "pricey", "noFit", "bought"]);
  });

  it("a high fit from one part never outranks a fit from several parts", () => {
    const [one, several] = rankCandidates([
      {
        trust: { value: 90, ...full },
        fit: { score: 99, coverage: 1, parts: 1 },
        fakeShare: 0.05,
        price: null,
      },
      {
        trust: { value: 56, ...full },
        fit: { score: 40, coverage: 1, parts: 2 },
        fakeShare: 0.3,
        price: null,
      },
    ]);
    expect(compareCandidates(one as never, several as never, { provisionalLast: true })).toBeGreaterThan(0);
  });
});

describe("pricePoints", () => {
  it("full points at or below the median, half at twice the median, none without a median", () => {
    expect(pricePoints(20, 30)).toBe(100);
    expect(pricePoints(30, 30)).toBe(100);
    expect(pricePoints(60, 30)).toBe(50);
    expect(pricePoints(60, null)).toBeNull();
  });

  it("leaves out a price alone in its currency: nothing to compare it with", () => {
    // USD 99 is the only USD price: the price part has no points, its weight is shared:
    // (80 × 0.4 + 70 × 0.3 + 90 × 0.15) / 0.85 = (32 + 21 + 13.5) / 0.85 = 78.24 → 78.
    const [usd] = rankCandidates([
      {
        trust: { value: 70, ...full },
        fit: { score: 80, coverage: 1, parts: 3 },
        fakeShare: 0.1,
        price: { inTarget: 99, currency: "USD" },
      },
      creators.steady as CandidateInput,
      creators.pricey as CandidateInput,
    ]);
    expect(usd?.parts[3]).toEqual({ id: "price", points: null, weight: 0.15 });
    expect(usd?.score).toBe(78);
  });
});
