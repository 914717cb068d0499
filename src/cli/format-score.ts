// The trust-score block of the readable audit (score, grade, components, the strongest
// reasons each way, what was left out) and the engagement-anomaly lines.
import type { CurrentAuditResult } from "../core/audit.js";
import type { Reason } from "../core/trust-score.js";
import { NO_DATA, num } from "./format.js";

export function formatScore(r: CurrentAuditResult): string[] {
  const s = r.score;
  const out = ["", `TRUST SCORE (${s.version}; components 0–100, weighted)`];
  out.push(
    s.value === null
      ? `  ${NO_DATA}: ${s.notEnoughData ?? ""}`
      : `  ${s.value} / 100 — grade ${s.grade?.band}: ${s.grade?.label}`,
  );
  for (const c of s.components)
    out.push(
      `  ${c.label.padEnd(24)}${(c.value === null ? "left out" : num(c.value, 0)).padEnd(10)}${
        c.effectiveWeight === null ? c.notEnoughData : `weight ${Math.round(c.effectiveWeight * 100)}%`
      }`,
    );
  const reasons = (label: string, list: Reason[]) => {
    if (list.length === 0) return;
    out.push(`  ${label}:`);
    for (const x of list) out.push(`    ${x.impact > 0 ? "+" : ""}${num(x.impact, 1)}  ${x.text}`);
  };
  reasons("For", s.reasonsFor);
  reasons("Against", s.reasonsAgainst);
  return out;
}

export function formatAnomalies(r: CurrentAuditResult): string[] {
  const flags = r.anomalies.flags;
  const out = ["", "ENGAGEMENT ANOMALIES"];
  if (flags.length === 0) out.push("  none found");
  for (const f of flags) {
    out.push(`  [${f.severity}] ${f.message}`);
    if (f.innocentExplanations.length) out.push(`    could also be: ${f.innocentExplanations.join("; ")}`);
  }
  return out;
}
