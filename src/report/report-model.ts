// The view model of an audit, pure: from a creator's latest audit (and optionally the one
// before) to the ordered sections with every figure in plain words, the evidence and the
// notes. The creator page, `vouch audit`, the report page and the PDF render this one
// model, so they show the same figures in the same words.
//
// Adding a section: write `(ctx: ReportContext) => ReportSection | null` in sections/,
// built from the blocks of report-types.ts, and put it in REPORT_SECTIONS where it
// belongs. A part an older audit did not compute keeps its section, which says so
// (sections/notes-for.ts); null leaves a section out (the media kit when there is
// none). The score block at the top is `headline.score` (sections/score-section.ts).
// Section ids are the ones the trust score's components name as their evidence
// ("engagement", "audience", …).
import type { AuditResult } from "../core/audit.js";
import { day, num } from "./format.js";
import { headlineFigures } from "./headline-figures.js";
import type {
  ReportBlock,
  ReportContext,
  ReportFact,
  ReportFigure,
  ReportInput,
  ReportModel,
  ReportSection,
  SectionBuilder,
} from "./report-types.js";
import { anomaliesSection } from "./sections/anomalies-section.js";
import { audienceSection } from "./sections/audience-section.js";
import { commentsSection } from "./sections/comments-section.js";
import { disclosureSection } from "./sections/disclosure-section.js";
import { engagementSection } from "./sections/engagement-section.js";
import { growthSection } from "./sections/growth-section.js";
import { reportMediaKitSection } from "./sections/media-kit-section.js";
import { dataRangeWords, methodSection } from "./sections/method-section.js";
import { nicheSection } from "./sections/niche-section.js";
import { responsivenessSection } from "./sections/responsiveness-section.js";
import { headlineScore, scoreSection } from "./sections/score-section.js";
import { summarySection } from "./sections/summary-section.js";
import { usernamesSection } from "./sections/usernames-section.js";
import { voiceSection } from "./sections/voice-section.js";

/** The report's sections, in order, after the headline block. */
export const REPORT_SECTIONS: readonly SectionBuilder[] = [
  summarySection,
  // What a brand asked the creator for comes right after the summary, not at the bottom.
  reportMediaKitSection,
  scoreSection,
  engagementSection,
  anomaliesSection,
  responsivenessSection,
  commentsSection,
  audienceSection,
  growthSection,
  usernamesSection,
  disclosureSection,
  nicheSection,
  voiceSection,
  methodSection,
];

export function buildReportModel(input: ReportInput): ReportModel {
  const r = input.audit;
  const ctx: ReportContext = { audit: r, previous: input.previous ?? null, kitFit: input.kitFit ?? null };
  const colon = input.account.indexOf(":");
  const platform = colon === -1 ? r.account.platform : input.account.slice(0, colon);
  const handle = colon === -1 ? input.account : input.account.slice(colon + 1);
  const name = input.creatorName.trim() || handle;
  return {
    creatorName: name,
    account: input.account,
    platform,
    handle,
    title: name === handle ? `@${handle}` : `${name} (@${handle})`,
    methodVersion: r.methodVersion,
    models: r.models,
    computedAt: input.computedAt,
    computedOn: day(input.computedAt),
    dataRange: { from: r.inputs.from, to: r.inputs.to, text: dataRangeWords(r) },
    headline: {
      score: headlineScore(ctx),
      facts: headlineFacts(r),
      figures: reportFigures(ctx),
    },
    sections: withoutRepeatedNotes(REPORT_SECTIONS.flatMap((build) => build(ctx) ?? [])),
  };
}

/**
 * Each "not enough data" note once: a section shows the notes about its own figures, and
 * the method section at the end keeps only those no section showed (it used to repeat
 * them all, so the same box stood twice on the page).
 */
function withoutRepeatedNotes(sections: ReportSection[]): ReportSection[] {
  const shown = new Set<string>();
  return sections.map((s) => {
    const blocks = s.blocks.flatMap((b): ReportBlock[] => {
      if (b.kind !== "notes" || b.title !== "Not enough data") return [b];
      const items = b.items.filter((i) => !shown.has(i));
      for (const i of items) shown.add(i);
      if (items.length) return [{ ...b, items }];
      return s.id === "method"
        ? [{ kind: "text", tone: "muted", text: "Every figure without enough data says so in its section." }]
        : [];
    });
    return { ...s, blocks };
  });
}

function headlineFacts(r: AuditResult): ReportFact[] {
  const e = r.engagement;
  return [
    { label: "Followers", value: e.followers === null ? "unknown" : num(e.followers) },
    { label: "Tier", value: e.tier ?? "unknown", note: e.benchmark ? e.benchmark.band : undefined },
    // A rename is evidence worth seeing first; it is not part of the score.
    ...(r.usernames?.renamed
      ? [
          {
            label: "Renamed",
            value: r.usernames.names.map((n) => `@${n.username}`).join(" → "),
            note: "not scored",
          },
        ]
      : []),
  ];
}

/** The creator page's evidence anchors that are whole sections of the report. */
const EVIDENCE_SECTIONS: Record<string, string> = {
  "#evidence-posts": "engagement",
  "#evidence-threads": "responsiveness",
  "#evidence-audience": "audience",
};

function reportFigures({ audit, previous }: ReportContext): ReportFigure[] {
  const before = previous ? new Map(headlineFigures(previous.audit).map((f) => [f.id, f.value])) : null;
  return headlineFigures(audit).map((f) => {
    const old = before?.get(f.id);
    return {
      id: f.id,
      label: f.label,
      value: f.value,
      note: f.note,
      benchmark: f.benchmark,
      method: f.method,
      evidence: EVIDENCE_SECTIONS[f.evidence] ?? f.evidence.replace(/^#/, ""),
      evidenceLabel: f.evidenceLabel,
      previous: previous && old !== undefined ? `${old} on ${day(previous.computedAt)}` : null,
    };
  });
}

/** A file name for the report: vouch-report-<handle>-<YYYY-MM-DD>.pdf, safe on every system. */
export function reportFileName(
  model: Pick<ReportModel, "handle" | "computedOn">,
  ext: "pdf" | "html",
): string {
  const handle = model.handle.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.-]+/, "") || "creator";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(model.computedOn) ? model.computedOn : "undated";
  return `vouch-report-${handle}-${date}.${ext}`;
}
