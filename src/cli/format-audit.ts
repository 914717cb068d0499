// An audit as `vouch audit` and `vouch demo` print it: the report model of the audit
// (src/report/report-model.ts) in words (src/report/render-report-text.ts), the same
// sections, figures and evidence as the creator page and the report. `vouch audit` reads
// the stored audit back with the creator's name and the audit before it; this builds
// the model from a result alone (no name, no previous audit to compare with).
import type { AuditResult } from "../core/audit.js";
import { renderReportText } from "../report/render-report-text.js";
import { buildReportModel } from "../report/report-model.js";
import type { ReportInput } from "../report/report-types.js";

/** The report as text; `computedAt` is when the audit ran (ISO 8601), now unless given. */
export function formatAudit(r: AuditResult, computedAt: string): string {
  return formatReport({
    creatorName: r.account.username,
    account: `${r.account.platform}:${r.account.username}`,
    audit: r,
    computedAt,
  });
}

export function formatReport(input: ReportInput): string {
  return renderReportText(buildReportModel(input));
}
