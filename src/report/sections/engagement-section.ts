// The engagement section: ER per post as columns against the tier benchmark, the other
// engagement figures, what the window left out, and the posts behind them (oldest first).
import type { AuditResult } from "../../core/audit.js";
import { notComputedWords } from "../../core/not-computed.js";
import { day, num, pct, times, when } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";
import { notesBlock } from "./notes-for.js";

export function engagementSection({ audit: r }: ReportContext): ReportSection {
  const e = r.engagement;
  const posts = [...e.perPost].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const followers = e.followers === null ? "followers (unknown)" : `${num(e.followers)} followers`;
  return {
    id: "engagement",
    title: "Engagement",
    blocks: [
      ...notesBlock(r, ["engagement rate", "views-based rate"]),
      {
        kind: "text",
        text: `The latest ${e.window} posts, oldest first. ER = (likes + comments) / ${followers}.`,
      },
      ...engagementWindowNotes(r).map((text): ReportBlock => ({ kind: "text", tone: "muted", text })),
      {
        kind: "facts",
        items: [
          {
            label: "Median ER",
            value: pct(e.medianRate),
            note: e.benchmark
              ? `benchmark ${pct(e.benchmark.rate)} median for ${e.benchmark.band}${
                  e.vsBenchmark === null ? "" : ` (${times(e.vsBenchmark)})`
                }`
              : "no published benchmark for this account",
          },
          { label: "Mean ER", value: pct(e.meanRate), note: e.postsUsed ? `over ${e.postsUsed} posts` : "" },
          {
            label: "Views ER (videos)",
            value: pct(e.viewsMedianRate),
            note:
              e.viewsMedianRate === null
                ? `${e.videoPostsUsed} video(s) with views`
                : `median over ${e.videoPostsUsed} videos; (likes + comments) / views`,
          },
          {
            label: "Likes spread",
            value:
              e.likesSpread.min === null
                ? "not enough data"
                : `${pct(e.likesSpread.min, 0)} to ${pct(e.likesSpread.max, 0)} of average likes`,
            note:
              e.likesSpread.postsBelow40Percent === null
                ? ""
                : `${e.likesSpread.postsBelow40Percent} post(s) below 40%`,
          },
          { label: "Likes per comment", value: num(e.likesToComments, 1), note: "median over posts" },
          {
            label: "Cadence",
            value:
              e.cadence.postsPerWeek === null
                ? "not enough data"
                : `${num(e.cadence.postsPerWeek, 1)} posts/week`,
            note:
              e.cadence.medianDaysBetweenPosts === null
                ? ""
                : `median ${num(e.cadence.medianDaysBetweenPosts, 1)} days apart`,
          },
        ],
      },
      {
        kind: "column-chart",
        id: "engagement-rate",
        title: "Engagement rate per post",
        columns: posts.map((p) => ({
          label: day(p.takenAt).slice(5),
          date: day(p.takenAt),
          value: p.rate,
          display: pct(p.rate),
        })),
        reference: e.benchmark
          ? {
              value: e.benchmark.rate,
              label: `benchmark ${pct(e.benchmark.rate)} (${e.benchmark.band} median)`,
            }
          : null,
        caption: `ER per post, oldest first${e.benchmark ? ", against the tier benchmark (dashed line)" : ""}. Source of the benchmark: HypeAuditor 2018.`,
      },
      {
        kind: "table",
        title: "Posts behind the engagement figures",
        columns: [
          { label: "Posted" },
          { label: "Kind" },
          { label: "Likes", numeric: true },
          { label: "Comments", numeric: true },
          { label: "Views", numeric: true },
          { label: "ER", numeric: true },
          { label: "Likes vs average", numeric: true },
        ],
        rows: posts.map((p) => [
          `${when(p.takenAt)}${p.shortcode ? ` ${p.shortcode}` : ""}`,
          p.kind ?? "?",
          p.likes === null ? "hidden" : num(p.likes),
          p.comments === null ? "unknown" : num(p.comments),
          p.views === null ? "—" : num(p.views),
          pct(p.rate),
          pct(p.likesSpread, 0),
        ]),
        empty: "No posts are stored.",
      },
    ],
  };
}

/**
 * What the window left out or could not count: old pinned posts (core/latest-posts.ts)
 * and posts whose like counts the creator hid. Audits before audit-v4 did not look for either.
 */
export function engagementWindowNotes(r: Pick<AuditResult, "engagement" | "methodVersion">): string[] {
  const { pinnedLeftOut: pinned, likesHidden: hidden } = r.engagement;
  if (pinned === null || hidden === null)
    return [`Old pinned posts and hidden like counts in this window: ${notComputedWords(r.methodVersion)}.`];
  const out: string[] = [];
  if (pinned)
    out.push(
      `${num(pinned)} pinned post${pinned === 1 ? "" : "s"} older than these left out: Instagram shows pinned posts first whatever their age, so they are not among the latest.`,
    );
  if (hidden)
    out.push(
      `${num(hidden)} of these posts ${hidden === 1 ? "hides its" : "hide their"} like count${hidden === 1 ? "" : "s"} (turned off by the creator): no ER for ${hidden === 1 ? "it" : "them"}, and the others' ER is not lowered.`,
    );
  return out;
}
