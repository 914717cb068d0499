// Does the creator disclose sponsored posts the way the FTC ("Disclosures 101 for Social
// Media Influencers") and the ASA/CAP ("Influencers' guide to making clear that ads are
// ads", 2023) ask? For each sponsored post (sponsored.ts) the caption's labels
// (disclosure-labels.ts) are judged on their words and their place: visible before the
// "more" cut, not buried among hashtags. Each finding names its rule and authority and
// quotes the caption, so a marketer can check it by reading; the audit counts, it does not
// judge the creator. Rules, lists and limits: docs/methodology.md, section 5f.
import {
  type FoldedCaption,
  foldCaption,
  matchesOf,
  quoteAround,
  type Span,
  spanOf,
} from "./caption-text.js";
import { type LabelWord, labelWord, type Verdict } from "./disclosure-labels.js";
import { latestPosts } from "./latest-posts.js";
import {
  type Confidence,
  type SponsoredSignal,
  type SponsoredSignals,
  sponsoredSignalsOf,
} from "./sponsored.js";
import { iso, share } from "./stats.js";
import type { Post } from "./types.js";

/** disclosure-v2 (issue 14): "clear" only for a post that breaks no rule (one verdict per post). */
export const DISCLOSURE_METHOD = "disclosure-v2";

/**
 * Instagram shows about the first 125 characters of a caption in the feed, then "more".
 * A label counts as visible when it ends within them. Characters are code points.
 */
export const CAPTION_CUT = 125;
/** A label is buried when it follows at least this many hashtags anywhere in the caption. */
export const BURIED_AFTER_HASHTAGS = 20;
/** …or stands, not first, in a hashtag block at the caption's end of at least this many hashtags. */
export const BURIED_BLOCK_MIN = 3;

export interface DisclosureOptions {
  /** Latest posts read. */
  recentPosts: number;
  /** Fewest posts for a sponsored share. */
  minPosts: number;
}

/**
 * 50 posts: the audit's comment window, several months of a micro-influencer's posting.
 * 10 posts: below ten, one post moves the sponsored share by more than ten points.
 */
export const DEFAULT_DISCLOSURE_OPTIONS: DisclosureOptions = { recentPosts: 50, minPosts: 10 };

export type Authority = "FTC" | "ASA/CAP";
export type Severity = "violation" | "warning";

export const DISCLOSURE_RULE_IDS = [
  "ftc-disclose-connection",
  "ftc-clear-words",
  "ftc-visible-without-more",
  "ftc-not-buried-in-hashtags",
  "ftc-platform-label-not-enough",
  "asa-obviously-identifiable",
  "asa-unclear-label",
  "asa-label-up-front",
  "asa-affiliate-and-codes",
] as const;
export type DisclosureRuleId = (typeof DISCLOSURE_RULE_IDS)[number];

const FTC_SOURCE = 'FTC, "Disclosures 101 for Social Media Influencers"';
const ASA_SOURCE = 'ASA/CAP, "Influencers\' guide to making clear that ads are ads" (2023)';

/** Each rule, its authority and what the source asks, in plain words. */
export const DISCLOSURE_RULES: Record<
  DisclosureRuleId,
  { authority: Authority; source: string; asks: string }
> = {
  "ftc-disclose-connection": {
    authority: "FTC",
    source: FTC_SOURCE,
    asks: "disclose any material connection (payment, free products, commissions) with the endorsement",
  },
  "ftc-clear-words": {
    authority: "FTC",
    source: FTC_SOURCE,
    asks: 'use simple, clear words such as "ad", "advertisement", "sponsored" or "Thanks to Acme for the free product"; "#sp", "#spon", "collab", "#partner", "#ambassador" or "Thanks Acme" are not clear enough',
  },
  "ftc-visible-without-more": {
    authority: "FTC",
    source: FTC_SOURCE,
    asks: 'put the disclosure where it is seen without clicking "more"',
  },
  "ftc-not-buried-in-hashtags": {
    authority: "FTC",
    source: FTC_SOURCE,
    asks: "do not mix the disclosure into a group of hashtags",
  },
  "ftc-platform-label-not-enough": {
    authority: "FTC",
    source: FTC_SOURCE,
    asks: "do not assume a platform's disclosure tool (Instagram's \"Paid partnership\") is enough",
  },
  "asa-obviously-identifiable": {
    authority: "ASA/CAP",
    source: ASA_SOURCE,
    asks: 'ads must be obviously identifiable: label them "Ad" or "#ad"',
  },
  "asa-unclear-label": {
    authority: "ASA/CAP",
    source: ASA_SOURCE,
    asks: 'use "Ad", "#ad", "Advert", "Advertising" or "Advertisement feature"; "sponsored", "gifted", "#aff", "collab" and "PR" are advised against',
  },
  "asa-label-up-front": {
    authority: "ASA/CAP",
    source: ASA_SOURCE,
    asks: "put the label up front, where it is seen before anything else",
  },
  "asa-affiliate-and-codes": {
    authority: "ASA/CAP",
    source: ASA_SOURCE,
    asks: "affiliate links and discount codes are ads and need an ad label",
  },
};

export interface DisclosureFinding {
  postId: string;
  shortcode: string | null;
  rule: DisclosureRuleId;
  authority: Authority;
  severity: Severity;
  /** What is wrong and what the rule asks, for a marketer. */
  message: string;
  /** The caption around the problem (at most 160 characters, "…" where cut); null for no caption. */
  quote: string | null;
}

export interface DisclosureLabel {
  /** The label's `word` in LABEL_WORDS. */
  word: string;
  /** As written in the caption. */
  match: string;
  /** Offset in the caption, in code points. */
  index: number;
  ftc: Verdict;
  asa: Verdict;
}

/**
 * One verdict per sponsored post. clear: a label clear to the FTC or the ASA/CAP, and no
 * rule broken (warnings allowed); unclear: a label or Instagram's, but none clear, or a clear
 * one that breaks a rule (hidden behind "more", buried among hashtags); none: no label at all;
 * unknown: the caption is unknown.
 */
export type DisclosureStatus = "clear" | "unclear" | "none" | "unknown";

export interface PostDisclosure {
  postId: string;
  shortcode: string | null;
  takenAt: string;
  sponsored: boolean;
  confidence: Confidence | null;
  signals: SponsoredSignal[];
  /** The label a reader meets first among the clearest ones; null without a label. */
  label: DisclosureLabel | null;
  /** "unknown" when the caption is unknown; "none" for a post that is not sponsored and has no label. */
  disclosure: DisclosureStatus;
  findings: DisclosureFinding[];
}

export interface Disclosure {
  /** Posts in the window (the latest `recentPosts`). */
  postsRead: number;
  sponsoredPosts: number;
  /** sponsoredPosts / postsRead; null below `minPosts` posts. */
  sponsoredShare: number | null;
  /** Posts with only "possible" signals other than @mentions (listed in `posts`, not judged). */
  possiblySponsored: number;
  disclosedClearly: number;
  disclosedUnclearly: number;
  undisclosed: number;
  /** Sponsored posts whose caption is unknown: not checked. */
  unchecked: number;
  /** Share of checked sponsored posts without a violation; null when there is none. */
  hygiene: number | null;
  /** Sponsored and possibly sponsored posts, newest first. */
  posts: PostDisclosure[];
  /** Every finding, newest post first. */
  findings: DisclosureFinding[];
  method: string;
  options: DisclosureOptions;
  notEnoughData: string[];
}

export function computeDisclosure(
  posts: readonly Post[],
  options: Partial<DisclosureOptions> = {},
): Disclosure {
  const opts: DisclosureOptions = { ...DEFAULT_DISCLOSURE_OPTIONS, ...options };
  const latest = latestPosts(posts, Math.max(0, opts.recentPosts)).posts;
  const listed: PostDisclosure[] = [];
  let sponsoredPosts = 0;
  let possiblySponsored = 0;
  const status = { clear: 0, unclear: 0, none: 0, unknown: 0 };
  let clean = 0;

  for (const post of latest) {
    const caption = post.caption === null ? null : foldCaption(post.caption);
    const signals = sponsoredSignalsOf(post, caption);
    const worthListing = signals.sponsored || signals.signals.some((s) => s.kind !== "brand_tag");
    if (!worthListing) continue;
    const result = assess(post, signals, caption);
    listed.push(result);
    if (!signals.sponsored) {
      possiblySponsored++;
      continue;
    }
    sponsoredPosts++;
    status[result.disclosure]++;
    if (result.disclosure !== "unknown" && !result.findings.some((f) => f.severity === "violation")) clean++;
  }

  const checked = sponsoredPosts - status.unknown;
  const notEnoughData: string[] = [];
  const enough = latest.length >= opts.minPosts;
  if (!enough)
    notEnoughData.push(
      `disclosure: ${latest.length} post(s) read, the sponsored share needs at least ${opts.minPosts}`,
    );
  if (status.unknown > 0)
    notEnoughData.push(
      `disclosure: ${status.unknown} sponsored post(s) without a known caption, their disclosure was not checked`,
    );
  return {
    postsRead: latest.length,
    sponsoredPosts,
    sponsoredShare: enough ? share(sponsoredPosts, latest.length) : null,
    possiblySponsored,
    disclosedClearly: status.clear,
    disclosedUnclearly: status.unclear,
    undisclosed: status.none,
    unchecked: status.unknown,
    hygiene: share(clean, checked),
    posts: listed,
    findings: listed.flatMap((p) => p.findings),
    method: `${DISCLOSURE_METHOD}: latest ${opts.recentPosts} posts; sponsored from Instagram's paid-partnership sponsors and is_ad, caption labels, affiliate links and discount codes; labels judged by ${FTC_SOURCE} and ${ASA_SOURCE}; visible = within the first ${CAPTION_CUT} characters (code points)`,
    options: opts,
    notEnoughData,
  };
}

/** The findings for one post and what sponsored.ts found in it; none for a post that is not sponsored. */
export function checkDisclosure(post: Post, signals: SponsoredSignals): DisclosureFinding[] {
  return assess(post, signals, post.caption === null ? null : foldCaption(post.caption)).findings;
}

interface FoundLabel {
  label: LabelWord;
  span: Span;
  match: string;
}

interface Placement {
  visible: boolean;
  /** Hashtags before the label. */
  hashtagsBefore: number;
  /** Hashtags in the caption's closing block, when the label stands in it not first; else 0. */
  buriedInBlock: number;
  buried: boolean;
}

function assess(post: Post, result: SponsoredSignals, caption: FoldedCaption | null): PostDisclosure {
  const labels: FoundLabel[] = [];
  for (const s of result.signals) {
    const label = s.label === null ? undefined : labelWord(s.label);
    if (label && s.index !== null)
      labels.push({ label, match: s.match, span: { start: s.index, end: s.index + [...s.match].length } });
  }
  const place = caption === null ? null : placer(caption, labels);
  const best = bestLabel(labels, place);
  const base = {
    postId: post.platformPostId,
    shortcode: post.shortcode,
    takenAt: iso(post.takenAt),
    sponsored: result.sponsored,
    confidence: result.confidence,
    signals: result.signals,
    label: best && {
      word: best.label.word,
      match: best.match,
      index: best.span.start,
      ftc: best.label.ftc,
      asa: best.label.asa,
    },
  };
  const platform = result.signals.find((s) => s.kind === "paid_partnership") ?? null;
  const labelled: DisclosureStatus =
    caption === null
      ? "unknown"
      : labels.some((l) => l.label.ftc === "clear" || l.label.asa === "clear")
        ? "clear"
        : labels.length > 0 || platform
          ? "unclear"
          : "none";
  if (!result.sponsored || caption === null || place === null)
    return { ...base, disclosure: labelled, findings: [] };

  const findings: DisclosureFinding[] = [];
  const add = (rule: DisclosureRuleId, severity: Severity, message: string, span: Span | null) =>
    findings.push({
      postId: post.platformPostId,
      shortcode: post.shortcode,
      rule,
      authority: DISCLOSURE_RULES[rule].authority,
      // Instagram's "Paid partnership with …" stands above the post, visible without "more"
      // and outside any hashtag: neither authority calls it insufficient, the FTC only says
      // not to assume it is enough. So with it, a caption's shortcomings are warnings.
      severity: platform ? "warning" : severity,
      message: platform && severity === "violation" ? `${message} ${PLATFORM_NOTE}` : message,
      quote: caption.length === 0 ? null : quoteAround(caption, span ?? { start: 0, end: 0 }),
    });
  const paidBy = result.signals.filter((s) => s.kind === "affiliate_link" || s.kind === "discount_code");
  const firstPaid = paidBy.find((s) => s.strength === "likely") ?? null;
  const evidence = result.signals.find((s) => s.index !== null && s.strength !== "possible") ?? null;
  const spanOfSignal = (s: SponsoredSignal | null): Span | null =>
    s === null || s.index === null ? null : { start: s.index, end: s.index + [...s.match].length };
  const why = describe(result.signals);

  for (const authority of ["FTC", "ASA/CAP"] as const) {
    const verdictOf = (l: FoundLabel) => (authority === "FTC" ? l.label.ftc : l.label.asa);
    const clear = labels.filter((l) => verdictOf(l) === "clear");
    const weak = labels.filter((l) => verdictOf(l) === "weak");
    const unclear = labels.filter((l) => verdictOf(l) === "unclear");
    const ftc = authority === "FTC";
    let clarityViolation = false;

    if (labels.length === 0) {
      if (ftc && platform)
        add(
          "ftc-platform-label-not-enough",
          "warning",
          `Instagram shows "${platform.match}", but the caption says nothing: the FTC does not assume a platform's label is enough. Add "ad" or "sponsored" at the start of the caption.`,
          null,
        );
      else if (ftc)
        add(
          "ftc-disclose-connection",
          "violation",
          `Sponsored (${why}) but the caption never says so: the FTC asks for a clear disclosure such as "ad" or "sponsored" with the endorsement.`,
          spanOfSignal(evidence),
        );
      else if (firstPaid)
        add(
          "asa-affiliate-and-codes",
          "violation",
          `The caption has ${describe([firstPaid])} but no "Ad" label: for the ASA/CAP, affiliate links and discount codes are ads and must be labelled as such.`,
          spanOfSignal(firstPaid),
        );
      else if (platform)
        add(
          "asa-unclear-label",
          "warning",
          `Instagram shows "${platform.match}", but the caption has no label: the ASA/CAP asks for "Ad" or "#ad" and does not list "paid partnership" among its labels.`,
          null,
        );
      else
        add(
          "asa-obviously-identifiable",
          "violation",
          `Sponsored (${why}) but not labelled: the ASA/CAP asks for "Ad" or "#ad", up front.`,
          spanOfSignal(evidence),
        );
      continue;
    }

    if (clear.length === 0) {
      const used = quoteWords([...weak, ...unclear]);
      const first = [...weak, ...unclear].sort((a, b) => a.span.start - b.span.start)[0] as FoundLabel;
      if (ftc) {
        clarityViolation = weak.length === 0;
        add(
          "ftc-clear-words",
          clarityViolation ? "violation" : "warning",
          clarityViolation
            ? `The only disclosure is ${used}, which the FTC names as not clear enough. Say "ad" or "sponsored".`
            : `The disclosure is ${used}, not among the words the FTC calls clear ("ad", "advertisement", "sponsored", "Thanks to Acme for the free product"). Say "ad" or "sponsored".`,
          first.span,
        );
      } else if (firstPaid) {
        clarityViolation = true;
        add(
          "asa-affiliate-and-codes",
          "violation",
          `The caption has ${describe([firstPaid])} and only ${used} as a label: for the ASA/CAP, affiliate links and discount codes are ads and need "Ad" or "#ad".`,
          spanOfSignal(firstPaid),
        );
      } else {
        add(
          "asa-unclear-label",
          "warning",
          `The label is ${used}, which the ASA/CAP advises against: it recognises "Ad", "Advert", "Advertising", "Advertisement" and "Advertisement feature".`,
          first.span,
        );
      }
    }
    if (clarityViolation) continue;

    // Where is the label? The first well-placed candidate settles it; otherwise the first one is reported.
    const candidates = clear.length > 0 ? clear : weak;
    if (candidates.length === 0) continue;
    const placed = candidates.map((l) => ({ l, p: place(l.span) }));
    if (placed.some(({ p }) => p.visible && !p.buried)) continue;
    const { l, p } = placed[0] as { l: FoundLabel; p: Placement };
    const where = `"${l.match}" ends after character ${l.span.end}, past the first ${CAPTION_CUT} characters Instagram shows before "more"`;
    const among =
      p.hashtagsBefore >= BURIED_AFTER_HASHTAGS
        ? `"${l.match}" comes after ${p.hashtagsBefore} hashtags`
        : `"${l.match}" stands among the ${p.buriedInBlock} hashtags at the end of the caption, not first`;
    if (ftc) {
      if (!p.visible)
        add(
          "ftc-visible-without-more",
          "violation",
          `${where}: the FTC wants the disclosure visible without clicking "more".`,
          l.span,
        );
      if (p.buried)
        add(
          "ftc-not-buried-in-hashtags",
          "violation",
          `${among}: the FTC says not to mix the disclosure into a group of hashtags.`,
          l.span,
        );
    } else {
      const reasons = [p.visible ? null : where, p.buried ? among : null].filter((r) => r !== null);
      add(
        "asa-label-up-front",
        "violation",
        `${reasons.join("; ")}: the ASA/CAP wants the label up front, seen before anything else.`,
        l.span,
      );
    }
  }
  // A clear word that breaks a rule (hidden behind "more", buried among hashtags) is not a
  // clear disclosure: the post gets one verdict, never "clear" beside a violation.
  const broken = findings.some((f) => f.severity === "violation");
  return { ...base, disclosure: labelled === "clear" && broken ? "unclear" : labelled, findings };
}

const PLATFORM_NOTE =
  'Instagram\'s "Paid partnership" label is on the post, so this is a warning rather than a violation.';

/** The clearest label, then the one a reader meets first: well placed before badly placed, earlier before later. */
function bestLabel(labels: FoundLabel[], place: ((span: Span) => Placement) | null): FoundLabel | null {
  const rank = (l: FoundLabel) => {
    const clearTo = Number(l.label.ftc === "clear") + Number(l.label.asa === "clear");
    const weakTo = Number(l.label.ftc === "weak") + Number(l.label.asa === "weak");
    return clearTo * 10 + weakTo;
  };
  const wellPlaced = (l: FoundLabel) => {
    const p = place?.(l.span);
    return p ? Number(p.visible && !p.buried) : 0;
  };
  let best: FoundLabel | null = null;
  for (const l of labels) {
    if (best === null || rank(l) > rank(best) || (rank(l) === rank(best) && wellPlaced(l) > wellPlaced(best)))
      best = l;
  }
  return best;
}

const HASHTAG = /#[\p{L}\p{N}_]+/gu;
// A token of the closing block: hashtags, handles and separators ("•", ".", emoji), nothing else.
const BLOCK_TOKEN = /^(?:[#@][\p{L}\p{N}_.]+|[^\p{L}\p{N}])*$/u;
const SPACE = /\s/u;

/**
 * How a caption places a label: within the first CAPTION_CUT code points, after how many
 * hashtags, and whether it is buried in the closing hashtag block. The closing block is
 * the run of tokens (split at white space) at the end that are hashtags, handles,
 * separators or labels.
 */
function placer(caption: FoldedCaption, labels: FoundLabel[]): (span: Span) => Placement {
  const hashtags = caption.folded.includes("#") ? matchesOf(caption, HASHTAG).map((m) => m.span.start) : [];
  const { folded } = caption;
  let blockStart = Number.POSITIVE_INFINITY;
  let end = folded.length;
  while (end > 0) {
    while (end > 0 && SPACE.test(folded[end - 1] as string)) end--;
    let start = end;
    while (start > 0 && !SPACE.test(folded[start - 1] as string)) start--;
    if (start === end) break;
    const span = spanOf(caption, start, end);
    const isLabel = labels.some((l) => l.span.start < span.end && span.start < l.span.end);
    if (!isLabel && !BLOCK_TOKEN.test(folded.slice(start, end))) break;
    blockStart = span.start;
    end = start;
  }
  const inBlock = hashtags.filter((h) => h >= blockStart);
  return (span) => {
    const hashtagsBefore = hashtags.filter((h) => h < span.start).length;
    const notFirst = span.start >= blockStart && inBlock.some((h) => h < span.start);
    const buriedInBlock = notFirst && inBlock.length >= BURIED_BLOCK_MIN ? inBlock.length : 0;
    return {
      visible: span.end <= CAPTION_CUT,
      hashtagsBefore,
      buriedInBlock,
      buried: hashtagsBefore >= BURIED_AFTER_HASHTAGS || buriedInBlock > 0,
    };
  };
}

function quoteWords(labels: FoundLabel[]): string {
  const words = [...new Set(labels.sort((a, b) => a.span.start - b.span.start).map((l) => `"${l.match}"`))];
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

const SIGNAL_WORDS: Record<SponsoredSignal["kind"], string> = {
  paid_partnership: "Instagram's paid-partnership label",
  is_ad: "Instagram marks it as an ad",
  ad_label: "a disclosure word",
  affiliate_link: "an affiliate link",
  discount_code: "a discount code",
  brand_tag: "a tagged account",
  gifted: "a gift",
};

/** The signals that make a post sponsored, in words: 'a discount code ("code GLOW15")'. */
function describe(signals: readonly SponsoredSignal[]): string {
  const parts = signals
    .filter((s) => s.strength !== "possible")
    .map((s) => (s.index === null ? SIGNAL_WORDS[s.kind] : `${SIGNAL_WORDS[s.kind]} ("${s.match}")`));
  return [...new Set(parts)].join(", ");
}
