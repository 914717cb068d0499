// The report's engagement-anomalies section: each flag in plain words with the innocent
// readings to rule out, and the possible pod as a table. The trust score's engagement
// component links here ("engagement" is the engagement section; this one follows it).
import { pct } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";

export function anomaliesSection({ audit: r }: ReportContext): ReportSection | null {
  const a = r.anomalies;
  if (a === null) return null;
  const blocks: ReportBlock[] = [
    {
      kind: "text",
      text:
        a.erRatio === null
          ? "The median engagement rate cannot be compared with a benchmark."
          : `The median engagement rate is ${a.erRatio.toFixed(2)}× the tier benchmark.`,
    },
    {
      kind: "list",
      title: "Flags",
      items: a.flags.map((f) => ({
        text: `[${f.severity}] ${f.message}${f.innocentExplanations.length ? ` Could also be: ${f.innocentExplanations.join("; ")}.` : ""}`,
      })),
      empty:
        "No anomaly: engagement in line with the benchmark, likes evenly spread, no pod or comment burst.",
    },
  ];
  if (a.pod.members.length)
    blocks.push({
      kind: "table",
      title: `Possible pod: ${pct(a.pod.commentShare, 1)} of comments are theirs`,
      columns: [
        { label: "Account" },
        { label: "Posts", numeric: true },
        { label: "Comments", numeric: true },
        { label: "Within minutes", numeric: true },
        { label: "Generic", numeric: true },
      ],
      rows: a.pod.members
        .slice(0, 15)
        .map((m) => [
          `@${m.author}`,
          String(m.posts),
          String(m.comments),
          pct(m.fastShare, 0),
          pct(m.genericShare, 0),
        ]),
      empty: "",
    });
  return { id: "anomalies", title: "Engagement anomalies", blocks };
}
