// The terms a brand's first contract starts from when it has neither a version nor a
// workspace template: the campaign's dates, one Instagram post going live on its first
// day, its landing page as the link when the goal carries one, "#ad" under the FTC and
// two weeks' notice. What the creator gets is left to the brand: the check asks for it.
import type { CallToAction } from "./campaign.js";
import type { ContractTerms, Day } from "./contract-terms.js";

export interface CampaignFacts {
  startsOn: Day;
  endsOn: Day;
  callToAction: readonly CallToAction[];
  landingUrl: string | null;
}

export function defaultContractTerms(c: CampaignFacts): ContractTerms {
  return {
    from: c.startsOn,
    to: c.endsOn,
    deliverables: [
      {
        platform: "instagram",
        kind: "feed_post",
        count: 1,
        frames: null,
        media: "both",
        creatorShare: null,
        productShare: null,
        draftDue: null,
        goLive: c.startsOn,
        minDaysLive: 30,
        highlightDays: null,
        linkSticker: false,
      },
    ],
    content: {
      captionRules: null,
      mentions: [],
      hashtags: [],
      links: c.callToAction.includes("link") && c.landingUrl ? [c.landingUrl] : [],
      codes: [],
    },
    compensation: { fee: null, visit: null, product: null, commission: null },
    payment: { instalments: [] },
    usage: { channels: [], paidAdsAllowlisting: false, expires: null },
    exclusivity: null,
    disclosure: { jurisdictions: ["FTC"], wording: "#ad" },
    cancellation: { noticeDays: 14, unpaid: "paid_pro_rata" },
  };
}
