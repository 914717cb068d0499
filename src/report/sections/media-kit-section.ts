// The media-kit section: where the audience figures come from (the creator's kit, the
// platform's imported follower demographics), the audience fit against each of the
// workspace's brand targets with its five parts and the price per 1,000 followers plain
// and in the target, how each fit was judged, and the kit's claims against what the audit
// measured; formulas in docs/methodology.md, section 10. It reads the kit fit only, so
// the creator page shows it before the first audit too (`mediaKitSection`). The report
// leaves it out when the creator has neither a submitted kit nor a brand target to fit:
// there is nothing to say then, and most reports would carry an empty section.
import { FIT_PART_IDS, FIT_PART_LABELS } from "../../core/audience-fit.js";
import type { AudienceProfile, ProfileSource } from "../../core/audience-profile.js";
import type { ClaimVerdict } from "../../core/kit-claims.js";
import { DELIVERABLE_LABELS } from "../../core/labels.js";
import type { Deliverable } from "../../core/media-kit.js";
import { evidenceWords, fitConfidence, MIN_FIT_PARTS } from "../../core/score-confidence.js";
import { num, pct, when } from "../format.js";
import type { ReportBlock, ReportContext, ReportKitFit, ReportSection } from "../report-types.js";

const VERDICTS: Record<ClaimVerdict, string> = {
  consistent: "consistent",
  off: "off",
  cannot_check: "cannot check",
};

/** The profile's dimensions in the order a sentence names them. */
const DIMENSIONS: readonly [keyof AudienceProfile, string][] = [
  ["gender", "gender"],
  ["age", "ages"],
  ["countries", "countries"],
  ["cities", "cities"],
  ["languages", "languages"],
  ["incomeBands", "household income"],
];

const SOURCE_WORDS: Record<ProfileSource, string> = {
  graph_api: "the platform's follower demographics (imported from the Instagram Graph API)",
  media_kit: "the creator's media kit",
};

/** The report's section: none without a kit or a brand target. */
export function reportMediaKitSection({ kitFit: k }: ReportContext): ReportSection | null {
  if (!k || (!k.kit && k.fits.length === 0)) return null;
  return mediaKitSection(k);
}

export function mediaKitSection(k: ReportKitFit): ReportSection {
  const requestId = k.kit?.requestId;
  return {
    id: "media-kit",
    title: "Media kit and audience fit",
    blocks: [
      {
        kind: "text",
        text: sourceWords(k),
        links: [
          ...(requestId === undefined ? [] : [{ label: "View the kit", to: { kit: requestId } }]),
          { label: "Brand targets", to: { targets: true } },
        ],
      },
      ...fitBlocks(k),
      ...claimBlocks(k),
    ],
  };
}

/** "Latest media kit submitted …. Audience: gender and ages from …; languages from …." */
export function sourceWords(k: ReportKitFit): string {
  const kit = k.kit
    ? `Latest media kit submitted ${when(k.kit.submittedAt)}.`
    : "No media kit submitted yet.";
  const bySource = new Map<ProfileSource, string[]>();
  for (const [key, words] of DIMENSIONS) {
    const source = k.profile[key]?.source;
    if (source) bySource.set(source, [...(bySource.get(source) ?? []), words]);
  }
  if (bySource.size === 0)
    return `${kit} Neither a media kit nor imported follower demographics describe the audience, so the fit judges only what the audit measured (the niche, and languages from the comments).`;
  const parts = [...bySource].map(([source, dims]) => `${listWords(dims)} from ${SOURCE_WORDS[source]}`);
  const both =
    k.sources.mediaKit && k.sources.demographics
      ? " Where both give a breakdown, the platform's counts are used: they are measured, the kit is typed in."
      : "";
  return `${kit} Audience: ${parts.join("; ")}.${both}`;
}

/** "based on 100% of the evidence", "from 1 part, based on 18% of the evidence · provisional". */
export function fitConfidenceWords(fit: ReportKitFit["fits"][number]["fit"]): string {
  const c = fitConfidence(fit);
  return `${c.parts < MIN_FIT_PARTS ? `from ${c.parts} part, ` : ""}${evidenceWords(c.coverage, c.provisional)}`;
}

function fitBlocks(k: ReportKitFit): ReportBlock[] {
  if (k.fits.length === 0)
    return [
      {
        kind: "text",
        tone: "muted",
        text: "No brand target yet: add one under Brand targets to see how this audience fits it.",
      },
    ];
  return [
    {
      kind: "table",
      title: "Audience fit against each brand target (fit 0–100; parts 0–100%)",
      columns: [
        { label: "Target" },
        { label: "Fit", numeric: true },
        ...FIT_PART_IDS.map((id) => ({ label: FIT_PART_LABELS[id], numeric: true })),
        { label: "Per 1,000 followers", numeric: true },
        { label: "Per 1,000 real, in target", numeric: true },
      ],
      rows: k.fits.map(({ fit, price }) => [
        fit.target,
        fit.score === null ? "not enough data" : `${num(fit.score)} · ${fitConfidenceWords(fit)}`,
        ...FIT_PART_IDS.map((id) => {
          const v = fit.parts[id].value;
          return v === null ? "—" : pct(v, 0);
        }),
        price.rate
          ? `${money(price.plain, price.rate.currency)} (${deliverableWords(price.rate.deliverable)}, ${num(
              price.rate.amount,
            )} ${price.rate.currency})`
          : "no rate",
        price.rate ? money(price.inTarget, price.rate.currency) : "no rate",
      ]),
      empty: "No brand target.",
    },
    {
      kind: "text",
      tone: "muted",
      text: "A part shown “—” is left out: the target does not ask for it or the audience side is unknown; its weight is shared among the others (country 30%, age 25%, gender, language and niche 15% each). Price per 1,000 = the kit's rate / followers × 1,000; in the target = rate / (followers × real share × share in the target's countries) × 1,000. Method: docs/methodology.md, section 10.",
    },
    ...(k.fits.some((f) => f.price.plain !== null && f.price.inTarget === null)
      ? [
          {
            kind: "text" as const,
            tone: "muted" as const,
            text: "“Not enough data” in the target: the price there needs the estimated share of real followers (a scored follower sample) and the audience's share in the target's countries.",
          },
        ]
      : []),
    {
      kind: "list",
      title: "How each fit was judged",
      items: k.fits.map(({ fit }) => ({ text: judgedWords(fit) })),
      empty: "No brand target.",
    },
  ];
}

/** "Summer DACH: 74, judged on country 76%, age 70%, gender 82% and language 70% (85% of the weight); niche left out: …" */
function judgedWords(fit: ReportKitFit["fits"][number]["fit"]): string {
  const judged = FIT_PART_IDS.filter((id) => fit.parts[id].value !== null);
  const left = FIT_PART_IDS.filter((id) => fit.parts[id].value === null);
  const head =
    fit.score === null
      ? `${fit.target}: not enough data, no part could be judged`
      : `${fit.target}: ${num(fit.score)}, judged on ${listWords(
          judged.map((id) => `${FIT_PART_LABELS[id].toLowerCase()} ${pct(fit.parts[id].value, 0)}`),
        )} (${pct(fit.weightWithData, 0)} of the weight)`;
  const out = left.map(
    (id) =>
      `${FIT_PART_LABELS[id].toLowerCase()} left out (${lowerFirst(fit.parts[id].basis.replace(/\.$/, ""))})`,
  );
  return `${head}${out.length ? `; ${out.join("; ")}` : ""}.`;
}

function claimBlocks(k: ReportKitFit): ReportBlock[] {
  if (!k.kit) return [];
  if (k.claims.length === 0)
    return [{ kind: "text", tone: "muted", text: "The kit makes no claim Vouch can compare." }];
  return [
    {
      kind: "table",
      title: "The kit's claims against what Vouch measured",
      columns: [{ label: "Claim" }, { label: "Claimed" }, { label: "Measured" }, { label: "Verdict" }],
      rows: k.claims.map((c) => [
        c.claim,
        c.claimed,
        c.measured ?? "—",
        c.offBy ? `${VERDICTS[c.verdict]} (${c.offBy})` : VERDICTS[c.verdict],
      ]),
      empty: "No claim.",
    },
    // The evidence as its own list rather than a table column: it is a sentence or two,
    // which the PDF's table cells would cut short.
    {
      kind: "list",
      title: "Evidence for each claim",
      items: k.claims.map((c) => ({ text: `${capitalise(c.claim)}: ${c.evidence}` })),
      empty: "No claim.",
    },
  ];
}

function money(x: number | null, currency: string): string {
  return x === null ? "not enough data" : `${num(x, 2)} ${currency}`;
}

function deliverableWords(d: Deliverable): string {
  return DELIVERABLE_LABELS[d].toLowerCase();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** ["a", "b", "c"] → "a, b and c". */
function listWords(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
}
