// A partnership's contract as structured terms: every question the seed article asks
// a brand to settle ("video or stills? … how many posts, on which platforms? … how
// long must they stay up?") is a field here, never free text alone, so the terms can
// be checked (check-contract-terms.ts), rendered as plain-language clauses and turned
// into the deliverables a brand then tracks (contract-deliverables.ts).
// Dates are days as "YYYY-MM-DD" (a contract speaks in calendar days, not instants);
// money is an amount in minor units of an ISO 4217 currency, so sums are exact.

export const CONTRACT_PLATFORMS = ["instagram", "tiktok", "youtube", "facebook", "x", "blog"] as const;
export type ContractPlatform = (typeof CONTRACT_PLATFORMS)[number];

export const DELIVERABLE_KINDS = ["feed_post", "reel", "story", "blog_post", "video"] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

/** Video, still pictures, or both. */
export const MEDIA_KINDS = ["video", "stills", "both"] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The authorities whose disclosure rules a contract follows (METHODS.md, Disclosure). */
export const JURISDICTIONS = ["FTC", "ASA/CAP"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** What happens to amounts not yet paid when either side cancels. */
export const UNPAID_ON_CANCEL = ["paid_pro_rata", "paid_in_full", "not_paid"] as const;
export type UnpaidOnCancel = (typeof UNPAID_ON_CANCEL)[number];

/** A calendar day, "YYYY-MM-DD". */
export type Day = string;

export interface Money {
  /** Minor units (cents): 12,50 € is 1250. */
  amount: number;
  /** ISO 4217, upper case ("EUR"). */
  currency: string;
}

/** One kind of content on one platform: "3 reels on Instagram, live by 1 June, up for 90 days". */
export interface DeliverableTerm {
  platform: ContractPlatform;
  kind: DeliverableKind;
  /** How many of them (at least 1). */
  count: number;
  /** Frames per story; stories only. */
  frames: number | null;
  media: MediaKind;
  /** Percent of each shot showing the creator; the rest shows the product or destination. */
  creatorShare: number | null;
  productShare: number | null;
  /** The draft is sent for approval by this day; null: no approval step. */
  draftDue: Day | null;
  /** Live on or before this day. */
  goLive: Day;
  /** Days the content must stay up; null: no minimum. Stories vanish after a day unless saved. */
  minDaysLive: number | null;
  /** Stories saved to a highlight, and for how many days; null: not saved. */
  highlightDays: number | null;
  /** A link sticker (the old "swipe up"): Instagram stories only. */
  linkSticker: boolean;
}

export interface ContentRules {
  /** What a caption must or must not say, in the brand's words. */
  captionRules: string | null;
  /** Accounts to mention, without "@". */
  mentions: string[];
  /** Hashtags, without "#". */
  hashtags: string[];
  /** Links to include (the campaign's tracked links). */
  links: string[];
  /** Discount codes to give. */
  codes: string[];
}

export type Commission =
  | { kind: "percent"; percent: number; windowDays: number }
  | { kind: "flat"; perSale: Money; windowDays: number };

/** What the creator gets; any mix, at least one part. */
export interface Compensation {
  fee: Money | null;
  /** A hosted visit: when, what it covers, and what it is worth. */
  visit: { from: Day; to: Day; covers: string; value: Money | null } | null;
  /** Free product: what, and its value. */
  product: { description: string; value: Money } | null;
  /** Affiliate commission on attributed sales, within a window after the click. */
  commission: Commission | null;
}

export interface PaymentTerms {
  /** Instalments of the fee, each with its due day; they add up to the fee. */
  instalments: { amount: Money; due: Day }[];
}

export interface UsageRights {
  /** Where the brand may reuse the content ("brand's Instagram", "website"); empty: nowhere. */
  channels: string[];
  /** May the brand run the content as paid ads from the creator's handle (allowlisting)? */
  paidAdsAllowlisting: boolean;
  /** The rights end on this day; null only when there are no rights (no channels, no ads). */
  expires: Day | null;
}

export interface Exclusivity {
  /** The product category the creator promotes for no competitor ("running shoes"). */
  category: string;
  until: Day;
}

export interface DisclosureTerms {
  jurisdictions: Jurisdiction[];
  /** The label the creator uses, e.g. "#ad" or "Ad"; it must be clear to every jurisdiction. */
  wording: string;
}

export interface Cancellation {
  /** Days of notice either side gives. */
  noticeDays: number;
  unpaid: UnpaidOnCancel;
}

export interface ContractTerms {
  /** The campaign's dates: every deliverable goes live between them. */
  from: Day;
  to: Day;
  deliverables: DeliverableTerm[];
  content: ContentRules;
  compensation: Compensation;
  payment: PaymentTerms;
  usage: UsageRights;
  exclusivity: Exclusivity | null;
  disclosure: DisclosureTerms;
  cancellation: Cancellation;
}

/** Instagram gave link stickers only to accounts over this many followers, as the seed assumes. */
export const LINK_STICKER_MIN_FOLLOWERS = 10_000;
