// Every stored audit is read through here: the `result` JSON (parsed by the driver, or
// text from another) and its `method_version` become the current AuditResult, an older
// method's result upgraded with its missing parts marked (core/upgrade-audit.ts).
import type { AuditResult } from "../core/audit.js";
import { upgradeAudit } from "../core/upgrade-audit.js";

export function readStoredAudit(row: { method_version: string; result: unknown }): AuditResult {
  const stored = typeof row.result === "string" ? JSON.parse(row.result) : row.result;
  return upgradeAudit(stored, row.method_version);
}
