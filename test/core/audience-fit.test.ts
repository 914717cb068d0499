// Audience fit and price per 1,000, with every value worked out by hand in the comments.
// The kit: 60% DE, 20% AT, 20% US; ages 18-24 30%, 25-34 45%, 35-44 15%, 45-54 10%;
// female 70%, male 28%, other 2%; languages de 75%, en 25%; cities Berlin 25%, Wien 10%.
// The target (DACH): DE, AT, CH; 25-34 and 35-44; 80% female / 20% male; German; food
// and fitness. The audit measured the niches food 0.5, travel 0.3, fitness 0.2.
import { describe, expect, it } from "vitest";
import { computeFit, FIT_WEIGHTS, pricePerThousand } from "../../src/core/audience-fit.js";
import {
  combineProfiles,
  EMPTY_PROFILE,
  profileFromDemographics,
  profileFromKit,
} from "../../src/core/audience-profile.js";
import type { BrandTarget } from "../../src/core/brand-target.js";
import type { MediaKit } from "../../src/core/media-kit.js";
import type { AccountDemographic } from "../../src/core/types.js";

const kit: MediaKit = {
  creatorName: "Test Creator",
  platforms: [{ platform: "instagram", handle: "@test_creator", followers: 20000, engagementRate: 3.2 }],
  gender: { female: 70, male: 28, other: 2 },
  ageBands: { "18-24": 30, "25-34": 45, "35-44": 15, "45-54": 10 },
  countries: [
    { country: "DE", share: 60 },
    { country: "AT", share: 20 },
    { country: "US", share: 20 },
  ],
  cities: [
    { city: "Berlin", country: "DE", share: 25 },
    { city: "Wien", country: "AT", share: 10 },
  ],
  incomeBands: null,
  languages: [
    { language: "de", share: 75 },
    { language: "en", share: 25 },
  ],
  realFollowerShare: 90,
  rates: [{ deliverable: "reel", amount: 500, currency: "EUR" }],
  pastWork: [],
  notes: null,
};

const dach: BrandTarget = {
  name: "DACH women 25-44",
  countries: ["DE", "AT", "CH"],
  cities: ["berlin"],
  ageBands: ["25-34", "35-44"],
  gender: { female: 80, male: 20 },
  incomeBands: [],
  niches: ["food", "fitness"],
  languages: ["de"],
};

const any: BrandTarget = {
  name: "anyone",
  countries: [],
  cities: [],
  ageBands: [],
  gender: null,
  incomeBands: [],
  niches: [],
  languages: [],
};

const measured = {
  niches: [
    { id: "food", share: 0.5 },
    { id: "travel", share: 0.3 },
    { id: "fitness", share: 0.2 },
  ],
  languages: [
    { code: "de", share: 0.55 },
    { code: "en", share: 0.4 },
    { code: "fr", share: 0.05 },
  ],
};

describe("profileFromKit", () => {
  it("turns percentages into fractions, largest first, and names the source", () => {
    const p = profileFromKit(kit);
    expect(p.countries?.source).toBe("media_kit");
    expect(p.countries?.shares).toEqual([
      { key: "DE", share: 0.6 },
      { key: "AT", share: 0.2 },
      { key: "US", share: 0.2 },
    ]);
    expect(p.gender?.shares.map((g) => g.key)).toEqual(["female", "male", "other"]);
    expect(p.gender?.shares[0]?.share).toBeCloseTo(0.7, 12);
    expect(p.incomeBands).toBeNull();
    expect(p.languages?.shares).toEqual([
      { key: "de", share: 0.75 },
      { key: "en", share: 0.25 },
    ]);
  });

  it("scales a breakdown that adds up to more than 100 (rounding) down to 1", () => {
    // 51 + 50 = 101 → 51/101 and 50/101.
    const p = profileFromKit({ ...kit, gender: { female: 51, male: 50 } });
    expect(p.gender?.shares[0]?.share).toBeCloseTo(51 / 101, 12);
    expect(p.gender?.shares.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 12);
  });
});

describe("computeFit", () => {
  it("scores the kit against the DACH target, part by part", () => {
    const fit = computeFit(profileFromKit(kit), dach, measured);
    // Country: DE 0.6 + AT 0.2 (+ CH not listed) = 0.8; US is outside.
    expect(fit.parts.country.value).toBeCloseTo(0.8, 12);
    expect(fit.targetShare).toBeCloseTo(0.8, 12);
    // Cities are a note: Berlin matches "berlin" (case-insensitive), 25%.
    expect(fit.parts.country.evidence[1]).toBe(
      "25% of the audience live in the target's cities (Berlin 25%).",
    );
    // Age: 25-34 0.45 + 35-44 0.15 = 0.6.
    expect(fit.parts.age.value).toBeCloseTo(0.6, 12);
    // Gender: ½ (|0.70 − 0.80| + |0.28 − 0.20| + |0.02 − 0|) = ½ × 0.20 = 0.10 → 0.9.
    expect(fit.parts.gender.value).toBeCloseTo(0.9, 12);
    // Language: the kit's own languages come first: de 0.75.
    expect(fit.parts.language.value).toBeCloseTo(0.75, 12);
    expect(fit.parts.language.basis).toContain("the creator's media kit");
    // Niche: food 0.5 + fitness 0.2 = 0.7 (the sum: a creator split between two of the
    // brand's niches is as relevant as one in either).
    expect(fit.parts.niche.value).toBeCloseTo(0.7, 12);
    // 0.3 × 0.8 + 0.25 × 0.6 + 0.15 × 0.9 + 0.15 × 0.75 + 0.15 × 0.7
    // = 0.24 + 0.15 + 0.135 + 0.1125 + 0.105 = 0.7425 → 74.
    expect(fit.score).toBe(74);
    expect(fit.weightWithData).toBeCloseTo(1, 12);
    expect(fit.parts.country.effectiveWeight).toBeCloseTo(0.3, 12);
  });

  it("leaves out what the target does not judge and renormalises the weights", () => {
    const fit = computeFit(profileFromKit(kit), { ...dach, gender: null, niches: [] }, measured);
    expect(fit.parts.gender).toMatchObject({ value: null, effectiveWeight: null, weight: 0.15 });
    expect(fit.parts.gender.basis).toBe("The target takes any gender split.");
    expect(fit.parts.niche.basis).toBe("The target takes any niche.");
    // Weights with data 0.3 + 0.25 + 0.15 = 0.7; (0.24 + 0.15 + 0.1125) / 0.7 = 0.717857 → 72.
    expect(fit.weightWithData).toBeCloseTo(0.7, 12);
    expect(fit.parts.country.effectiveWeight).toBeCloseTo(0.3 / 0.7, 12);
    expect(fit.score).toBe(72);
  });

  it("leaves out what the audience side does not know, and reads languages from the comments", () => {
    const bare: MediaKit = { ...kit, ageBands: null, languages: [] };
    const fit = computeFit(profileFromKit(bare), dach, measured);
    expect(fit.parts.age.value).toBeNull();
    expect(fit.parts.age.basis).toBe("The audience's ages are unknown.");
    // No kit languages: the comment sample's de 0.55.
    expect(fit.parts.language.value).toBeCloseTo(0.55, 12);
    expect(fit.parts.language.basis).toContain("the languages of a sample of the comments");
    // (0.24 + 0.135 + 0.15 × 0.55 + 0.105) / 0.75 = 0.5625 / 0.75 = 0.75 → 75.
    expect(fit.score).toBe(75);
  });

  it("has no score when no part can be judged", () => {
    expect(computeFit(profileFromKit(kit), any, measured).score).toBeNull();
    const none = computeFit(EMPTY_PROFILE, dach, { niches: [], languages: null });
    expect(none.score).toBeNull();
    expect(none.weightWithData).toBe(0);
    expect(Object.values(none.parts).every((p) => p.value === null)).toBe(true);
  });

  it("gives a target of cities only the share in those cities", () => {
    const fit = computeFit(profileFromKit(kit), { ...any, cities: ["Wien", "Munich"] }, measured);
    // Wien 0.10; Munich not listed.
    expect(fit.parts.country.value).toBeCloseTo(0.1, 12);
    expect(fit.score).toBe(10);
  });

  it("weights sum to 1", () => {
    expect(Object.values(FIT_WEIGHTS).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });
});

describe("profileFromDemographics", () => {
  const at = Date.parse("2026-11-01T10:00:00Z");
  const row = (
    dimension: AccountDemographic["dimension"],
    key: string,
    value: number,
  ): AccountDemographic => ({
    capturedAt: at,
    dimension,
    key,
    value,
  });
  // Ages and genders each count 1,000 followers; the top countries only 750 and the top
  // cities 200 (the Graph API lists the top 45), so all are shares of 1,000.
  const rows = [
    row("age", "18-24", 300),
    row("age", "25-34", 500),
    row("age", "35-44", 200),
    row("gender", "F", 600),
    row("gender", "M", 380),
    row("gender", "U", 20),
    row("country", "DE", 500),
    row("country", "AT", 150),
    row("country", "US", 100),
    row("city", "Berlin, Berlin, Germany", 120),
    row("city", "Vienna, Vienna, Austria", 80),
  ];

  it("turns counts into shares of the followers with demographic data", () => {
    const p = profileFromDemographics(rows);
    expect(p.gender).toEqual({
      source: "graph_api",
      capturedAt: at,
      shares: [
        { key: "female", share: 0.6 },
        { key: "male", share: 0.38 },
        { key: "other", share: 0.02 },
      ],
    });
    expect(p.countries?.shares).toEqual([
      { key: "DE", share: 0.5 },
      { key: "AT", share: 0.15 },
      { key: "US", share: 0.1 },
    ]);
    expect(p.cities?.shares[0]).toEqual({ key: "Berlin, Berlin, Germany", share: 0.12 });
  });

  it("fits the DACH target: country 0.65, Berlin as a city note, gender 0.8", () => {
    const fit = computeFit(profileFromDemographics(rows), dach, measured);
    // 0.5 + 0.15 = 0.65.
    expect(fit.parts.country.value).toBeCloseTo(0.65, 12);
    expect(fit.parts.country.evidence[1]).toBe(
      "12% of the audience live in the target's cities (Berlin, Berlin, Germany 12%).",
    );
    // ½ (|0.6 − 0.8| + |0.38 − 0.2| + |0.02 − 0|) = ½ × 0.4 = 0.2 → 0.8.
    expect(fit.parts.gender.value).toBeCloseTo(0.8, 12);
    // Age 25-34 0.5 + 35-44 0.2 = 0.7.
    expect(fit.parts.age.value).toBeCloseTo(0.7, 12);
  });

  it("reads the latest capture of each dimension", () => {
    const later = Date.parse("2026-11-10T10:00:00Z");
    const p = profileFromDemographics([
      ...rows,
      { capturedAt: later, dimension: "country", key: "CH", value: 10 },
      { capturedAt: later, dimension: "country", key: "DE", value: 30 },
    ]);
    // Only countries were captured later: their own total (40) is the denominator.
    expect(p.countries?.shares).toEqual([
      { key: "DE", share: 0.75 },
      { key: "CH", share: 0.25 },
    ]);
    expect(p.countries?.capturedAt).toBe(later);
    expect(p.age?.capturedAt).toBe(at);
  });

  it("combines with a kit: the platform's counts first, the kit for the rest", () => {
    const p = combineProfiles(profileFromDemographics(rows), profileFromKit(kit));
    expect(p.gender?.source).toBe("graph_api");
    expect(p.languages?.source).toBe("media_kit");
  });
});

describe("pricePerThousand", () => {
  it("prices 1,000 followers and 1,000 real followers in the target", () => {
    // 500 / 20,000 × 1000 = 25; 500 / (20,000 × 0.9 × 0.8) × 1000 = 500 / 14,400 × 1000 = 34.72.
    const price = pricePerThousand({ rate: 500, followers: 20000, realShare: 0.9, targetShare: 0.8 });
    expect(price.plain).toBe(25);
    expect(price.inTarget).toBeCloseTo(34.7222, 4);
  });

  it("never divides by zero: unknown or zero divisors give null", () => {
    expect(pricePerThousand({ rate: 500, followers: 0, realShare: 0.9, targetShare: 0.8 })).toEqual({
      plain: null,
      inTarget: null,
    });
    expect(pricePerThousand({ rate: 500, followers: null, realShare: 0.9, targetShare: 0.8 })).toEqual({
      plain: null,
      inTarget: null,
    });
    expect(pricePerThousand({ rate: 500, followers: 20000, realShare: null, targetShare: 0.8 })).toEqual({
      plain: 25,
      inTarget: null,
    });
    expect(pricePerThousand({ rate: 500, followers: 20000, realShare: 0.9, targetShare: 0 })).toEqual({
      plain: 25,
      inTarget: null,
    });
    expect(pricePerThousand({ rate: null, followers: 20000, realShare: 0.9, targetShare: 0.8 })).toEqual({
      plain: null,
      inTarget: null,
    });
    // A gifted collaboration costs nothing per 1,000.
    expect(pricePerThousand({ rate: 0, followers: 20000, realShare: 0.9, targetShare: 0.8 })).toEqual({
      plain: 0,
      inTarget: 0,
    });
  });
});
