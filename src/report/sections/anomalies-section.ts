// The engagement-anomalies section: each flag in plain words with the innocent readings
// to rule out and the posts and accounts behind it, and the possible pod as a table. The
// trust score's engagement component links here. Audits before audit-v3 have none: the
// section says it was not computed.
import { pct, when } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

/** Posts named per flag; --json lists them all. */
const POSTS_SHOWN = 12;

export function anomaliesSection({ audit: r }: ReportContext): ReportSection {
  const a = r.anomalies;
  const title = "Engagement anomalies";
  if (a === null)
    return { id: "anomalies", title, blocks: [notComputedBlock(r, "did not look for anomalies", "them")] };
  const posts = new Map(r.engagement.perPost.map((p) => [p.postId, p]));
  const postLabel = (id: string) => {
    const p = posts.get(id);
    return p ? `${when(p.takenAt)}${p.shortcode ? ` (${p.shortcode})` : ""}` : `post ${id}`;
  };
  const blocks: ReportBlock[] = [
    {
      kind: "text",
      text: [
        "The median engagement rate ",
        ...(a.erRatio === null
          ? ["cannot be compared with a benchmark"]
          : ["is ", { strong: `${a.erRatio.toFixed(2)}×` }, " the tier benchmark"]),
        `; likes per comment ${a.likesToComments.median === null ? "not enough data" : a.likesToComments.median.toFixed(1)} (median).`,
      ],
    },
    {
      kind: "list",
      title: "Flags",
      items: a.flags.map((f) => ({
        id: `anomaly-${f.kind}`,
        badges: [f.severity],
        tone: f.severity === "alert" ? "alert" : "warning",
        text: f.message,
        details: [
          ...(f.innocentExplanations.length ? [`Could also be: ${f.innocentExplanations.join("; ")}.`] : []),
          ...(f.evidence.postIds.length
            ? [`Posts: ${f.evidence.postIds.slice(0, POSTS_SHOWN).map(postLabel).join(", ")}.`]
            : []),
          ...(f.evidence.accounts.length
            ? [`Accounts: ${f.evidence.accounts.map((x) => `@${x}`).join(", ")}.`]
            : []),
        ],
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
      rows: a.pod.members.map((m) => [
        `@${m.author}`,
        String(m.posts),
        String(m.comments),
        pct(m.fastShare, 0),
        pct(m.genericShare, 0),
      ]),
      empty: "",
    });
  return { id: "anomalies", title, blocks };
}
