// The words a creator uses to say a post is paid for, and how clear each one is to the two
// authorities of METHODS.md: the FTC ("Disclosures 101 for Social Media Influencers") and
// the ASA/CAP ("Influencers' guide to making clear that ads are ads", 2023). One table
// serves both jobs: a label is a sign that the post is sponsored (sponsored.ts) and the
// thing whose wording and place the disclosure rules judge (disclosure.ts).
//
// Matching is careful about word edges, because "ad" hides in "made", "adventure" and
// "#adidas": a hashtag label must be the whole hashtag, and a label written as a plain word
// must stand where a label stands (see wordStandsAsLabel), never inside a sentence.
// Patterns read the folded caption (caption-text.ts: lower case, no accents).
import { type FoldedCaption, matchesOf, type Span, spanOf, textOf } from "./caption-text.js";

/**
 * How an authority reads a label. clear: it names the word (or the same word in the
 * caption's language) as clear. weak: it names other words as clear and advises against
 * this one, or does not name it at all; a warning. unclear: it names the word as not
 * clear enough; a violation.
 */
export type Verdict = "clear" | "weak" | "unclear";

export type LabelLanguage = "en" | "de" | "fr" | "es" | "it";

/** What a label says about the post, in sponsored.ts's signal kinds. */
export type LabelKind = "ad_label" | "gifted" | "affiliate_link";

export interface LabelWord {
  /** The label as findings and docs name it; unique. */
  word: string;
  /**
   * hashtag: the whole hashtag matches `pattern`. word: `pattern` as a word that stands
   * as a label (wordStandsAsLabel). phrase: `pattern` anywhere, between word edges.
   */
  form: "hashtag" | "word" | "phrase";
  /** Regular expression source over folded text (for a hashtag, the tag after "#"). */
  pattern: string;
  lang: LabelLanguage;
  kind: LabelKind;
  /**
   * Does this word alone make a post sponsored ("likely")? Not for words with innocent
   * uses: "#collab" between friends, "#partner", "PR" (a personal record), "thanks @anna"
   * for a photo. Those still count as a (poor) label when other signals make a post sponsored.
   */
  signal: boolean;
  ftc: Verdict;
  asa: Verdict;
}

/** A handle in folded text. */
const H = "@[a-z0-9._]+";
// "for" followed by up to three words and one saying the thing was free or paid for.
const FOR_FREE_EN = String.raw`for(?:\s+[\p{L}'’-]+){0,3}?\s+(?:free|complimentary|gifted|gifting|sponsor\w*|partner\w*|paid|hosting|having\s+me|sending)`;
const FOR_FREE_DE = String.raw`fur(?:\s+[\p{L}'’-]+){0,3}?\s+(?:kostenlos\w*|gratis|geschenk\w*|sponsor\w*|einladung|zur\s+verfugung)`;
const FOR_FREE_FR = String.raw`pour(?:\s+[\p{L}'’-]+){0,3}?\s+(?:offert\w*|gratuit\w*|cadeau\w*|invitation|sponsor\w*|partenariat)`;
const FOR_FREE_ES = String.raw`por(?:\s+[\p{L}'’-]+){0,3}?\s+(?:gratis|regal\w*|invitacion|invitarme|patrocin\w*|colaboracion)`;
const FOR_FREE_IT = String.raw`per(?:\s+[\p{L}'’-]+){0,3}?\s+(?:gratis|omaggio|regal\w*|invito|sponsor\w*|collaborazione)`;

// The verdict pairs, named once so each group below says which reading it gets.
/** "Ad" and its translations: the ASA's own list, and the FTC's "ad", "advertisement". */
const AD = { ftc: "clear", asa: "clear" } as const;
/** "Sponsored", "paid partnership", "thanks to X for the free …": clear to the FTC; the ASA advises against. */
const SPONSORED = { ftc: "clear", asa: "weak" } as const;
/**
 * Gifts, collaborations, affiliate words, "BRAND Ambassador": named clear by neither
 * authority, nor named unclear by the FTC; the ASA/CAP advises against them. (Secondary
 * summaries of Disclosures 101 say it accepts "BRAND Ambassador"; METHODS.md does not, so
 * it is a warning, not clear.)
 */
const WEAK = { ftc: "weak", asa: "weak" } as const;
/**
 * Not clear enough for the FTC: its own examples ("#sp", "#spon", "collab", "#partner",
 * "#ambassador", "Thanks Acme") and the abbreviations it says to avoid ("#aff", "PR").
 * The ASA/CAP advises against them.
 */
const UNCLEAR = { ftc: "unclear", asa: "weak" } as const;

type Entry = Omit<LabelWord, "ftc" | "asa">;
const group = (verdicts: { ftc: Verdict; asa: Verdict }, entries: Entry[]): LabelWord[] =>
  entries.map((e) => ({ ...e, ...verdicts }));
const e = (
  word: string,
  form: Entry["form"],
  pattern: string,
  lang: LabelLanguage,
  kind: LabelKind = "ad_label",
  signal = true,
): Entry => ({ word, form, pattern, lang, kind, signal });

/** Every label, with its verdicts. docs/methodology.md (section 5f) summarises this table. */
export const LABEL_WORDS: readonly LabelWord[] = [
  ...group(AD, [
    e("#ad", "hashtag", "ad", "en"),
    e("#advert", "hashtag", "advert", "en"),
    e("#advertising", "hashtag", "advertising", "en"),
    e("#advertisement", "hashtag", "advertisement", "en"),
    e("#anzeige", "hashtag", "anzeige", "de"),
    e("#werbung", "hashtag", "werbung", "de"),
    e("#publicité", "hashtag", "publicite", "fr"),
    e("#publicidad", "hashtag", "publicidad", "es"),
    e("#pubblicità", "hashtag", "pubblicita", "it"),
    e("ad", "word", "ad", "en"),
    e("advert", "word", "advert", "en"),
    e("advertising", "word", "advertising", "en"),
    e("advertisement", "word", "advertisement", "en"),
    e("advertisement feature", "phrase", String.raw`advertisement\s+feature`, "en"),
    e(
      "this is an ad",
      "phrase",
      String.raw`(?:this|it)(?:\s+(?:post|video|reel))?\s+is\s+an?\s+(?:paid\s+)?(?:ad|advert|advertisement)`,
      "en",
    ),
    e(
      "contains advertising",
      "phrase",
      String.raw`contains\s+(?:paid\s+)?(?:advertising|advertisement)`,
      "en",
    ),
    e("Anzeige", "word", "anzeige", "de"),
    e("Werbung", "word", "werbung", "de"),
    e("enthält Werbung", "phrase", String.raw`enthalt\s+(?:bezahlte\s+)?werbung`, "de"),
    e("publicité", "word", "publicite", "fr"),
    e("contient de la publicité", "phrase", String.raw`contient\s+(?:de\s+la\s+)?publicite`, "fr"),
    e("publicidad", "word", "publicidad", "es"),
    e("contiene publicidad", "phrase", String.raw`contiene\s+publicidad`, "es"),
    e("pubblicità", "word", "pubblicita", "it"),
    e("contiene pubblicità", "phrase", String.raw`contiene\s+pubblicita`, "it"),
  ]),
  ...group(SPONSORED, [
    e("#sponsored", "hashtag", "sponsored(?:post)?", "en"),
    e("#paidpartnership", "hashtag", "paidpartner(?:ship)?", "en"),
    e("#gesponsert", "hashtag", "gesponsert", "de"),
    e("#bezahltepartnerschaft", "hashtag", "bezahltepartnerschaft", "de"),
    e("#sponsorisé", "hashtag", "sponsorisee?", "fr"),
    e("#partenariatrémunéré", "hashtag", "partenariatremunere", "fr"),
    e("#collaborationcommerciale", "hashtag", "collaborationcommerciale", "fr"),
    e("#patrocinado", "hashtag", "patrocinad[oa]", "es"),
    e("#colaboraciónpagada", "hashtag", "colaboracionpagada", "es"),
    e("#sponsorizzato", "hashtag", "sponsorizzat[oa]", "it"),
    e("sponsored", "word", "sponsored", "en"),
    e("sponsored by", "phrase", String.raw`sponsored\s+by`, "en"),
    e(
      "this is sponsored",
      "phrase",
      String.raw`(?:this|it)(?:\s+(?:post|video|reel))?\s+(?:is|was)\s+sponsored`,
      "en",
    ),
    e("paid partnership", "phrase", String.raw`paid\s+partnership`, "en"),
    e("paid promotion", "phrase", String.raw`paid\s+promotion`, "en"),
    e(
      "thanks to @brand for the free …",
      "phrase",
      String.raw`(?:thanks|thank\s+you|thx)(?:\s+so\s+much)?(?:\s+to)?\s+${H}\s+${FOR_FREE_EN}`,
      "en",
    ),
    e(
      "I earn a commission",
      "phrase",
      String.raw`(?:i|we)\s+(?:may\s+|might\s+|will\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+)?commission`,
      "en",
      "affiliate_link",
    ),
    e("gesponsert", "word", "gesponsert", "de"),
    e("gesponsert von", "phrase", String.raw`gesponsert\s+(?:von|durch)`, "de"),
    e("bezahlte Partnerschaft", "phrase", String.raw`bezahlte\s+partnerschaft`, "de"),
    e(
      "danke an @brand für das kostenlose …",
      "phrase",
      String.raw`(?:danke|vielen\s+dank)(?:\s+an)?\s+${H}\s+${FOR_FREE_DE}`,
      "de",
    ),
    e("sponsorisé", "word", "sponsorisee?", "fr"),
    e("sponsorisé par", "phrase", String.raw`sponsorisee?s?\s+par`, "fr"),
    e("partenariat rémunéré", "phrase", String.raw`partenariat\s+remunere`, "fr"),
    e("collaboration commerciale", "phrase", String.raw`collaboration\s+commerciale`, "fr"),
    e("merci à @brand pour le … offert", "phrase", String.raw`merci(?:\s+a)?\s+${H}\s+${FOR_FREE_FR}`, "fr"),
    e("patrocinado", "word", "patrocinad[oa]", "es"),
    e("patrocinado por", "phrase", String.raw`patrocinad[oa]s?\s+por`, "es"),
    e("colaboración pagada", "phrase", String.raw`colaboracion\s+pagada`, "es"),
    e(
      "gracias a @brand por el … regalo",
      "phrase",
      String.raw`gracias(?:\s+a)?\s+${H}\s+${FOR_FREE_ES}`,
      "es",
    ),
    e("sponsorizzato", "word", "sponsorizzat[oa]", "it"),
    e("sponsorizzato da", "phrase", String.raw`sponsorizzat[oa]\s+da`, "it"),
    e("promosso da", "phrase", String.raw`promoss[oa]\s+da`, "it"),
    e("collaborazione commerciale", "phrase", String.raw`collaborazione\s+(?:commerciale|retribuita)`, "it"),
    e(
      "grazie a @brand per il … omaggio",
      "phrase",
      String.raw`grazie(?:\s+a)?\s+${H}\s+${FOR_FREE_IT}`,
      "it",
    ),
  ]),
  ...group(WEAK, [
    // A brand's name with "ambassador"; the bare "#ambassador" is among the unclear ones.
    e("#BrandAmbassador", "hashtag", "(?!brand)[\\p{L}\\p{N}_]+ambassador", "en"),
    e("@brand ambassador", "phrase", String.raw`${H}\s+ambassador`, "en"),
    e("#gifted", "hashtag", "gifted(?:by|item|product)?", "en", "gifted"),
    e("gifted", "word", "gifted", "en", "gifted"),
    e("gifted by", "phrase", String.raw`(?:kindly\s+)?gifted\s+(?:by|from|to\s+me\s+by)`, "en", "gifted"),
    e("#geschenkt", "hashtag", "geschenkt", "de", "gifted"),
    e("geschenkt von", "phrase", String.raw`geschenkt\s+(?:von|bekommen\s+von)`, "de", "gifted"),
    e("offert par", "phrase", String.raw`offerte?s?\s+par`, "fr", "gifted"),
    e("regalo de", "phrase", String.raw`(?:regalo\s+de|regalad[oa]s?\s+por)\s+${H}`, "es", "gifted"),
    e(
      "in regalo da",
      "phrase",
      String.raw`(?:in\s+regalo\s+da|regalo\s+di|omaggio\s+di)\s+${H}`,
      "it",
      "gifted",
    ),
    e("in collaboration with", "phrase", String.raw`in\s+(?:collaboration|partnership)\s+with`, "en"),
    e(
      "in Zusammenarbeit mit",
      "phrase",
      String.raw`in\s+(?:freundlicher\s+)?(?:zusammenarbeit|kooperation)\s+mit`,
      "de",
    ),
    e("#kooperation", "hashtag", "kooperation", "de"),
    e("en collaboration avec", "phrase", String.raw`en\s+(?:collaboration|partenariat)\s+avec`, "fr"),
    e("en colaboración con", "phrase", String.raw`en\s+colaboracion\s+con`, "es"),
    e("#publi", "hashtag", "publi", "es"),
    e("in collaborazione con", "phrase", String.raw`in\s+collaborazione\s+con`, "it"),
    e("#adv", "hashtag", "adv", "it"),
    e("#affiliate", "hashtag", "affiliate(?:link)?s?", "en", "affiliate_link"),
    e("affiliate link", "phrase", String.raw`affiliate[\s-]links?`, "en", "affiliate_link"),
    e("Affiliate-Link", "phrase", String.raw`affiliate[\s-]?links?`, "de", "affiliate_link"),
    e("lien affilié", "phrase", String.raw`liens?\s+affilies?`, "fr", "affiliate_link"),
    e("enlace de afiliado", "phrase", String.raw`enlaces?\s+(?:de\s+)?afiliad[oa]s?`, "es", "affiliate_link"),
    e("link affiliato", "phrase", String.raw`link\s+affiliat[oi]`, "it", "affiliate_link"),
  ]),
  ...group(UNCLEAR, [
    e("#sp", "hashtag", "sp", "en"),
    e("#spon", "hashtag", "spon", "en"),
    e("#collab", "hashtag", "collab", "en", "ad_label", false),
    e("collab", "word", "collab", "en", "ad_label", false),
    e("#partner", "hashtag", "partner", "en", "ad_label", false),
    e("#ambassador", "hashtag", "(?:brand)?ambassador", "en"),
    e("#aff", "hashtag", "aff", "en", "affiliate_link"),
    e("#pr", "hashtag", "pr", "en", "ad_label", false),
    e("PR", "word", "pr", "en", "ad_label", false),
    e("PR sample", "phrase", String.raw`pr[\s-](?:sample|package|gift|product|item)s?`, "en", "gifted"),
    e("#prsample", "hashtag", "pr_?(?:sample|package|gift|product|item)s?", "en", "gifted"),
    e(
      "thanks @brand",
      "phrase",
      String.raw`(?:thanks|thank\s+you|thx)(?:\s+so\s+much)?(?:\s+to)?\s+${H}`,
      "en",
      "ad_label",
      false,
    ),
    e(
      "danke @brand",
      "phrase",
      String.raw`(?:danke|vielen\s+dank)(?:\s+an)?\s+${H}`,
      "de",
      "ad_label",
      false,
    ),
    e("merci @brand", "phrase", String.raw`merci(?:\s+a)?\s+${H}`, "fr", "ad_label", false),
    e("gracias @brand", "phrase", String.raw`gracias(?:\s+a)?\s+${H}`, "es", "ad_label", false),
    e("grazie @brand", "phrase", String.raw`grazie(?:\s+a)?\s+${H}`, "it", "ad_label", false),
  ]),
];

/**
 * Text that uses a label word to say the opposite ("not sponsored", "#notanad", "keine
 * Werbung", "pas sponsorisé", "no es publicidad", "non è pubblicità"). A label inside one
 * of these (or inside UNPAID_WERBUNG) is no label.
 */
export const NEGATIONS: readonly string[] = [
  String.raw`(?:not|never|no|isn'?t|wasn'?t)\s+(?:an?\s+)?(?:paid\s+)?#?(?:ad|ads|advert\w*|sponsored|sponsorship|gifted|paid\s+partnership|collab\w*|pr)`,
  "#(?:not|non|un|no|never|kein|keine|nicht|pas)_?(?:an?_?)?(?:ad|ads|sponsored|spon|sp|gifted|werbung|anzeige|gesponsert|sponsorisee?|patrocinad[oa]|sponsorizzat[oa]|pubblicita|publicite|publicidad)",
  String.raw`(?:unbezahlte?|unbeauftragte?|keine|kein|nicht|ohne)\s*#?(?:werbung|anzeige|gesponsert|kooperation)`,
  String.raw`(?:pas|non|aucune?)\s+(?:de\s+|d'|une\s+|un\s+)?(?:sponsorisee?|publicite|partenariat|pub)`,
  String.raw`no\s+(?:es\s+)?(?:un\s+|una\s+)?(?:publicidad|publi|patrocinad[oa]|colaboracion\s+pagada)`,
  String.raw`non\s+(?:e\s+)?(?:una\s+)?(?:pubblicita|sponsorizzat[oa]|adv|collaborazione)`,
];

/**
 * German creators mark posts nobody paid for as "unbezahlte Werbung" or "Werbung wegen
 * Markennennung" (advertising only because a brand is named). Such a caption's other
 * "Werbung"/"Anzeige" labels ("… #werbung" at the end) say the same and are dropped too.
 */
export const UNPAID_WERBUNG = String.raw`(?:unbezahlte?|unbeauftragte?)\s*#?(?:werbung|anzeige)|#?(?:werbung|anzeige)\s*[(\[,:|/–—-]?\s*(?:unbezahlt|unbeauftragt|ohne\s+(?:auftrag|bezahlung)|(?:wegen|durch|da)\s+\S*(?:nennung|verlinkung|erkennung)|\S*markennennung)|#(?:unbezahltewerbung|werbungunbezahlt|unbeauftragtewerbung|werbungohneauftrag)`;
const WERBUNG_WORDS = new Set(["#anzeige", "#werbung", "Anzeige", "Werbung", "enthält Werbung"]);

/** One label found in a caption. */
export interface LabelMatch {
  label: LabelWord;
  span: Span;
  /** The caption's text of the span, as written. */
  text: string;
}

// Each list is one regular expression of named alternatives (`g0`, `g1`, … in table
// order), so a caption is scanned once per list rather than once per word. Scans start
// without a look-behind, which lets the engine skip ahead to a likely first character;
// the word edge before a match is checked by hand (startsWord).
const alternatives = (labels: readonly LabelWord[], wrap: (pattern: string) => string) =>
  labels.map((l, i) => `(?<g${i}>${wrap(l.pattern)})`).join("|");
const HASHTAG_LABELS = LABEL_WORDS.filter((l) => l.form === "hashtag");
const WORD_LABELS = LABEL_WORDS.filter((l) => l.form === "word");
const PHRASE_LABELS = LABEL_WORDS.filter((l) => l.form === "phrase");
const HASHTAG_LABEL = new RegExp(`^(?:${alternatives(HASHTAG_LABELS, (p) => p)})$`, "u");
// A plain word must not run on into letters, digits, an apostrophe or a hyphenated
// compound ("ad-free"); startsWord also keeps it from following "#", "@" or a dot.
const WORD_LABEL = new RegExp(
  `(?:${alternatives(WORD_LABELS, (p) => p)})(?![\\p{L}\\p{N}_'’]|-\\p{L})`,
  "gu",
);
const PHRASE_LABEL = new RegExp(`(?:${alternatives(PHRASE_LABELS, (p) => p)})(?![\\p{L}\\p{N}_])`, "gu");
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const UNPAID = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${UNPAID_WERBUNG})`, "u");
const NEGATION = new RegExp(`(?:${[...NEGATIONS, UNPAID_WERBUNG].join("|")})(?![\\p{L}\\p{N}_])`, "gu");
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const WORD_OR_ADDRESS_CHAR = /[\p{L}\p{N}_#@./'’&-]/u;

/** Does folded text at `at` start a word (no letter, digit or underscore before it)? */
function startsWord(folded: string, at: number, before: RegExp = WORD_CHAR): boolean {
  return at === 0 || !before.test(folded[at - 1] as string);
}

function named(match: RegExpExecArray, labels: readonly LabelWord[]): LabelWord {
  const groups = match.groups ?? {};
  const i = labels.findIndex((_, k) => groups[`g${k}`] !== undefined);
  return labels[i] as LabelWord;
}

/**
 * Every label in a caption, in caption order. Where two overlap ("gifted by" and
 * "#gifted"), the longer is kept; labels inside a negation are dropped.
 */
export function findLabels(caption: FoldedCaption): LabelMatch[] {
  const { folded } = caption;
  if (folded.length === 0) return [];
  const negations = matchesOf(caption, NEGATION)
    .filter(({ match }) => match[0].startsWith("#") || startsWord(folded, match.index))
    .map((m) => m.span);
  const found: LabelMatch[] = [];
  const add = (label: LabelWord, span: Span) => {
    if (negations.some((n) => n.start < span.end && span.start < n.end)) return;
    found.push({ label, span, text: textOf(caption, span) });
  };

  if (folded.includes("#")) {
    for (const { span, match } of matchesOf(caption, HASHTAG)) {
      const hit = HASHTAG_LABEL.exec(match[1] as string);
      if (hit) add(named(hit, HASHTAG_LABELS), span);
    }
  }
  for (const { span, match } of matchesOf(caption, WORD_LABEL)) {
    const label = named(match, WORD_LABELS);
    if (startsWord(folded, match.index, WORD_OR_ADDRESS_CHAR) && wordStandsAsLabel(caption, match, label))
      add(label, span);
  }
  for (const { span, match } of matchesOf(caption, PHRASE_LABEL)) {
    if (startsWord(folded, match.index)) add(named(match, PHRASE_LABELS), span);
  }
  const kept = keepLongest(found);
  const unpaid = (folded.includes("werbung") || folded.includes("anzeige")) && UNPAID.test(folded);
  return unpaid ? kept.filter((m) => !WERBUNG_WORDS.has(m.label.word)) : kept;
}

/** Of overlapping labels, the longest (then the earliest listed) survives. */
function keepLongest(found: LabelMatch[]): LabelMatch[] {
  if (found.length < 2) return found;
  const byLength = [...found].sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      LABEL_WORDS.indexOf(a.label) - LABEL_WORDS.indexOf(b.label),
  );
  const kept: LabelMatch[] = [];
  for (const m of byLength) {
    if (!kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

// What may stand between a label word and the start of its clause: spaces, emoji,
// brackets and the separators creators put around a label.
const CLAUSE_BREAK = /[\n([{*|/•·:–—~>.!?-]/u;
// What may follow a label word: the end of a line, a separator, punctuation, an emoji,
// a hashtag or a handle ("Ad | …", "Werbung:", "(ad)", "ad ✨", "ad @brand").
const AFTER_LABEL = /^(?:[ \t]|\uFE0F)*(?:$|\n|[:|)\]}*/•·–—~!.,;#@]|-(?!\p{L})|\p{Extended_Pictographic})/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Ad words that also open a caption as a plain first word ("Anzeige Mein neues Serum…").
const LEADING_WORDS = new Set([
  "ad",
  "advert",
  "advertising",
  "advertisement",
  "Anzeige",
  "Werbung",
  "publicité",
  "publicidad",
  "pubblicità",
]);

/**
 * A label written as a plain word counts only where a label stands: first in its clause
 * (after the caption's or a line's start, or after a separator) and followed by a
 * separator ("Ad | …", "(Werbung)", "… | ad"), or as the caption's first word in capitals
 * ("AD New serum", "Anzeige Mein …"; "ad" only in capitals, since Italian "Ad Alba" is a
 * preposition). "I saw an ad." and "I work in advertising." are sentences, not labels.
 */
function wordStandsAsLabel(caption: FoldedCaption, match: RegExpExecArray, label: LabelWord): boolean {
  const { folded } = caption;
  const from = match.index;
  const to = from + match[0].length;
  let i = from - 1;
  while (i >= 0 && !LETTER_OR_DIGIT.test(folded[i] as string)) i--;
  const opensCaption = i < 0;
  if (!opensCaption && !CLAUSE_BREAK.test(folded.slice(i + 1, from))) return false;
  if (AFTER_LABEL.test(folded.slice(to, to + 12))) return true;
  if (!opensCaption || !LEADING_WORDS.has(label.word)) return false;
  const original = textOf(caption, spanOf(caption, from, to));
  return label.word === "ad" ? original === original.toUpperCase() : /^\p{Lu}/u.test(original);
}

const BY_WORD = new Map(LABEL_WORDS.map((l) => [l.word, l]));

/** The table entry of a label, by its `word`. */
export function labelWord(word: string): LabelWord | undefined {
  return BY_WORD.get(word);
}
