// Is a post sponsored, and what says so? Instagram's own fields are certain: the "Paid
// partnership with …" label (the post's sponsor users) and `is_ad`. In the caption, a
// disclosure word means the creator declared a commercial link (disclosure-labels.ts);
// an affiliate link or a discount code makes the post an ad (ASA/CAP: "affiliate links
// and discount codes are ads"); a gift is a material connection (FTC). Each of these makes
// a post sponsored ("likely").
//
// Some signals are only "possible" and never make a post sponsored on their own: an
// @mention (creators tag friends, photographers and places far more often than sponsors),
// "link in bio to shop" (the link may be the creator's own shop), a tracking parameter on
// an ordinary link, and labels with innocent uses ("#collab", "#partner", "PR",
// "thanks @anna"). They are kept as evidence for a reader, and as labels when other
// signals make the post sponsored. Patterns read the folded caption (caption-text.ts).
import { type FoldedCaption, foldCaption, matchesOf, type Span, spanOf, textOf } from "./caption-text.js";
import { findLabels } from "./disclosure-labels.js";
import type { Post } from "./types.js";

export const SIGNAL_KINDS = [
  "paid_partnership",
  "is_ad",
  "ad_label",
  "affiliate_link",
  "discount_code",
  "brand_tag",
  "gifted",
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export type Confidence = "certain" | "likely" | "possible";

export interface SponsoredSignal {
  kind: SignalKind;
  /** The caption's text that matched, as written; for Instagram's fields, what Instagram shows. */
  match: string;
  /** Offset in the caption in code points; null for Instagram's fields, which are not in the caption. */
  index: number | null;
  /** How sure this signal alone makes us that the post is sponsored. */
  strength: Confidence;
  /** For a disclosure label, its `word` in LABEL_WORDS; otherwise null. */
  label: string | null;
}

export interface SponsoredSignals {
  /** True when any signal is "certain" or "likely". */
  sponsored: boolean;
  /** The strongest signal's strength; null when nothing was found. */
  confidence: Confidence | null;
  /** Instagram's fields first, then caption signals in caption order. */
  signals: SponsoredSignal[];
}

/** Hosts whose links are affiliate links: Amazon's short links, LTK, ShopMy and the networks. */
export const AFFILIATE_HOSTS: readonly string[] = [
  "amzn.to",
  "amzn.eu",
  "amzn.asia",
  "a.co",
  "geni.us",
  "rstyle.me",
  "liketk.it",
  "liketoknow.it",
  "shopltk.com",
  "go.magik.ly",
  "shopmy.us",
  "howl.me",
  "howl.link",
  "prf.hn",
  "awin1.com",
  "tidd.ly",
  "shareasale.com",
  "click.linksynergy.com",
  "shop-links.co",
  "fave.co",
  "go.skimresources.com",
  "redirect.viglink.com",
];

/** Link shorteners: a tracking or referral parameter on one of these marks an affiliate link. */
export const SHORTENER_HOSTS: readonly string[] = [
  "bit.ly",
  "tinyurl.com",
  "t.co",
  "ow.ly",
  "rebrand.ly",
  "shorturl.at",
  "cutt.ly",
  "is.gd",
  "buff.ly",
  "t.ly",
];

/** Query parameters that pay the creator for a click or a sale (any host). */
export const REFERRAL_PARAMS: readonly string[] = [
  "ref",
  "aff",
  "affid",
  "aff_id",
  "affiliate",
  "affiliate_id",
  "irclickid",
  "clickref",
  "partnerid",
];

/**
 * Affiliate programmes named in text rather than by a link: LTK (its hashtags and
 * handles), ShopMy and Amazon storefronts. "Likely", like a link.
 */
export const AFFILIATE_TEXT: readonly string[] = [
  "#(?:liketkit|liketoknowit|ltk[a-z0-9_]*)",
  String.raw`@(?:shop\.ltk|liketoknow\.it|shopltk|shopmy)`,
  String.raw`shop\s+my\s+(?:ltk|liketoknow\.?it|shopmy|amazon(?:\s+storefront)?)`,
  String.raw`amazon\s+storefront`,
];

/** "Link in bio to shop" in the five languages: only "possible" (the shop may be the creator's). */
export const SHOP_LINK_IN_BIO: readonly string[] = [
  String.raw`(?:shop|buy)(?:\s+(?:it|this|these|them|the\s+look|my\s+look|my\s+outfit|everything|all))?\s+(?:(?:via|at|through|with|from|using)\s+)?(?:the\s+|my\s+)?link\s+in\s+(?:my\s+)?bio`,
  String.raw`link\s+in\s+(?:my\s+)?bio\s+to\s+(?:shop|buy)`,
  String.raw`link\s+(?:in|im)\s+(?:der\s+|meiner\s+)?bio\s+zum\s+(?:shoppen|kaufen|bestellen)`,
  String.raw`lien\s+(?:en|dans\s+(?:ma|la))\s+bio\s+pour\s+(?:shopper|acheter|commander)`,
  String.raw`(?:link|enlace)\s+en\s+(?:mi\s+)?(?:bio|perfil)\s+para\s+comprar`,
  String.raw`link\s+in\s+bio\s+per\s+(?:acquistare|comprare|shoppare)`,
];

/**
 * Words that introduce a discount code, strongest first. The ones that say "discount"
 * accept a code in any case with a digit ("codice sconto giulia10"); the bare "code",
 * "código", "codice", "coupon" want a code in capitals ("GLOW15") or with a digit and a
 * capital ("Anna10"), so "the code is below" or "zip code" do not count.
 */
export const DISCOUNT_CODE_WORDS: readonly { pattern: string; lang: string; strong: boolean }[] = [
  { pattern: String.raw`(?:discount|promo|coupon|voucher)[\s-]?code`, lang: "en", strong: true },
  { pattern: String.raw`(?:rabatt|gutschein)[\s-]?code`, lang: "de", strong: true },
  { pattern: String.raw`code\s+(?:promo|de\s+(?:reduction|remise|reduc))`, lang: "fr", strong: true },
  { pattern: String.raw`codigo\s+(?:de\s+descuento|promocional|promo|descuento)`, lang: "es", strong: true },
  { pattern: String.raw`cupon(?:\s+de\s+descuento)?`, lang: "es", strong: true },
  { pattern: String.raw`codice\s+(?:sconto|promo(?:zionale)?)`, lang: "it", strong: true },
  { pattern: "code", lang: "en, de, fr", strong: false },
  { pattern: "codigo", lang: "es", strong: false },
  { pattern: "codice", lang: "it", strong: false },
  { pattern: "coupon", lang: "en, it", strong: false },
];

// "code" after these is not a discount code.
// "code" after these is not a discount code.
const NOT_DISCOUNT =
  /(?:dress|zip|postal|post|area|source|qr|bar|country|colou?r|access|secret|pin|cheat|morse|error)[\s-]?$/u;
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}_])`;
// Between the word and the code: ":", "=", "is" in five languages, a quote mark.
const CODE_GAP = String.raw`(?:\s*[:=]\s*|\s+(?:is|ist|lautet|est|es|e)\s*:?\s+|\s+)["“”'‘’«»]?\s*`;

// The scans below run only on captions that contain a hint of what they look for, and
// start without a look-behind (the word edge before is checked by hand): an audit reads
// 50 captions, most with nothing of the kind.
const DISCOUNT_CODE = new RegExp(
  `(?:${DISCOUNT_CODE_WORDS.map((w, i) => `(?<w${i}>${w.pattern})`).join("|")})${CODE_GAP}(?<code>[a-z0-9][a-z0-9_-]{2,24})${EDGE_AFTER}`,
  "gu",
);
const DISCOUNT_HINT = /cod|cupon|coupon/u;
const URL =
  /(?<![\p{L}\p{N}_@.-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])(\/\S*)?/gu;
const URL_HINT = /[a-z0-9]\.[a-z]{2}/u;
const AFFILIATE_TEXT_RE = new RegExp(`${EDGE_BEFORE}(?:${AFFILIATE_TEXT.join("|")})${EDGE_AFTER}`, "gu");
const AFFILIATE_HINT = /ltk|liketoknow|shopmy|storefront/u;
const SHOP_LINK_RE = new RegExp(`${EDGE_BEFORE}(?:${SHOP_LINK_IN_BIO.join("|")})${EDGE_AFTER}`, "gu");
const MENTION = /@[a-z0-9._]*[a-z0-9_]/gu;
const NOT_BEFORE_MENTION = /[\p{L}\p{N}_.@/]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const REFERRAL = new RegExp(`[?&#](?:${REFERRAL_PARAMS.join("|")})=`, "u");
const AMAZON_TAG = /^(?:www\.|smile\.)?amazon\.[a-z.]+$/u;

const RANK: Record<Confidence, number> = { certain: 3, likely: 2, possible: 1 };

export function detectSponsored(post: Post): SponsoredSignals {
  return sponsoredSignalsOf(post, post.caption === null ? null : foldCaption(post.caption));
}

/** detectSponsored for a caption already folded (disclosure.ts folds each caption once). */
export function sponsoredSignalsOf(post: Post, caption: FoldedCaption | null): SponsoredSignals {
  const signals: SponsoredSignal[] = [];
  if (post.sponsors && post.sponsors.length > 0) {
    signals.push({
      kind: "paid_partnership",
      match: `Paid partnership with ${post.sponsors.join(", ")}`,
      index: null,
      strength: "certain",
      label: null,
    });
  } else if (post.paidPartnership === true) {
    // The label without a named sponsor (is_paid_partnership with no sponsor tags).
    signals.push({
      kind: "paid_partnership",
      match: "Paid partnership",
      index: null,
      strength: "certain",
      label: null,
    });
  }
  if (post.isAd === true) {
    signals.push({ kind: "is_ad", match: "is_ad", index: null, strength: "certain", label: null });
  }
  if (caption !== null) signals.push(...captionSignals(caption));

  let confidence: Confidence | null = null;
  for (const s of signals)
    if (confidence === null || RANK[s.strength] > RANK[confidence]) confidence = s.strength;
  return { sponsored: confidence === "certain" || confidence === "likely", confidence, signals };
}

function captionSignals(caption: FoldedCaption): SponsoredSignal[] {
  const found: (SponsoredSignal & { index: number })[] = [];
  const signal = (kind: SignalKind, span: Span, strength: Confidence, label: string | null = null) => ({
    kind,
    match: textOf(caption, span),
    index: span.start,
    strength,
    label,
  });

  for (const m of findLabels(caption))
    found.push(signal(m.label.kind, m.span, m.label.signal ? "likely" : "possible", m.label.word));

  // One link can match twice ("shop my liketoknow.it" and the address in it): of
  // overlapping affiliate matches the strongest, then the longest, is kept.
  const { folded } = caption;
  const links: { span: Span; strength: Confidence }[] = [];
  if (URL_HINT.test(folded)) {
    for (const { span, match } of matchesOf(caption, URL)) {
      const strength = linkStrength(match[1] as string, match[2] ?? "");
      if (strength) links.push({ span, strength });
    }
  }
  if (AFFILIATE_HINT.test(folded))
    for (const { span } of matchesOf(caption, AFFILIATE_TEXT_RE)) links.push({ span, strength: "likely" });
  if (folded.includes("bio"))
    for (const { span } of matchesOf(caption, SHOP_LINK_RE)) links.push({ span, strength: "possible" });
  links.sort(
    (a, b) => RANK[b.strength] - RANK[a.strength] || b.span.end - b.span.start - (a.span.end - a.span.start),
  );
  const kept: Span[] = [];
  for (const { span, strength } of links) {
    if (kept.some((k) => k.start < span.end && span.start < k.end)) continue;
    kept.push(span);
    found.push(signal("affiliate_link", span, strength));
  }

  if (DISCOUNT_HINT.test(folded)) {
    for (const { span, match } of matchesOf(caption, DISCOUNT_CODE)) {
      const at = match.index;
      if (at > 0 && WORD_CHAR.test(folded[at - 1] as string)) continue;
      if (NOT_DISCOUNT.test(folded.slice(Math.max(0, at - 8), at))) continue;
      const named = match.groups ?? {};
      const strong = DISCOUNT_CODE_WORDS.some((w, i) => w.strong && named[`w${i}`] !== undefined);
      const codeAt = at + match[0].length - (named.code as string).length;
      const code = textOf(caption, spanOf(caption, codeAt, at + match[0].length));
      if (looksLikeCode(code, strong)) found.push(signal("discount_code", span, "likely"));
    }
  }

  if (folded.includes("@")) {
    const tagged = new Set<string>();
    for (const { span, match } of matchesOf(caption, MENTION)) {
      if (match.index > 0 && NOT_BEFORE_MENTION.test(folded[match.index - 1] as string)) continue;
      if (tagged.has(match[0])) continue;
      tagged.add(match[0]);
      found.push(signal("brand_tag", span, "possible"));
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How an address reads: an affiliate host or a referral parameter is "likely"; tracking alone "possible". */
function linkStrength(host: string, rest: string): Confidence | null {
  const onHost = (list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));
  if (onHost(AFFILIATE_HOSTS)) return "likely";
  if (AMAZON_TAG.test(host) && (/[?&]tag=/u.test(rest) || rest.startsWith("/shop/"))) return "likely";
  if (REFERRAL.test(rest)) return "likely";
  const tracked = /[?&]utm_[a-z]+=/u.test(rest);
  if (tracked && onHost(SHORTENER_HOSTS)) return "likely";
  return tracked ? "possible" : null;
}

/** A discount code as written: letters and digits, in capitals or with a digit (see DISCOUNT_CODE_WORDS). */
function looksLikeCode(code: string, strong: boolean): boolean {
  if (!/\p{L}/u.test(code)) return false;
  const letters = code.replace(/[^\p{L}]/gu, "");
  const capitals = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const digit = /\p{N}/u.test(code);
  return capitals || (digit && (strong || /\p{Lu}/u.test(code)));
}
