// The trust score: the block at the top (value, grade, its confidence: the share of the
// weight with data, provisional below 60%; the change since the previous audit)
// and the section with each component (score, weight, change, the section holding its
// evidence), the reasons that moved the score beyond the summary's strongest three each
// way, each with the evidence behind it (a section, a post, a day, an account, a
// comment), and the components left out. Audits
// before audit-v3 carry no score: the section says it was not computed.
import type { AuditResult } from "../../core/audit.js";
import { accountUrl, postUrl } from "../../core/platform-urls.js";
import { compareScores } from "../../core/score-change.js";
import { scoreWithConfidence, trustConfidence, trustCoverage } from "../../core/score-confidence.js";
import type { Evidence, Reason } from "../../core/trust-score.js";
import { day, num, pct } from "../format.js";
import type {
  ListItem,
  ReportBlock,
  ReportContext,
  ReportLink,
  ReportScore,
  ReportSection,
} from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

function change({ audit, previous }: ReportContext) {
  const score = audit.score;
  if (!score || !previous) return null;
  return compareScores({ auditId: 0, computedAt: previous.computedAt, score: previous.audit.score }, score);
}

const signed = (n: number) =>
  `${n > 0 ? "+" : n < 0 ? "−" : "±"}${num(Math.abs(n), Number.isInteger(n) ? 0 : 1)}`;

export function headlineScore(ctx: ReportContext): ReportScore | null {
  const score = ctx.audit.score;
  if (!score) return null;
  const diff = change(ctx);
  const confidence = trustConfidence(trustCoverage(score));
  const left = score.components.filter((c) => c.value === null).map((c) => c.label.toLowerCase());
  return {
    confidence: `${confidence.words}${left.length ? ` (left out: ${left.join(", ")})` : ""}`,
    provisional: score.value !== null && confidence.provisional,
    short:
      score.value === null
        ? "no score"
        : scoreWithConfidence(score.value, score.grade?.band ?? null, confidence.coverage),
    value: score.value === null ? "not enough data" : `${score.value} / 100`,
    grade: score.grade?.band ?? null,
    caption: score.grade
      ? `Trust score (${score.version}). ${score.grade.label}.`
      : `Trust score (${score.version}): ${(score.notEnoughData ?? "not enough data").replace(/^trust score: /, "")}.`,
    change: !diff
      ? null
      : diff.delta !== null
        ? `${signed(diff.delta)} since ${day(diff.previous.computedAt)}`
        : `${diff.previous.value === null ? "no score" : `${diff.previous.value} / 100`} on ${day(diff.previous.computedAt)}${
            diff.comparable ? "" : ` (${diff.previous.version ?? "no score"}: not comparable)`
          }`,
  };
}

/** Where each component's evidence is: the section (by the id the score names) and its title. */
const EVIDENCE_SECTIONS: Record<string, { anchor: string; title: string }> = {
  audience: { anchor: "audience", title: "Audience authenticity" },
  engagement: { anchor: "anomalies", title: "Engagement anomalies" },
  responsiveness: { anchor: "responsiveness", title: "Responsiveness" },
  comments: { anchor: "comments", title: "Comment quality" },
  growth: { anchor: "growth", title: "Growth" },
  disclosure: { anchor: "disclosure", title: "Sponsored posts and disclosure" },
};

/** Reasons each way in the summary: enough to say why, few enough to read at a glance. */
export const SUMMARY_REASONS = 3;

/** Evidence links per reason: enough to check it, short enough to read. */
const EVIDENCE_SHOWN = 6;

/**
 * Where one piece of evidence opens where it is: its section or day on the page, a post
 * and an account on their platform (by the post's code, shown in the words), a comment in
 * the comment browser scrolled to it (its id in the words).
 */
function evidenceLink(e: Evidence, audit: AuditResult): ReportLink {
  const { platform, username } = audit.account;
  switch (e.kind) {
    case "section": {
      const s = EVIDENCE_SECTIONS[e.id];
      return { label: s?.title ?? e.id, to: { anchor: s?.anchor ?? e.id } };
    }
    case "day":
      return { label: e.id, to: { anchor: `growth-${e.id}` } };
    case "post": {
      const shortcode = postCodes(audit).get(e.id) ?? null;
      const url = postUrl(platform, { platformPostId: e.id, shortcode }, username);
      const label = `post ${shortcode ?? e.id}`;
      return { label, to: url ? { url } : { anchor: "anomalies" } };
    }
    case "account": {
      const url = accountUrl(platform, e.id);
      return { label: `@${e.id}`, to: url ? { url } : { anchor: "audience" } };
    }
    case "comment":
      return { label: `comment ${e.id}`, to: { comment: e.id } };
  }
}

/** The posts' codes by id, from the parts of the audit that read posts. */
function postCodes(audit: AuditResult): Map<string, string> {
  const codes = new Map<string, string>();
  for (const p of audit.engagement.perPost) if (p.shortcode) codes.set(p.postId, p.shortcode);
  for (const p of audit.disclosure?.posts ?? []) if (p.shortcode) codes.set(p.postId, p.shortcode);
  return codes;
}

export function reasonItem(r: Reason, audit: AuditResult): ListItem {
  return {
    tone: r.direction === "for" ? "ok" : "warning",
    text: `${r.text} (${signed(r.impact)} points)`,
    evidence: r.evidence.slice(0, EVIDENCE_SHOWN).map((e) => evidenceLink(e, audit)),
  };
}

export function scoreSection(ctx: ReportContext): ReportSection {
  const score = ctx.audit.score;
  if (!score)
    return {
      id: "score",
      title: "Trust score",
      blocks: [notComputedBlock(ctx.audit, "has no trust score", "it")],
    };
  const diff = change(ctx);
  const blocks: ReportBlock[] = [
    {
      kind: "text",
      text: "Each component is scored 0–100 from the evidence in its section and weighted; a component without enough data is left out and its weight shared among the others, never counted as zero.",
    },
    {
      kind: "table",
      title: "Components",
      columns: [
        { label: "Component" },
        { label: "Score", numeric: true },
        { label: "Weight", numeric: true },
        ...(diff ? [{ label: `Change since ${day(diff.previous.computedAt)}`, numeric: true }] : []),
        { label: "Evidence" },
      ],
      rows: score.components.map((c) => {
        const where = EVIDENCE_SECTIONS[c.section];
        const d = diff?.components.find((x) => x.id === c.id)?.delta ?? null;
        return [
          c.label,
          c.value === null ? "left out" : num(c.value, 0),
          c.effectiveWeight === null ? `(${pct(c.weight, 0)})` : pct(c.effectiveWeight, 0),
          ...(diff ? [d === null ? "—" : signed(d)] : []),
          { text: where?.title ?? c.section, link: { anchor: where?.anchor ?? c.section } },
        ];
      }),
      empty: "No components.",
    },
    // The strongest three each way are in the summary; here the rest, so none is shown twice.
    ...(score.reasonsFor.length > SUMMARY_REASONS
      ? [
          {
            kind: "list" as const,
            title: "More for the creator",
            items: score.reasonsFor.slice(SUMMARY_REASONS).map((r) => reasonItem(r, ctx.audit)),
            empty: "",
          },
        ]
      : []),
    ...(score.reasonsAgainst.length > SUMMARY_REASONS
      ? [
          {
            kind: "list" as const,
            title: "More against",
            items: score.reasonsAgainst.slice(SUMMARY_REASONS).map((r) => reasonItem(r, ctx.audit)),
            empty: "",
          },
        ]
      : []),
  ];
  if (score.leftOut.length)
    blocks.push({ kind: "notes", title: "Left out of the score", items: score.leftOut });
  if (diff?.note) blocks.push({ kind: "text", tone: "muted", text: diff.note });
  return { id: "score", title: "Trust score", blocks };
}
