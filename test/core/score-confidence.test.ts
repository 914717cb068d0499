// The confidence beside a score, worked out by hand. Trust weights (docs/methodology.md
// 9.1): audience 25%, engagement 25%, responsiveness 15%, comments 15%, growth 10%,
// disclosure 10%. Fit weights (10.2): country 30%, age 25%, gender 15%, language 15%,
// niche 15%.
import { describe, expect, it } from "vitest";
import { computeFit } from "../../src/core/audience-fit.js";
import { EMPTY_PROFILE } from "../../src/core/audience-profile.js";
import type { BrandTarget } from "../../src/core/brand-target.js";
import {
  fitConfidence,
  PROVISIONAL_BELOW,
  scoreWithConfidence,
  trustConfidence,
  trustCoverage,
} from "../../src/core/score-confidence.js";
import { COMPONENT_IDS, COMPONENT_WEIGHTS } from "../../src/core/trust-score.js";

/** Components with a value except the ones named. */
const components = (leftOut: string[]) =>
  COMPONENT_IDS.map((id) => ({ weight: COMPONENT_WEIGHTS[id], value: leftOut.includes(id) ? null : 70 }));

describe("trust score confidence", () => {
  it("the issue's example: audience, engagement and growth left out → 15 + 15 + 10 = 40%, provisional", () => {
    const coverage = trustCoverage({
      components: components(["audience_authenticity", "engagement_authenticity", "growth_health"]),
    });
    expect(coverage).toBe(0.4);
    expect(trustConfidence(coverage)).toEqual({
      coverage: 0.4,
      provisional: true,
      words: "based on 40% of the evidence · provisional",
    });
    expect(scoreWithConfidence(63, "C", coverage)).toBe("63 C · based on 40% of the evidence · provisional");
  });

  it("growth and disclosure left out (a first import) → 80%, not provisional", () => {
    const coverage = trustCoverage({ components: components(["growth_health", "disclosure_hygiene"]) });
    expect(coverage).toBe(0.8);
    expect(trustConfidence(coverage).provisional).toBe(false);
    expect(scoreWithConfidence(72, "B", coverage)).toBe("72 B · based on 80% of the evidence");
  });

  it("every component → 100%; the threshold itself (60%) is complete, 55% is not", () => {
    expect(trustCoverage({ components: components([]) })).toBe(1);
    expect(PROVISIONAL_BELOW).toBe(0.6);
    // Audience and growth left out: 25 + 15 + 15 + 10 = 65% → complete.
    expect(
      trustConfidence(trustCoverage({ components: components(["audience_authenticity", "growth_health"]) })),
    ).toMatchObject({ coverage: 0.65, provisional: false });
    // Engagement, responsiveness left out: 25 + 15 + 10 + 10 = 60% → exactly the threshold, complete.
    expect(
      trustConfidence(
        trustCoverage({ components: components(["engagement_authenticity", "responsiveness"]) }),
      ),
    ).toMatchObject({ coverage: 0.6, provisional: false });
    // Audience, growth and disclosure left out: 25 + 15 + 15 = 55% → provisional.
    expect(
      trustConfidence(
        trustCoverage({
          components: components(["audience_authenticity", "growth_health", "disclosure_hygiene"]),
        }),
      ),
    ).toMatchObject({ coverage: 0.55, provisional: true });
  });

  it("no score says so, and no coverage prints the score alone", () => {
    expect(scoreWithConfidence(null, null, 0.3)).toBe(
      "no score · based on 30% of the evidence · provisional",
    );
    expect(scoreWithConfidence(81, "B", null)).toBe("81 B");
  });
});

const target = (t: Partial<BrandTarget>): BrandTarget => ({
  name: "t",
  countries: [],
  cities: [],
  ageBands: [],
  gender: null,
  incomeBands: [],
  niches: [],
  languages: [],
  ...t,
});

describe("fit confidence", () => {
  const languages = [{ code: "de", share: 0.9 }];

  it("a fit from the language part alone (the issue's 90 against two opposite targets) is provisional", () => {
    // The target asks country, age, gender and language (30 + 25 + 15 + 15 = 85%); only the
    // comments' languages are known: 15 / 85 = 17.6% → 0.176, one part → provisional.
    const fit = computeFit(
      EMPTY_PROFILE,
      target({ countries: ["DE"], ageBands: ["18-24"], gender: { female: 100, male: 0 }, languages: ["de"] }),
      { niches: [], languages },
    );
    expect(fit.score).toBe(90);
    expect(fit.weightAsked).toBeCloseTo(0.85, 12);
    expect(fitConfidence(fit)).toEqual({
      coverage: 0.176,
      provisional: true,
      parts: 1,
      partLabels: ["language"],
      words: "from 1 part (language), based on 18% of the evidence · provisional",
    });
  });

  it("parts the target leaves open are no missing evidence: language and niche asked, both known → 100%", () => {
    const fit = computeFit(EMPTY_PROFILE, target({ languages: ["de"], niches: ["food"] }), {
      niches: [{ id: "food", share: 0.6 }],
      languages,
    });
    // (0.9 × 0.15 + 0.6 × 0.15) / 0.30 = 0.75 → 75, judged on both asked parts.
    expect(fit.score).toBe(75);
    expect(fitConfidence(fit)).toMatchObject({ coverage: 1, provisional: false, parts: 2 });
    expect(fitConfidence(fit).words).toBe("from 2 parts (language, niche), based on 100% of the evidence");
  });

  it("one part asked and known is still one part: provisional", () => {
    const fit = computeFit(EMPTY_PROFILE, target({ languages: ["de"] }), { niches: [], languages });
    expect(fitConfidence(fit)).toMatchObject({ coverage: 1, provisional: true, parts: 1 });
  });
});
