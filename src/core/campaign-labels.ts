// The words a person reads for a campaign's codes: goals, KPI metrics, calls to action and
// partnership statuses, one table per code list (the compiler checks every code has a
// label), shared by the campaign pages and any later document. Beside core/labels.ts,
// which holds the vetting half's tables.
import type { CallToAction, Goal, KpiMetric, PartnershipStatus } from "./campaign.js";

export const GOAL_LABELS: Record<Goal, string> = {
  sell: "Sell a product",
  visits: "Drive website visits",
  following: "Grow our own following",
  awareness: "Awareness",
};

export const KPI_LABELS: Record<KpiMetric, string> = {
  sales: "Sales",
  revenue: "Revenue",
  clicks: "Clicks",
  new_followers: "New followers",
  reach: "Reach",
};

export const CALL_TO_ACTION_LABELS: Record<CallToAction, string> = {
  link: "a tracked link",
  code: "a discount code",
  mention: "an @mention of the brand",
  hashtag: "the campaign hashtag",
};

export const PARTNERSHIP_STATUS_LABELS: Record<PartnershipStatus, string> = {
  proposed: "Proposed",
  negotiating: "Negotiating",
  contract_sent: "Contract sent",
  accepted: "Accepted",
  live: "Live",
  delivered: "Delivered",
  closed: "Closed",
  cancelled: "Cancelled",
};
