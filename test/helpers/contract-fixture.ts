// One contract's terms used by the contract tests (document, versions, API): three kinds
// of content on two platforms, every part of compensation, usage rights, exclusivity and
// both disclosure authorities, so every term has a value to find. Valid for a creator
// over 10,000 followers (checkContractTerms finds nothing wrong).
import type { ContractDocumentInput } from "../../src/contract/contract-model.js";
import type { ContractTerms } from "../../src/core/contract-terms.js";

export function springTerms(): ContractTerms {
  return {
    from: "2027-03-01",
    to: "2027-03-31",
    deliverables: [
      {
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
      },
      {
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
      },
      {
        platform: "youtube",
        kind: "video",
        count: 1,
        frames: null,
        media: "stills",
        creatorShare: 30,
        productShare: 70,
        draftDue: "2027-03-15",
        goLive: "2027-03-20",
        minDaysLive: 365,
        highlightDays: null,
        linkSticker: false,
      },
    ],
    content: {
      captionRules: "Say the cake is from our spring range.",
      mentions: ["crumb_and_co"],
      hashtags: ["springbake"],
      links: ["https://example.com/spring"],
      codes: ["CRUMB10"],
    },
    compensation: {
      fee: { amount: 120_000, currency: "EUR" },
      visit: {
        from: "2027-03-12",
        to: "2027-03-14",
        covers: "two nights, meals and train fares",
        value: { amount: 45_000, currency: "EUR" },
      },
      product: { description: "Spring baking box", value: { amount: 4_500, currency: "EUR" } },
      commission: { kind: "percent", percent: 10, windowDays: 30 },
    },
    payment: {
      instalments: [
        { amount: { amount: 60_000, currency: "EUR" }, due: "2027-03-01" },
        { amount: { amount: 60_000, currency: "EUR" }, due: "2027-04-15" },
      ],
    },
    usage: { channels: ["brand's Instagram", "website"], paidAdsAllowlisting: true, expires: "2027-09-30" },
    exclusivity: { category: "baking mixes", until: "2027-04-30" },
    disclosure: { jurisdictions: ["FTC", "ASA/CAP"], wording: "#ad" },
    cancellation: { noticeDays: 14, unpaid: "paid_pro_rata" },
  };
}

export function springDocumentInput(): ContractDocumentInput {
  return {
    workspaceName: "Crumb & Co",
    creatorHandle: "tiny_baker",
    campaign: {
      name: "Spring bake",
      goal: "sell",
      callToAction: ["link", "code"],
      landingUrl: "https://example.com/spring",
      products: ["Spring baking box"],
    },
    terms: springTerms(),
    version: { number: 2, issuedAt: "2027-02-01T09:30:00.123Z" },
  };
}
