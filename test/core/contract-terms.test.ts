// A contract's terms (core/contract-terms.ts): every rule of checkContractTerms names the
// field it fails on and comes in the same round as the others; the 10,000-follower rule for
// link stickers warns both ways; disclosure wording is judged as METHODS.md's authorities
// judge it; and the deliverables made from the terms are worked out here by hand.
import { describe, expect, it } from "vitest";
import { type CreatorFacts, checkContractTerms, minor } from "../../src/core/check-contract-terms.js";
import { contractDeliverables } from "../../src/core/contract-deliverables.js";
import type { ContractTerms, DeliverableTerm } from "../../src/core/contract-terms.js";

const reel: DeliverableTerm = {
  platform: "instagram",
  kind: "reel",
  count: 2,
  frames: null,
  media: "video",
  creatorShare: 60,
  productShare: 40,
  draftDue: "2027-03-01",
  goLive: "2027-03-05",
  minDaysLive: 90,
  highlightDays: null,
  linkSticker: false,
};
const story: DeliverableTerm = {
  platform: "instagram",
  kind: "story",
  count: 1,
  frames: 3,
  media: "both",
  creatorShare: null,
  productShare: null,
  draftDue: null,
  goLive: "2027-03-10",
  minDaysLive: null,
  highlightDays: 30,
  linkSticker: true,
};

function terms(): ContractTerms {
  return {
    from: "2027-03-01",
    to: "2027-03-31",
    deliverables: [reel, story],
    content: {
      captionRules: "Say the cake is from our spring range.",
      mentions: ["crumb_and_co"],
      hashtags: ["springbake"],
      links: ["https://example.com/spring"],
      codes: ["CRUMB10"],
    },
    compensation: {
      fee: { amount: 120_000, currency: "EUR" },
      visit: null,
      product: { description: "Spring baking box", value: { amount: 4_500, currency: "EUR" } },
      commission: { kind: "percent", percent: 10, windowDays: 30 },
    },
    payment: {
      instalments: [
        { amount: { amount: 60_000, currency: "EUR" }, due: "2027-03-01" },
        { amount: { amount: 60_000, currency: "EUR" }, due: "2027-04-15" },
      ],
    },
    usage: { channels: ["brand's Instagram"], paidAdsAllowlisting: true, expires: "2027-09-30" },
    exclusivity: { category: "baking mixes", until: "2027-04-30" },
    disclosure: { jurisdictions: ["FTC", "ASA/CAP"], wording: "#ad" },
    cancellation: { noticeDays: 14, unpaid: "paid_pro_rata" },
  };
}

const big: CreatorFacts = { username: "tiny_baker", followers: 12_400, measuredOn: "2027-02-20" };

const fields = (t: ContractTerms, c: CreatorFacts = big) =>
  checkContractTerms(t, c).map((i) => `${i.severity} ${i.field}: ${i.message}`);

describe("checkContractTerms", () => {
  it("finds nothing wrong in complete, consistent terms", () => {
    expect(fields(terms())).toEqual([]);
  });

  it("says every failure at once, each at its field", () => {
    const t = terms();
    t.to = "2027-02-27";
    t.deliverables = [
      { ...reel, count: 0, creatorShare: 70, draftDue: "2027-03-05", goLive: "2027-03-05" },
      { ...story, frames: null, platform: "tiktok", goLive: "2027-04-31" },
      { ...reel, platform: "blog" },
    ];
    expect(fields(t)).toEqual([
      "error to: ends (2027-02-27) before it starts (2027-03-01)",
      "error deliverables[0].count: must be a whole number of at least 1",
      "error deliverables[0].productShare: the creator's 70% and the product's 40% must add up to 100%",
      "error deliverables[0].goLive: 2027-03-05 is outside the campaign (2027-03-01 to 2027-02-27)",
      "error deliverables[0].draftDue: the draft is due (2027-03-05) on or after going live (2027-03-05)",
      "error deliverables[1].kind: there is no story on tiktok",
      "error deliverables[1].frames: say how many frames each story has",
      // 31 April does not exist.
      'error deliverables[1].goLive: "2027-04-31" is not a date (YYYY-MM-DD)',
      "error deliverables[1].linkSticker: link stickers are for Instagram stories only",
      "error deliverables[2].kind: there is no reel on blog",
      "error deliverables[2].goLive: 2027-03-05 is outside the campaign (2027-03-01 to 2027-02-27)",
    ]);
  });

  it("warns about a link sticker at or under 10,000 followers, with the measured count, and not above", () => {
    const warning = (followers: number | null) =>
      fields(terms(), { username: "tiny_baker", followers, measuredOn: "2027-02-20" });
    expect(warning(10_000)).toEqual([
      "warning deliverables[1].linkSticker: link stickers need over 10,000 followers; @tiny_baker had 10,000 on 2027-02-20",
    ]);
    expect(warning(10_001)).toEqual([]);
    expect(warning(null)).toEqual([
      "warning deliverables[1].linkSticker: link stickers need over 10,000 followers; @tiny_baker's count is unknown (no audit yet)",
    ]);
  });

  it("needs a label every chosen authority calls clear", () => {
    const wording = (w: string, jurisdictions: ContractTerms["disclosure"]["jurisdictions"]) => {
      const t = terms();
      t.disclosure = { wording: w, jurisdictions };
      return fields(t);
    };
    expect(wording("Ad", ["FTC", "ASA/CAP"])).toEqual([]);
    // METHODS.md: "sponsored" is clear to the FTC, advised against by the ASA.
    expect(wording("Sponsored", ["FTC"])).toEqual([]);
    expect(wording("Sponsored", ["FTC", "ASA/CAP"])).toEqual([
      'error disclosure.wording: "Sponsored" is not clear enough for the ASA/CAP; use "#ad" or "Ad"',
    ]);
    expect(wording("#spon", ["FTC"])).toEqual([
      'error disclosure.wording: "#spon" is not clear enough for the FTC; use "#ad" or "Ad"',
    ]);
    expect(wording("Thanks Acme", ["FTC"])).toEqual([
      'error disclosure.wording: "Thanks Acme" is not a disclosure label; use "#ad" or "Ad"',
    ]);
    expect(wording("#ad", [])).toEqual([
      "error disclosure.jurisdictions: name the rules the disclosure follows (FTC, ASA/CAP)",
    ]);
  });

  it("checks money, instalments, rights and exclusivity", () => {
    const t = terms();
    t.compensation.fee = { amount: 120_000, currency: "EUR" };
    t.payment.instalments = [
      { amount: { amount: 60_000, currency: "EUR" }, due: "2027-03-01" },
      { amount: { amount: 50_000, currency: "EUR" }, due: "2027-04-15" },
    ];
    t.compensation.product = { description: " ", value: { amount: 0, currency: "EUROS" } };
    t.compensation.commission = { kind: "percent", percent: 120, windowDays: 0 };
    t.usage = { channels: [], paidAdsAllowlisting: true, expires: null };
    t.exclusivity = { category: "baking mixes", until: "2027-03-07" };
    t.content.links = ["javascript:alert(1)"];
    t.content.mentions = ["not a handle"];
    expect(fields(t)).toEqual([
      'error content.mentions[0]: "not a handle" is not a handle (letters, digits, . and _)',
      'error content.links[0]: "javascript:alert(1)" is not an http(s) link',
      "error compensation.product.description: say what the product is",
      "error compensation.product.value.amount: must be an amount above 0 (in cents)",
      'error compensation.product.value.currency: "EUROS" is not an ISO 4217 currency code (e.g. EUR, USD, GBP)',
      "error compensation.commission.percent: must be a percentage above 0, at most 100",
      "error compensation.commission.windowDays: must be a whole number of at least 1",
      // 600.00 + 500.00 against 1,200.00 euros.
      "error payment.instalments: the instalments add up to 1,100.00 EUR, the fee is 1,200.00 EUR",
      "error usage.expires: usage rights need an end date",
      "error exclusivity.until: ends (2027-03-07) before the last deliverable goes live (2027-03-10)",
    ]);
  });

  it("needs something of value, and a fee needs instalments", () => {
    const t = terms();
    t.compensation = { fee: null, visit: null, product: null, commission: null };
    expect(fields(t)).toEqual([
      "error compensation: give at least one of a fee, a hosted visit, free product or a commission",
      "error payment.instalments: instalments pay a fee; there is none",
    ]);
    const u = terms();
    u.payment.instalments = [];
    expect(fields(u)).toEqual(["error payment.instalments: say when the fee is paid"]);
  });
});

describe("contractDeliverables", () => {
  it("makes one row per piece of content, with its dates, disclosure and content rules", () => {
    const rows = contractDeliverables(terms());
    expect(
      rows.map((r) => [
        r.number,
        r.kind,
        `${r.ofTerm.index}/${r.ofTerm.count}`,
        r.goLive,
        r.upUntil,
        r.highlightUntil,
      ]),
    ).toEqual([
      // 5 March + 90 days = 3 June (26 days left in March, 30 in April, 31 in May, 3 in June).
      [1, "reel", "1/2", "2027-03-05", "2027-06-03", null],
      [2, "reel", "2/2", "2027-03-05", "2027-06-03", null],
      // 10 March + 30 days = 9 April.
      [3, "story", "1/1", "2027-03-10", null, "2027-04-09"],
    ]);
    expect(rows[2]?.disclosure).toEqual({
      wording: "#ad",
      placement: [
        "Up front: before anything else in the caption or on screen.",
        "On every story frame, on the image itself.",
      ],
    });
    expect(rows[0]?.disclosure.placement).toEqual([
      "Up front: before anything else in the caption or on screen.",
      "In the video itself: said and shown on screen.",
    ]);
    expect(rows[0]).toMatchObject({
      mentions: ["crumb_and_co"],
      hashtags: ["springbake"],
      codes: ["CRUMB10"],
    });
  });

  it("under the FTC alone, the label goes with the endorsement, not up front", () => {
    const t = terms();
    t.disclosure.jurisdictions = ["FTC"];
    expect(contractDeliverables(t)[2]?.disclosure.placement).toEqual([
      'With the endorsement, visible without tapping "more", not among other hashtags.',
      "On the image of the story itself.",
    ]);
  });
});

describe("minor", () => {
  it("writes minor units in the currency's own decimals", () => {
    expect(minor(123_456, "EUR")).toBe("1,234.56 EUR");
    // The yen has no minor unit.
    expect(minor(5_000, "JPY")).toBe("5,000 JPY");
  });
});
