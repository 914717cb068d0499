// A media kit's claims against what Vouch measured: each verdict (consistent, off, cannot
// check) with the figure it is off by, worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { checkClaims, type MeasuredForClaims } from "../../src/core/kit-claims.js";
import type { MediaKit } from "../../src/core/media-kit.js";

const kit: MediaKit = {
  creatorName: null,
  platforms: [
    { platform: "youtube", handle: "other_channel", followers: 5000, engagementRate: null },
    { platform: "instagram", handle: "@Test_Creator", followers: 21000, engagementRate: 3.2 },
  ],
  gender: null,
  ageBands: null,
  countries: [
    { country: "DE", share: 60 },
    { country: "US", share: 20 },
    { country: "XK", share: 12 },
    { country: "BR", share: 5 },
  ],
  cities: [],
  incomeBands: null,
  languages: [
    { language: "de", share: 70 },
    { language: "en", share: 30 },
  ],
  realFollowerShare: 90,
  rates: [],
  pastWork: [],
  notes: null,
};

const measured: MeasuredForClaims = {
  platform: "instagram",
  handle: "test_creator",
  followers: 20000,
  medianRate: 0.024,
  // Real share 1 − 0.12 = 88%, interval 1 − 0.17 = 83% to 1 − 0.08 = 92%.
  fakeShare: { share: 0.12, low: 0.08, high: 0.17 },
  commentLanguages: [
    { code: "en", share: 0.9 },
    { code: "es", share: 0.1 },
  ],
  commentSample: 200,
};

const byField = (kitIn: MediaKit, m: MeasuredForClaims = measured) =>
  Object.fromEntries(checkClaims(kitIn, m).map((c) => [c.field, c]));

describe("checkClaims", () => {
  it("checks every claim the kit makes, in the kit's field names", () => {
    // BR (5%) is below the 10% a country needs to be checked.
    expect(checkClaims(kit, measured).map((c) => c.field)).toEqual([
      "platforms[1].followers",
      "platforms[1].engagementRate",
      "countries[0]",
      "countries[1]",
      "countries[2]",
      "languages[0]",
      "languages[1]",
      "realFollowerShare",
    ]);
  });

  it("follower count: consistent within 5%, else off by the relative difference", () => {
    // (21,000 − 20,000) / 20,000 = +5.0%: on the edge, consistent.
    expect(byField(kit)["platforms[1].followers"]).toMatchObject({
      kind: "followers",
      claimed: "21,000",
      measured: "20,000",
      verdict: "consistent",
      offBy: "+5.0%",
    });
    // (23,600 − 20,000) / 20,000 = +18%.
    const inflated = {
      ...kit,
      platforms: [{ ...(kit.platforms[1] as MediaKit["platforms"][number]), followers: 23600 }],
    };
    const claim = byField(inflated)["platforms[0].followers"];
    expect(claim).toMatchObject({ verdict: "off", offBy: "+18%" });
    expect(claim?.evidence).toBe(
      "The latest snapshot of @test_creator counts 20,000 followers; the kit claims 23,600 (+18%; within ±5% is consistent).",
    );
  });

  it("engagement rate: within 1 point or 25% is consistent", () => {
    // 3.2% claimed vs 2.4% measured: +0.8 points → consistent.
    expect(byField(kit)["platforms[1].engagementRate"]).toMatchObject({
      claimed: "3.2%",
      measured: "2.4%",
      verdict: "consistent",
      offBy: "+0.8 points",
    });
    const claiming = (rate: number) => ({
      ...kit,
      platforms: [{ ...(kit.platforms[1] as MediaKit["platforms"][number]), engagementRate: rate }],
    });
    // 4.5% vs 2.4%: +2.1 points and +87.5% → off.
    expect(byField(claiming(4.5))["platforms[0].engagementRate"]).toMatchObject({
      verdict: "off",
      offBy: "+2.1 points",
    });
    // 7.4% vs 6.0%: +1.4 points but +23.3% (within 25%) → consistent.
    expect(
      byField(claiming(7.4), { ...measured, medianRate: 0.06 })["platforms[0].engagementRate"],
    ).toMatchObject({ verdict: "consistent", offBy: "+1.4 points" });
  });

  it("countries: off when the country's language is absent from the comments", () => {
    const claims = byField(kit);
    // DE → German, 0% of the comments (below 2%).
    expect(claims["countries[0]"]).toMatchObject({
      kind: "country",
      claimed: "DE 60.0%",
      measured: "German in 0.0% of comments",
      verdict: "off",
      offBy: "German 0.0% of comments",
    });
    expect(claims["countries[0]"]?.evidence).toBe(
      "The main language of Germany is German. German is absent or nearly so: 0.0% of the 200 comments sampled (most: English 90.0%, Spanish 10.0%); below 2% counts as absent.",
    );
    // US → English, 90%.
    expect(claims["countries[1]"]).toMatchObject({ verdict: "consistent", offBy: null });
    // Kosovo is not in the country → language table.
    expect(claims["countries[2]"]).toMatchObject({ verdict: "cannot_check", measured: null });
  });

  it("languages: a claimed language absent from the comments is off", () => {
    const claims = byField(kit);
    expect(claims["languages[0]"]).toMatchObject({ kind: "language", verdict: "off" });
    expect(claims["languages[1]"]).toMatchObject({
      verdict: "consistent",
      measured: "English in 90.0% of comments",
    });
  });

  it("real share: consistent inside the model's interval", () => {
    // 90% is inside 83–92%; 90 − 88 = +2.0 points from the estimate.
    expect(byField(kit).realFollowerShare).toMatchObject({
      kind: "real_share",
      verdict: "consistent",
      measured: "88.0% (95% interval 83.0–92.0%)",
      offBy: "+2.0 points",
    });
    // 98% is outside: +10.0 points.
    expect(byField({ ...kit, realFollowerShare: 98 }).realFollowerShare).toMatchObject({
      verdict: "off",
      offBy: "+10.0 points",
    });
  });

  it("cannot check what was not measured", () => {
    const nothing: MeasuredForClaims = {
      platform: "instagram",
      handle: "test_creator",
      followers: null,
      medianRate: null,
      fakeShare: null,
      commentLanguages: null,
    };
    const claims = checkClaims(kit, nothing);
    expect(claims).toHaveLength(8);
    expect(claims.every((c) => c.verdict === "cannot_check" && c.offBy === null && c.measured === null)).toBe(
      true,
    );
  });

  it("finds the audited account by platform and handle, or as the only entry of its platform", () => {
    // Two Instagram entries, neither the audited handle: no follower or ER claim is checked.
    const two: MediaKit = {
      ...kit,
      platforms: [
        { platform: "instagram", handle: "a", followers: 1, engagementRate: 1 },
        { platform: "instagram", handle: "b", followers: 1, engagementRate: 1 },
      ],
    };
    expect(checkClaims(two, measured).some((c) => c.kind === "followers")).toBe(false);
    const only: MediaKit = {
      ...kit,
      platforms: [{ platform: "instagram", handle: "renamed", followers: 20000, engagementRate: null }],
    };
    expect(byField(only)["platforms[0].followers"]).toMatchObject({ verdict: "consistent", offBy: "0.0%" });
  });
});
