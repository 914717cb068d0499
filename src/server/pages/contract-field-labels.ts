// The builder's words for each field, in one place: the label beside the control and
// the name of the field in the list of a round's problems at the top of the page.
import type { DELIVERABLE_FIELDS } from "./contract-form.js";

export const DELIVERABLE_LABELS: Record<(typeof DELIVERABLE_FIELDS)[number], string> = {
  platform: "Platform",
  kind: "Kind",
  count: "How many",
  frames: "Frames per story",
  media: "Media",
  creatorShare: "Creator in shot (%)",
  productShare: "Product in shot (%)",
  draftDue: "Draft due",
  goLive: "Live by",
  minDaysLive: "Days up",
  highlightDays: "Days in highlight",
  linkSticker: "Link sticker (Instagram stories)",
};

const LABELS: Record<string, string> = {
  from: "From",
  to: "To",
  deliverables: "Deliverables",
  "content.captionRules": "Caption rules",
  "content.mentions": "Mentions",
  "content.hashtags": "Hashtags",
  "content.links": "Links",
  "content.codes": "Discount codes",
  compensation: "What the creator gets",
  currency: "Currency",
  "compensation.fee.amount": "Fee",
  "payment.instalments": "Fee instalments",
  "compensation.visit.from": "Hosted visit from",
  "compensation.visit.to": "Visit to",
  "compensation.visit.covers": "What the visit covers",
  "compensation.visit.value": "Visit's value",
  "compensation.product.description": "Free product",
  "compensation.product.value": "Product's value",
  "compensation.commission.kind": "Affiliate commission",
  "compensation.commission.percent": "Percent",
  "compensation.commission.perSale": "Per sale",
  "compensation.commission.windowDays": "Attribution window (days)",
  "usage.channels": "Where the brand may reuse the content",
  "usage.paidAdsAllowlisting": "The brand may run it as paid ads from the creator's handle (allowlisting)",
  "usage.expires": "Usage rights end on",
  "exclusivity.category": "Exclusive category",
  "exclusivity.until": "Exclusive until",
  "disclosure.jurisdictions": "Disclosure rules",
  "disclosure.wording": "Disclosure wording",
  "cancellation.noticeDays": "Notice (days)",
  "cancellation.unpaid": "Unpaid amounts on cancelling",
};

/** A field's label, with its row where it has one ("Deliverable 2: Live by"). */
export function fieldWords(name: string): string {
  const row = /^deliverables\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) {
    const label = DELIVERABLE_LABELS[row[2] as keyof typeof DELIVERABLE_LABELS] ?? row[2];
    return `Deliverable ${Number(row[1]) + 1}: ${label}`;
  }
  const instalment = /^payment\.instalments\[(\d+)\]\.(amount|due)$/.exec(name);
  if (instalment)
    return `Instalment ${Number(instalment[1]) + 1}${instalment[2] === "due" ? ": due on" : ""}`;
  return LABELS[name] ?? name;
}
