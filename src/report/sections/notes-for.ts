// "Not enough data" messages of an audit that are about some figures (each message
// starts with the figure it is about), as a notes block; none when there are none.
import type { AuditResult } from "../../core/audit.js";
import type { ReportBlock } from "../report-types.js";

export function notesBlock(r: AuditResult, figures: string[]): ReportBlock[] {
  const items = r.notEnoughData.filter((n) => figures.some((f) => n.startsWith(`${f}:`)));
  return items.length ? [{ kind: "notes", title: "Not enough data", items }] : [];
}
