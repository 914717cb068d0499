// The audit-v3 blocks of the readable audit: growth, niche, voice, sponsored posts and
// disclosure, and the username history (audit-v4). Each says "not enough data" in words
// rather than printing a made-up figure.
import type { CurrentAuditResult } from "../core/audit.js";
import { RENAME_NOTE, usernamesLine } from "../report/sections/usernames-section.js";
import { day, num, truncate } from "./format.js";

export function formatGrowth(r: CurrentAuditResult): string[] {
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

export function formatDisclosure(r: CurrentAuditResult): string[] {
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

export function formatNiches(r: CurrentAuditResult): string[] {
  const out = [
    "",
    `NICHE (captions, hashtags, bio and category of the latest ${r.nicheBasis.postsRead} posts)`,
  ];
  if (r.niches.length === 0) out.push("  no niche stands out");
  for (const n of r.niches.slice(0, 5)) {
    const words = n.evidence
      .slice(0, 5)
      .map((e) => `${e.term} (${e.source}${e.count > 1 ? ` ×${e.count}` : ""})`)
      .join(", ");
    out.push(`  ${n.label.padEnd(22)}${pct(n.share)}   ${words}`);
  }
  if (r.nicheBasis.notEnoughData) out.push(`  ${r.nicheBasis.notEnoughData}`);
  return out;
}

export function formatVoice(r: CurrentAuditResult): string[] {
  const v = r.voice;
  const c = v.captions;
  const langs = (list: { name: string; share: number }[] | null) =>
    list === null
      ? "not enough data"
      : list
          .slice(0, 3)
          .map((l) => `${l.name} ${pct(l.share)}`)
          .join(", ");
  const out = ["", "VOICE"];
  out.push(`  Caption languages       ${langs(c.languages.languages)}`);
  out.push(
    `  Audience languages      ${langs(v.audience.languages)}   sample of ${num(v.audience.sampleSize)} comments`,
  );
  out.push(
    `  Captions                ${c.medianLength === null ? "not enough data" : `median ${num(c.medianLength)} characters`}; questions ${pct(c.questionShare)}, calls to action ${pct(c.callToActionShare)}, emoji ${pct(c.emojiShare)}`,
  );
  if (c.topHashtags.length)
    out.push(
      `  Top hashtags            ${c.topHashtags
        .slice(0, 6)
        .map((h) => `#${h.tag} (${h.posts})`)
        .join(" ")}`,
    );
  out.push(
    `  Replies by the creator  ${num(v.replies.count)}${v.replies.medianLength === null ? "" : `; median ${num(v.replies.medianLength)} characters, questions back ${pct(v.replies.questionShare)}, @mentions ${pct(v.replies.mentionShare)}`}`,
  );
  for (const e of v.replies.examples.slice(0, 2)) {
    if (e.answers) out.push(`    @${e.answers.author ?? "?"}: ${truncate(e.answers.text, 60)}`);
    out.push(`      ↳ ${truncate(e.text, 60)}`);
  }
  return out;
}

function pct(x: number | null): string {
  return x === null ? "—" : `${Math.round(x * 100)}%`;
}

/** The names the account was seen under; a rename is evidence, not part of the score. */
export function formatUsernames(r: CurrentAuditResult): string[] {
  const u = r.usernames;
  const out = ["", "USERNAME HISTORY (shown, not scored)"];
  if (!u.renamed) {
    out.push(`  ${usernamesLine(u)}`);
    return out;
  }
  out.push(`  Renamed: ${u.evidence}.`);
  for (const n of u.names) out.push(`    @${n.username.padEnd(28)}${day(n.firstSeen)} to ${day(n.lastSeen)}`);
  out.push(`  ${RENAME_NOTE}`);
  return out;
}
