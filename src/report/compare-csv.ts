// The compare table as CSV: one row per figure, one column per creator, the figures in
// words exactly as the compare page shows them (headline-figures.ts), so the file and the
// page agree; the trust score's confidence in the row under it. Built here, not in a
// service, since the figures are the report's.
import type { AuditResult } from "../core/audit.js";
import { csvText } from "../core/csv-text.js";
import { notComputedWords } from "../core/not-computed.js";
import { trustConfidence, trustCoverage } from "../core/score-confidence.js";
import { NO_DATA } from "./format.js";
import { headlineFigures } from "./headline-figures.js";

/** What the table reads of a creator (getCreator's answer has it). */
export interface ComparedCreatorInput {
  account: string;
  profile: { followers: number | null } | null;
  latestAudit: { computedAt: string; methodVersion: string; result: AuditResult } | null;
}

export function compareCsv(creators: readonly ComparedCreatorInput[]): string {
  const results = creators.map((c) => c.latestAudit?.result ?? null);
  const figures = results.map((r) => (r ? headlineFigures(r) : null));
  const labels = (figures.find((f) => f !== null) ?? []).map((f) => f.label);
  const rows: (string | number | null)[][] = [
    ["Followers", ...creators.map((c) => c.profile?.followers ?? null)],
    ["Trust score", ...results.map(scoreText)],
    // Beside the score, as on the page: a thin score must not read as sure as a full one.
    ["Confidence", ...results.map(confidenceText)],
    ["Grade", ...results.map((r) => r?.score?.grade?.band ?? null)],
    ["Tier", ...results.map((r) => r?.engagement.tier ?? null)],
    [
      "Audit",
      ...creators.map((c) =>
        c.latestAudit
          ? `${c.latestAudit.computedAt.slice(0, 10)}, ${c.latestAudit.methodVersion}`
          : "not audited yet",
      ),
    ],
    ...labels.map((label, i) => [label, ...figures.map((f) => f?.[i]?.value ?? null)]),
    ["Not enough data", ...results.map((r) => (r ? r.notEnoughData.join("; ") || "none" : null))],
  ];
  return csvText(["Figure", ...creators.map((c) => c.account)], rows);
}

function confidenceText(r: AuditResult | null): string | null {
  const score = r?.score;
  if (!score || score.value === null) return null;
  return trustConfidence(trustCoverage(score)).words;
}

function scoreText(r: AuditResult | null): string | number | null {
  if (r === null) return null;
  if (r.score === null) return notComputedWords(r.methodVersion);
  return r.score.value ?? NO_DATA;
}
