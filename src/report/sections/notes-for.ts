// The notes a section carries about its own data: the audit's "not enough data" messages
// about some figures (each message starts with the figure it is about), and the sentence
// for a part the audit's method version did not compute ("Not computed by audit-v2: this
// audit did not look for niches. Re-run the audit to see them.").
import type { AuditResult } from "../../core/audit.js";
import { notComputedWords } from "../../core/not-computed.js";
import type { ReportBlock } from "../report-types.js";

export function notesBlock(r: AuditResult, figures: string[]): ReportBlock[] {
  const items = r.notEnoughData.filter((n) => figures.some((f) => n.startsWith(`${f}:`)));
  return items.length ? [{ kind: "notes", title: "Not enough data", items }] : [];
}

/** `didNot` says what this audit did not do ("did not look for spam"); `see` is "it" or "them". */
export function notComputedBlock(r: AuditResult, didNot: string, see: "it" | "them"): ReportBlock {
  const words = notComputedWords(r.methodVersion);
  return {
    kind: "text",
    tone: "muted",
    text: `${words.charAt(0).toUpperCase()}${words.slice(1)}: this audit ${didNot}. Re-run the audit to see ${see}.`,
  };
}
