// The growth section: followers and accounts followed by day (a line with gaps where a
// day has no count), the typical daily change, and each spike with its numbers, the
// engagement around it and the innocent explanations. Audits before audit-v3 have no
// growth: the section says it was not computed.
import type { Growth } from "../../core/growth.js";
import { MIN_FOLLOWER_SPIKE, MIN_FOLLOWER_SPIKE_SHARE, SPIKE_ROBUST_Z } from "../../core/growth.js";
import { num, pct } from "../format.js";
import type { ListItem, ReportBlock, ReportContext, ReportSection } from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

const signed = (x: number | null) =>
  x === null ? "—" : `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x))}`;

export function growthSection({ audit: r }: ReportContext): ReportSection {
  const g = r.growth;
  const title = "Growth";
  if (g === null)
    return { id: "growth", title, blocks: [notComputedBlock(r, "did not read the follower history", "it")] };
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
      text: `${num(g.points)} days with counts from ${g.from} to ${g.to}. Typical daily change ${signed(g.medianDailyFollowerChange)} followers (median); a day is a spike when its change is far above that (robust z-score over ${SPIKE_ROBUST_Z}, and at least ${num(MIN_FOLLOWER_SPIKE)} followers or ${pct(MIN_FOLLOWER_SPIKE_SHARE, 0)}).`,
    });
  if (g.followingNotEnoughData) blocks.push({ kind: "text", tone: "muted", text: g.followingNotEnoughData });
  if (g.series.length >= 2)
    blocks.push({
      kind: "growth-chart",
      id: "growth",
      title: "Followers by day",
      points: g.series.map((d) => ({
        day: d.day,
        followers: d.followers,
        following: d.following,
        followersChange: d.followersChange,
        followingChange: d.followingChange,
      })),
      marks: g.spikes.map((s) => s.day),
      caption: "Followers on each day with a count; the line breaks where a day's count is unknown.",
    });
  if (!g.notEnoughData)
    blocks.push({
      kind: "list",
      title: "Spikes",
      items: spikeItems(g),
      empty: "No spike in followers or accounts followed.",
    });
  return { id: "growth", title, blocks };
}

function spikeItems(g: Growth): ListItem[] {
  // The score's evidence links to a day: the first spike of each day carries the anchor.
  const anchored = new Set<string>();
  return g.spikes.map((s) => {
    const first = !anchored.has(s.day);
    anchored.add(s.day);
    const severity = s.flag ? g.flags.find((f) => f.day === s.day)?.severity : null;
    return {
      ...(first ? { id: `growth-${s.day}` } : {}),
      badges: [s.flag ? s.flag.replaceAll("_", " ") : "explained"],
      tone: !s.flag ? "ok" : severity === "alert" ? "alert" : "warning",
      text: s.message,
      details: [
        `${s.metric === "followers" ? "Followers" : "Following"} ${signed(s.change)} from ${s.fromDay} to ${s.toDay} (${s.days} day${s.days === 1 ? "" : "s"}); robust z ${s.robustZ.toFixed(1)}${
          s.engagement && s.engagement.before !== null
            ? `; likes + comments per post before ${num(s.engagement.before)}, best after ${num(s.engagement.peak)}`
            : ""
        }.`,
        ...(s.innocentExplanations.length ? [`Could also be: ${s.innocentExplanations.join("; ")}.`] : []),
      ],
    };
  });
}
