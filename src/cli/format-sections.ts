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

export function formatDisclosure(r: AuditResult): string[] {
  const d = r.disclosure;
  const out = ["", `SPONSORED POSTS AND DISCLOSURE (latest ${d.postsRead} posts; FTC and ASA/CAP rules)`];
  out.push(
    `  ${num(d.sponsoredPosts)} sponsored${d.sponsoredShare === null ? "" : ` (${Math.round(d.sponsoredShare * 100)}% of posts)`}: ${d.disclosedClearly} disclosed clearly, ${d.disclosedUnclearly} unclearly, ${d.undisclosed} not disclosed`,
  );
  const violations = d.findings.filter((f) => f.severity === "violation");
  for (const f of violations.slice(0, 5)) {
    out.push(`  [${f.authority} ${f.rule}] ${f.message}`);
    if (f.quote) out.push(`    "${f.quote}"`);
  }
  if (violations.length > 5)
    out.push(`  … and ${violations.length - 5} more violation(s) (--json lists all)`);
  const warnings = d.findings.length - violations.length;
  if (warnings > 0) out.push(`  ${warnings} warning(s) (--json lists them)`);
  return out;
}
