// The trust score in the report: the block at the top (value, grade, change since the
// previous audit) and the section right under the headline figures with each component
// (weight, value or "not enough data", the section holding its evidence), the reasons
// that moved the score most, and the components left out. Audits before audit-v3 carry
// no score: both are then left out (the method section says it was not computed).
import { compareScores } from "../../core/score-change.js";
import type { Reason } from "../../core/trust-score.js";
import { day, num, pct } from "../format.js";
import type { ReportBlock, ReportContext, ReportScore, ReportSection } from "../report-types.js";

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
  return {
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

/** Section titles by the ids the score's components name (trust-score.ts). */
const SECTION_TITLES: Record<string, string> = {
  audience: "Audience authenticity",
  engagement: "Engagement",
  responsiveness: "Responsiveness",
  comments: "Comment quality",
  growth: "Growth",
  disclosure: "Disclosure",
};

function reasonItem(r: Reason) {
  const section = r.evidence.find((e) => e.kind === "section")?.id;
  return {
    text: `${r.text} (${signed(r.impact)} points)`,
    ...(section && SECTION_TITLES[section] ? { link: section } : {}),
  };
}

export function scoreSection(ctx: ReportContext): ReportSection | null {
  const score = ctx.audit.score;
  if (!score) return null;
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
        { label: "Weight", numeric: true },
        { label: "Score", numeric: true },
        ...(diff ? [{ label: `Change since ${day(diff.previous.computedAt)}`, numeric: true }] : []),
        { label: "Evidence" },
      ],
      rows: score.components.map((c) => [
        c.label,
        c.effectiveWeight === null ? `(${pct(c.weight, 0)})` : pct(c.effectiveWeight, 0),
        c.value === null ? "not enough data" : num(c.value, 0),
        ...(diff
          ? [
              (() => {
                const d = diff.components.find((x) => x.id === c.id)?.delta ?? null;
                return d === null ? "—" : signed(d);
              })(),
            ]
          : []),
        SECTION_TITLES[c.section] ?? c.section,
      ]),
      empty: "No components.",
    },
    {
      kind: "list",
      title: "What counts for the creator",
      items: score.reasonsFor.map(reasonItem),
      empty: "Nothing stands out in the creator's favour.",
    },
    {
      kind: "list",
      title: "What counts against",
      items: score.reasonsAgainst.map(reasonItem),
      empty: "No warning sign was found.",
    },
  ];
  if (score.leftOut.length)
    blocks.push({ kind: "notes", title: "Left out of the score", items: score.leftOut });
  if (diff?.note) blocks.push({ kind: "text", tone: "muted", text: diff.note });
  return { id: "score", title: "Trust score", blocks };
}
