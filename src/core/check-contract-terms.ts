// The domain rules of a contract's terms (contract-terms.ts), each failure named by
// its field path ("deliverables[1].goLive") so a form can show it beside the field and
// every failure comes in one round. Errors stop a contract from being sent; warnings
// (a link sticker for a creator at or under 10,000 followers) are shown and allowed.
// Disclosure follows METHODS.md: something of value is always given, so a label is
// always required, and it must be one the chosen authorities call clear (the table of
// disclosure-labels.ts, which also judges the creators' captions).
import { foldCaption } from "./caption-text.js";
import {
  type ContractTerms,
  type Day,
  type DeliverableTerm,
  LINK_STICKER_MIN_FOLLOWERS,
  type Money,
} from "./contract-terms.js";
import { findLabels } from "./disclosure-labels.js";

export interface TermIssue {
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** What Vouch measured about the creator, for the rules that depend on it. */
export interface CreatorFacts {
  username: string;
  /** Followers at the latest audit; null when never audited. */
  followers: number | null;
  /** The day of that audit. */
  measuredOn: Day | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const HASHTAG = /^[\p{L}\p{N}_]{1,100}$/u;
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
/** Where each kind of content exists. */
const KIND_PLATFORMS: Record<DeliverableTerm["kind"], readonly string[]> = {
  feed_post: ["instagram", "tiktok", "facebook", "x"],
  reel: ["instagram", "facebook"],
  story: ["instagram", "facebook"],
  blog_post: ["blog"],
  video: ["youtube", "tiktok", "instagram", "facebook", "x"],
};

export function checkContractTerms(terms: ContractTerms, creator: CreatorFacts): TermIssue[] {
  const issues: TermIssue[] = [];
  const error = (field: string, message: string) => issues.push({ field, message, severity: "error" });
  const warn = (field: string, message: string) => issues.push({ field, message, severity: "warning" });
  const day = (field: string, value: Day | null): boolean => {
    if (value === null) return false;
    if (isDay(value)) return true;
    error(field, `"${value}" is not a date (YYYY-MM-DD)`);
    return false;
  };
  const count = (field: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) error(field, `must be a whole number of at least ${min}`);
  };
  const money = (field: string, value: Money) => {
    if (!Number.isInteger(value.amount) || value.amount <= 0)
      error(`${field}.amount`, "must be an amount above 0 (in cents)");
    if (!CURRENCIES.has(value.currency))
      error(`${field}.currency`, `"${value.currency}" is not an ISO 4217 currency code (e.g. EUR, USD, GBP)`);
  };

  const campaign = day("from", terms.from) && day("to", terms.to);
  if (campaign && terms.to < terms.from) error("to", `ends (${terms.to}) before it starts (${terms.from})`);

  if (terms.deliverables.length === 0)
    error("deliverables", "name at least one post, story, video or blog post");
  terms.deliverables.forEach((d, i) => {
    const at = `deliverables[${i}]`;
    if (!KIND_PLATFORMS[d.kind].includes(d.platform))
      error(`${at}.kind`, `there is no ${label(d.kind)} on ${d.platform}`);
    count(`${at}.count`, d.count, 1);
    if (d.kind === "story") {
      if (d.frames === null) error(`${at}.frames`, "say how many frames each story has");
      else count(`${at}.frames`, d.frames, 1);
    } else if (d.frames !== null) error(`${at}.frames`, "frames are for stories only");
    if ((d.creatorShare === null) !== (d.productShare === null))
      error(`${at}.productShare`, "give both shares of each shot (creator and product), or neither");
    else if (d.creatorShare !== null && d.productShare !== null) {
      for (const [name, v] of [
        ["creatorShare", d.creatorShare],
        ["productShare", d.productShare],
      ] as const)
        if (!(v >= 0 && v <= 100)) error(`${at}.${name}`, "must be a percentage from 0 to 100");
      if (d.creatorShare + d.productShare !== 100)
        error(
          `${at}.productShare`,
          `the creator's ${d.creatorShare}% and the product's ${d.productShare}% must add up to 100%`,
        );
    }
    const live = day(`${at}.goLive`, d.goLive);
    if (live && campaign && (d.goLive < terms.from || d.goLive > terms.to))
      error(`${at}.goLive`, `${d.goLive} is outside the campaign (${terms.from} to ${terms.to})`);
    if (day(`${at}.draftDue`, d.draftDue) && live && (d.draftDue as Day) >= d.goLive)
      error(`${at}.draftDue`, `the draft is due (${d.draftDue}) on or after going live (${d.goLive})`);
    if (d.minDaysLive !== null) count(`${at}.minDaysLive`, d.minDaysLive, 1);
    if (d.highlightDays !== null) {
      if (d.kind !== "story") error(`${at}.highlightDays`, "only stories are saved to a highlight");
      else count(`${at}.highlightDays`, d.highlightDays, 1);
    }
    if (d.linkSticker) {
      if (d.kind !== "story" || d.platform !== "instagram")
        error(`${at}.linkSticker`, "link stickers are for Instagram stories only");
      else if (creator.followers === null)
        warn(
          `${at}.linkSticker`,
          `link stickers need over ${num(LINK_STICKER_MIN_FOLLOWERS)} followers; @${creator.username}'s count is unknown (no audit yet)`,
        );
      else if (creator.followers <= LINK_STICKER_MIN_FOLLOWERS)
        warn(
          `${at}.linkSticker`,
          `link stickers need over ${num(LINK_STICKER_MIN_FOLLOWERS)} followers; @${creator.username} had ${num(creator.followers)} on ${creator.measuredOn ?? "the latest audit"}`,
        );
    }
  });

  const { content } = terms;
  content.mentions.forEach((m, i) => {
    if (!HANDLE.test(m)) error(`content.mentions[${i}]`, `"${m}" is not a handle (letters, digits, . and _)`);
  });
  content.hashtags.forEach((h, i) => {
    if (!HASHTAG.test(h)) error(`content.hashtags[${i}]`, `"${h}" is not a hashtag (letters, digits and _)`);
  });
  content.links.forEach((l, i) => {
    if (!URL.canParse(l) || !/^https?:$/.test(new URL(l).protocol))
      error(`content.links[${i}]`, `"${l}" is not an http(s) link`);
  });

  const pay = terms.compensation;
  if (!pay.fee && !pay.visit && !pay.product && !pay.commission)
    error("compensation", "give at least one of a fee, a hosted visit, free product or a commission");
  if (pay.fee) money("compensation.fee", pay.fee);
  if (pay.visit) {
    const from = day("compensation.visit.from", pay.visit.from);
    if (day("compensation.visit.to", pay.visit.to) && from && pay.visit.to < pay.visit.from)
      error("compensation.visit.to", `the visit ends (${pay.visit.to}) before it starts (${pay.visit.from})`);
    if (!pay.visit.covers.trim()) error("compensation.visit.covers", "say what the visit covers");
    if (pay.visit.value) money("compensation.visit.value", pay.visit.value);
  }
  if (pay.product) {
    if (!pay.product.description.trim()) error("compensation.product.description", "say what the product is");
    money("compensation.product.value", pay.product.value);
  }
  if (pay.commission) {
    const c = pay.commission;
    if (c.kind === "percent" && !(c.percent > 0 && c.percent <= 100))
      error("compensation.commission.percent", "must be a percentage above 0, at most 100");
    if (c.kind === "flat") money("compensation.commission.perSale", c.perSale);
    count("compensation.commission.windowDays", c.windowDays, 1);
  }

  const instalments = terms.payment.instalments;
  instalments.forEach((p, i) => {
    money(`payment.instalments[${i}].amount`, p.amount);
    day(`payment.instalments[${i}].due`, p.due);
  });
  if (pay.fee && instalments.length === 0) error("payment.instalments", "say when the fee is paid");
  if (!pay.fee && instalments.length > 0)
    error("payment.instalments", "instalments pay a fee; there is none");
  if (pay.fee && instalments.length > 0) {
    const fee = pay.fee;
    if (instalments.some((p) => p.amount.currency !== fee.currency))
      error("payment.instalments", `every instalment is in the fee's currency (${fee.currency})`);
    else if (CURRENCIES.has(fee.currency)) {
      const sum = instalments.reduce((s, p) => s + p.amount.amount, 0);
      if (sum !== fee.amount)
        error(
          "payment.instalments",
          `the instalments add up to ${minor(sum, fee.currency)}, the fee is ${minor(fee.amount, fee.currency)}`,
        );
    }
  }

  const usage = terms.usage;
  const rights = usage.channels.length > 0 || usage.paidAdsAllowlisting;
  if (rights && usage.expires === null) error("usage.expires", "usage rights need an end date");
  if (!rights && usage.expires !== null) error("usage.expires", "there are no usage rights to end");
  if (day("usage.expires", usage.expires) && campaign && (usage.expires as Day) < terms.from)
    error("usage.expires", `the rights end (${usage.expires}) before the campaign starts (${terms.from})`);

  if (terms.exclusivity) {
    const ex = terms.exclusivity;
    if (!ex.category.trim()) error("exclusivity.category", "say which category is exclusive");
    const lastLive = terms.deliverables
      .map((d) => d.goLive)
      .filter(isDay)
      .sort()
      .at(-1);
    if (day("exclusivity.until", ex.until) && lastLive && ex.until < lastLive)
      error("exclusivity.until", `ends (${ex.until}) before the last deliverable goes live (${lastLive})`);
  }

  checkDisclosure(terms, error);
  count("cancellation.noticeDays", terms.cancellation.noticeDays, 0);
  return issues;
}

/** The label must be one every chosen authority calls clear (disclosure-labels.ts). */
function checkDisclosure(terms: ContractTerms, error: (field: string, message: string) => void) {
  const { jurisdictions, wording } = terms.disclosure;
  if (jurisdictions.length === 0) {
    error("disclosure.jurisdictions", "name the rules the disclosure follows (FTC, ASA/CAP)");
    return;
  }
  const labels = findLabels(foldCaption(wording));
  if (labels.length === 0) {
    error("disclosure.wording", `"${wording}" is not a disclosure label; use "#ad" or "Ad"`);
    return;
  }
  for (const j of jurisdictions) {
    const clear = labels.some((l) => (j === "FTC" ? l.label.ftc : l.label.asa) === "clear");
    if (!clear)
      error(
        "disclosure.wording",
        `"${wording}" is not clear enough for the ${j === "FTC" ? "FTC" : "ASA/CAP"}; use "#ad" or "Ad"`,
      );
  }
}

export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function label(kind: DeliverableTerm["kind"]): string {
  return kind.replace("_", " ");
}

function num(n: number): string {
  return n.toLocaleString("en-US");
}

/** An amount in minor units as "1,250.00 EUR". */
export function minor(amount: number, currency: string): string {
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${(amount / 10 ** digits).toLocaleString("en-US", { minimumFractionDigits: digits })} ${currency}`;
}
