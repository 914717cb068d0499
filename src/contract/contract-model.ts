// The contract as a document, pure: from the campaign, the two parties and the
// structured terms (core/contract-terms.ts) to ordered sections of blocks. Every term
// of the seed is a block of its own with its value and a clause in plain language, and
// every piece of content is a deliverable block (one per post, story, video or blog
// post, from contractDeliverables), so the HTML page, the PDF and the review page
// render one model and can never disagree on what was agreed.
import { type CallToAction, GOAL_PLANS, type Goal } from "../core/campaign.js";
import { minor } from "../core/check-contract-terms.js";
import { contractDeliverables, type Deliverable } from "../core/contract-deliverables.js";
import type {
  Commission,
  ContractPlatform,
  ContractTerms,
  DeliverableKind,
  DeliverableTerm,
  MediaKind,
  Money,
  UnpaidOnCancel,
} from "../core/contract-terms.js";
import type {
  ContractBlock,
  ContractDocument,
  ContractSection,
  ContractVersionInfo,
  TermBlock,
} from "./contract-types.js";

export interface ContractDocumentInput {
  workspaceName: string;
  creatorHandle: string;
  campaign: {
    name: string;
    goal: Goal;
    callToAction: readonly CallToAction[];
    landingUrl: string | null;
    products: readonly string[];
  };
  terms: ContractTerms;
  version: ContractVersionInfo | null;
}

export const PLATFORM_WORDS: Record<ContractPlatform, string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  facebook: "Facebook",
  x: "X",
  blog: "Blog",
};
export const KIND_WORDS: Record<DeliverableKind, string> = {
  feed_post: "feed post",
  reel: "reel",
  story: "story",
  blog_post: "blog post",
  video: "video",
};
const MEDIA_WORDS: Record<MediaKind, string> = {
  video: "Video",
  stills: "Still pictures",
  both: "Video and still pictures",
};
const UNPAID_WORDS: Record<UnpaidOnCancel, string> = {
  paid_pro_rata: "Paid pro rata: the share of the fee for the content already live is paid",
  paid_in_full: "Paid in full: every instalment not yet paid is still paid",
  not_paid: "Not paid: instalments not yet due are not paid",
};
const CTA_WORDS: Record<CallToAction, string> = {
  link: "a tracked link",
  code: "a discount code",
  mention: "an @mention of the brand",
  hashtag: "the campaign hashtag",
};

export function contractDocument(input: ContractDocumentInput): ContractDocument {
  const { terms } = input;
  return {
    title: `Partnership agreement: ${input.campaign.name}`,
    workspaceName: input.workspaceName,
    creatorHandle: input.creatorHandle,
    campaignName: input.campaign.name,
    from: terms.from,
    to: terms.to,
    version: input.version,
    sections: [
      partiesSection(input),
      deliverablesSection(terms),
      contentSection(terms),
      compensationSection(terms),
      rightsSection(terms),
      disclosureSection(terms),
      cancellationSection(terms),
    ],
  };
}

function term(field: string, label: string, value: string, clause: string | null = null): TermBlock {
  return { kind: "term", field, label, value, clause };
}

/** "1,200.00 EUR". */
export function money(m: Money): string {
  return minor(m.amount, m.currency);
}

function list(items: readonly string[], none: string): string {
  return items.length ? items.join(", ") : none;
}

function partiesSection(input: ContractDocumentInput): ContractSection {
  const c = input.campaign;
  const blocks: ContractBlock[] = [
    term("brand", "Brand", input.workspaceName),
    term("creator", "Creator", `@${input.creatorHandle}`),
    term("campaign", "Campaign", c.name),
    term(
      "from",
      "Campaign dates",
      `${input.terms.from} to ${input.terms.to}`,
      "Every piece of content goes live between these days.",
    ),
    term(
      "goal",
      "Goal",
      GOAL_PLANS[c.goal].says,
      `Every post carries ${c.callToAction.map((a) => CTA_WORDS[a]).join(" and ")}, so the goal can be counted.`,
    ),
  ];
  if (c.landingUrl) blocks.push(term("landingUrl", "Landing page", c.landingUrl));
  if (c.products.length) blocks.push(term("products", "Products", c.products.join(", ")));
  return { id: "parties", title: "Who and what", blocks };
}

function deliverablesSection(terms: ContractTerms): ContractSection {
  const rows = contractDeliverables(terms);
  let termIndex = 0;
  const blocks: ContractBlock[] = rows.map((r) => {
    // Rows come in the order of the terms, `count` rows per term.
    if (r.ofTerm.index === 1 && r.number > 1) termIndex++;
    const t = terms.deliverables[termIndex] as DeliverableTerm;
    return {
      kind: "deliverable",
      field: `deliverables[${termIndex}]`,
      title: `Deliverable ${r.number}: ${PLATFORM_WORDS[r.platform]} ${KIND_WORDS[r.kind]} (${r.ofTerm.index} of ${r.ofTerm.count})`,
      facts: deliverableFacts(r, t),
    };
  });
  return {
    id: "deliverables",
    title: "What the creator posts",
    blocks: [
      {
        kind: "text",
        text: `${rows.length} ${rows.length === 1 ? "piece" : "pieces"} of content, each with its own dates. Each stays up at least as long as it says.`,
      },
      ...blocks,
    ],
  };
}

function deliverableFacts(
  r: Deliverable,
  { media, creatorShare, productShare, minDaysLive, highlightDays }: DeliverableTerm,
): { label: string; value: string }[] {
  const facts = [
    { label: "Platform", value: PLATFORM_WORDS[r.platform] },
    { label: "Kind", value: KIND_WORDS[r.kind] },
    { label: "Media", value: MEDIA_WORDS[media] },
  ];
  if (r.frames !== null) facts.push({ label: "Story frames", value: String(r.frames) });
  facts.push({
    label: "Each shot shows",
    value:
      creatorShare === null || productShare === null
        ? "Not set"
        : `${creatorShare}% the creator, ${productShare}% the product or destination`,
  });
  facts.push({ label: "Draft for approval by", value: r.draftDue ?? "No approval step" });
  facts.push({ label: "Goes live by", value: r.goLive });
  facts.push({
    label: "Days live",
    value: minDaysLive === null ? "No minimum" : `At least ${minDaysLive} days, up until ${r.upUntil}`,
  });
  if (r.kind === "story")
    facts.push({
      label: "Highlight",
      value:
        highlightDays === null ? "Not saved" : `Saved for ${highlightDays} days, until ${r.highlightUntil}`,
    });
  facts.push({ label: "Link sticker", value: r.linkSticker ? "Yes" : "No" });
  facts.push({
    label: "Disclosure",
    value: `"${r.disclosure.wording}". ${r.disclosure.placement.join(" ")}`,
  });
  return facts;
}

function contentSection(terms: ContractTerms): ContractSection {
  const c = terms.content;
  return {
    id: "content",
    title: "What every piece of content says",
    blocks: [
      term("content.captionRules", "Caption rules", c.captionRules ?? "None"),
      term(
        "content.mentions",
        "Mentions",
        list(
          c.mentions.map((m) => `@${m}`),
          "None",
        ),
      ),
      term(
        "content.hashtags",
        "Hashtags",
        list(
          c.hashtags.map((h) => `#${h}`),
          "None",
        ),
      ),
      term("content.links", "Links", list(c.links, "None")),
      term("content.codes", "Codes", list(c.codes, "None")),
    ],
  };
}

function commissionWords(c: Commission): string {
  const per =
    c.kind === "percent"
      ? `${c.percent}% of each attributed sale`
      : `${money(c.perSale)} per attributed sale`;
  return `${per}, within ${c.windowDays} days of the click`;
}

function compensationSection(terms: ContractTerms): ContractSection {
  const p = terms.compensation;
  const blocks: ContractBlock[] = [
    term("compensation.fee", "Fee", p.fee ? money(p.fee) : "None"),
    term(
      "compensation.visit",
      "Hosted visit",
      p.visit
        ? `${p.visit.from} to ${p.visit.to}, covering ${p.visit.covers}${p.visit.value ? `, worth ${money(p.visit.value)}` : ""}`
        : "None",
    ),
    term(
      "compensation.product",
      "Free product",
      p.product ? `${p.product.description}, worth ${money(p.product.value)}` : "None",
    ),
    term("compensation.commission", "Commission", p.commission ? commissionWords(p.commission) : "None"),
    term(
      "payment.instalments",
      "Payment",
      terms.payment.instalments.length
        ? terms.payment.instalments.map((i) => `${money(i.amount)} due ${i.due}`).join("; ")
        : "No fee to pay",
      p.fee ? "The brand pays each instalment by its due day." : null,
    ),
  ];
  return { id: "compensation", title: "What the creator gets", blocks };
}

function rightsSection(terms: ContractTerms): ContractSection {
  const u = terms.usage;
  const ex = terms.exclusivity;
  return {
    id: "rights",
    title: "Usage rights and exclusivity",
    blocks: [
      term(
        "usage.channels",
        "Usage channels",
        list(u.channels, "None: the brand does not reuse the content"),
      ),
      term(
        "usage.paidAdsAllowlisting",
        "Paid ads (allowlisting)",
        u.paidAdsAllowlisting ? "Yes" : "No",
        u.paidAdsAllowlisting
          ? "The brand may run the content as paid ads from the creator's handle."
          : "The brand does not run the content as ads from the creator's handle.",
      ),
      term("usage.expires", "Usage rights end", u.expires ?? "No usage rights"),
      term(
        "exclusivity",
        "Exclusivity",
        ex ? `${ex.category}, until ${ex.until}` : "None",
        ex ? `Until ${ex.until} the creator promotes no competitor in ${ex.category}.` : null,
      ),
    ],
  };
}

function disclosureSection(terms: ContractTerms): ContractSection {
  const d = terms.disclosure;
  return {
    id: "disclosure",
    title: "Disclosure",
    blocks: [
      term(
        "disclosure.jurisdictions",
        "Rules followed",
        d.jurisdictions.join(", "),
        "Something of value is given, so every piece of content says it is an ad.",
      ),
      term(
        "disclosure.wording",
        "Wording",
        `"${d.wording}"`,
        "Where it goes is named with each deliverable above.",
      ),
    ],
  };
}

function cancellationSection(terms: ContractTerms): ContractSection {
  const c = terms.cancellation;
  return {
    id: "cancellation",
    title: "Cancellation",
    blocks: [
      term(
        "cancellation.noticeDays",
        "Notice",
        `${c.noticeDays} days`,
        "Either side may cancel with this much notice.",
      ),
      term("cancellation.unpaid", "Unpaid amounts", UNPAID_WORDS[c.unpaid]),
    ],
  };
}
