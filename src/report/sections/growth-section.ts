// The report's growth section: followers by day as a line (gaps where a day has no
// count), the typical daily change, and each spike with its numbers and the innocent
// explanations. Audits before audit-v3 have no growth: the section is then left out.
import { num } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";

const signed = (x: number | null) =>
  x === null ? "—" : `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x))}`;

export function growthSection({ audit: r }: ReportContext): ReportSection | null {
  const g = r.growth;
  if (g === null) return null;
  const blocks: ReportBlock[] = [];
  if (g.notEnoughData)
    blocks.push({
      kind: "notes",
      title: "Not enough data",
      items: [
        `${g.notEnoughData}. A daily-counts CSV or more profile snapshots add history (docs/formats.md).`,
      ],
    });
  else
    blocks.push({
      kind: "text",
      text: `${num(g.points)} days with counts from ${g.from} to ${g.to}. Typical daily change ${signed(g.medianDailyFollowerChange)} followers (median); a day is a spike when its change is far above that.`,
    });
  if (g.followingNotEnoughData) blocks.push({ kind: "text", tone: "muted", text: g.followingNotEnoughData });
  if (g.series.length >= 2)
    blocks.push({
      kind: "growth-chart",
      title: "Followers by day",
      points: g.series.map((d) => ({ day: d.day, followers: d.followers })),
      caption: "Followers on each day with a count; the line breaks where a day's count is unknown.",
    });
  if (!g.notEnoughData)
    blocks.push({
      kind: "list",
      title: "Spikes",
      items: g.spikes.map((s) => ({
        text: `${s.flag ? `[${s.flag.replaceAll("_", " ")}]` : "[explained]"} ${s.message} ${
          s.metric === "followers" ? "Followers" : "Following"
        } ${signed(s.change)} from ${s.fromDay} to ${s.toDay}.${
          s.innocentExplanations.length ? ` Could also be: ${s.innocentExplanations.join("; ")}.` : ""
        }`,
      })),
      empty: "No spike in followers or accounts followed.",
    });
  return { id: "growth", title: "Growth", blocks };
}
