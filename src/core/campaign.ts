// A campaign's goal and what follows from it (the seed: "make sure your goal is clearly
// communicated"): the KPIs that measure it and the call to action a creator's posts
// carry, so each partnership's content points where the goal is counted. And a
// partnership's statuses with the moves between them, so its timeline reads as the
// deal went: proposed → negotiating → contract sent → accepted → live → delivered →
// closed, cancellable until it is delivered.

export const GOALS = ["sell", "visits", "following", "awareness"] as const;
export type Goal = (typeof GOALS)[number];

export const KPI_METRICS = ["sales", "revenue", "clicks", "new_followers", "reach"] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

export const CALLS_TO_ACTION = ["link", "code", "mention", "hashtag"] as const;
export type CallToAction = (typeof CALLS_TO_ACTION)[number];

export interface GoalPlan {
  /** What the goal is counted in; a campaign's KPI targets name some of these. */
  kpis: readonly KpiMetric[];
  /** What the creator's content carries so the KPIs can be counted. */
  callToAction: readonly CallToAction[];
  /** In words, for the campaign page and the contract. */
  says: string;
}

export const GOAL_PLANS: Record<Goal, GoalPlan> = {
  sell: {
    kpis: ["sales", "revenue", "clicks"],
    callToAction: ["link", "code"],
    says: "Sell a product: a tracked link and a discount code count each sale.",
  },
  visits: {
    kpis: ["clicks"],
    callToAction: ["link"],
    says: "Drive website visits: a tracked link to the landing page counts each visit.",
  },
  following: {
    kpis: ["new_followers"],
    callToAction: ["mention"],
    says: "Grow the brand's own following: an @mention of the brand's account in every post.",
  },
  awareness: {
    kpis: ["reach"],
    callToAction: ["hashtag", "mention"],
    says: "Awareness: the campaign hashtag and an @mention of the brand in every post.",
  },
};

export const PARTNERSHIP_STATUSES = [
  "proposed",
  "negotiating",
  "contract_sent",
  "accepted",
  "live",
  "delivered",
  "closed",
  "cancelled",
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** The moves a partnership may make from each status. */
export const NEXT_STATUSES: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  proposed: ["negotiating", "contract_sent", "cancelled"],
  negotiating: ["contract_sent", "cancelled"],
  // A change proposed by the creator sends the deal back to negotiating.
  contract_sent: ["negotiating", "accepted", "cancelled"],
  accepted: ["live", "cancelled"],
  live: ["delivered", "cancelled"],
  delivered: ["closed"],
  closed: [],
  cancelled: [],
};

export function canMove(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}
