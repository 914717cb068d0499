// The audit-v3 blocks of the readable audit: growth, niche, voice, sponsored posts and
// disclosure. Each says "not enough data" in words rather than printing a made-up figure.
import type { AuditResult } from "../core/audit.js";
import { num } from "./format.js";

export function formatGrowth(r: AuditResult): string[] {
  const g = r.growth;
  const out = ["", "GROWTH (followers and following by day)"];
  if (g.notEnoughData) {
    out.push(`  not enough data: ${g.notEnoughData.replace(/^growth: /, "")}`);
    return out;
  }
  out.push(
    `  ${num(g.points)} days from ${g.from} to ${g.to}; median daily change ${signed(g.medianDailyFollowerChange)} followers`,
  );
  if (g.followingNotEnoughData) out.push(`  ${g.followingNotEnoughData}`);
  if (g.spikes.length === 0) out.push("  no spike");
  for (const s of g.spikes) {
    out.push(`  ${s.flag ? `[${s.flag}]` : "[explained]"} ${s.day}: ${s.message}`);
    if (s.innocentExplanations.length) out.push(`    could also be: ${s.innocentExplanations.join("; ")}`);
  }
  return out;
}

function signed(x: number | null): string {
  if (x === null) return "—";
  return `${x > 0 ? "+" : ""}${num(x)}`;
}
