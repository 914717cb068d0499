// The report's last section: how the figures were made and from what (method and
// model versions, the data's time range, the windows), the parts the audit's method
// version did not compute, and every figure that lacked data.
import type { AuditResult } from "../../core/audit.js";
import { AUDIT_PARTS } from "../../core/not-computed.js";
import { day, num } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";

/** The inputs' time range in words: "posts from 2026-10-01 to 2026-10-30 (24 posts, 709 comments)". */
export function dataRangeWords(r: AuditResult): string {
  const counts = `${num(r.inputs.posts)} posts, ${num(r.inputs.comments)} comments`;
  return r.inputs.from === null
    ? `no posts stored (${counts})`
    : `posts from ${day(r.inputs.from)} to ${day(r.inputs.to)} (${counts})`;
}

export function methodSection({ audit: r, previous }: ReportContext): ReportSection {
  const models = r.models;
  return {
    id: "method",
    title: "Method and data",
    blocks: [
      {
        kind: "facts",
        items: [
          { label: "Method", value: r.methodVersion, note: "formulas and sources: docs/methodology.md" },
          { label: "Data", value: dataRangeWords(r) },
          {
            label: "Windows",
            value: `ER over the latest ${r.options.window} posts; comments of the latest ${r.options.commentWindow}`,
          },
          {
            label: "Profile captured",
            value: day(r.account.profileCapturedAt),
            note:
              r.account.followers === null
                ? "follower count unknown"
                : `${num(r.account.followers)} followers then`,
          },
          ...(models
            ? [
                { label: "Follower model", value: models.followers },
                { label: "Comment model", value: models.comments },
              ]
            : []),
          ...(previous
            ? [
                {
                  label: "Previous audit",
                  value: day(previous.computedAt),
                  note: `${previous.audit.methodVersion}; its figures are shown beside the headline figures`,
                },
              ]
            : []),
        ],
      },
      ...(r.notComputed.length
        ? [
            {
              kind: "notes",
              title: `Not computed by ${r.methodVersion} (re-run the audit to see them)`,
              items: r.notComputed.map((n) => AUDIT_PARTS[n.part].label),
            } satisfies ReportBlock,
          ]
        : []),
      r.notEnoughData.length
        ? { kind: "notes", title: "Not enough data", items: r.notEnoughData }
        : { kind: "text", tone: "muted", text: "Every figure had enough data." },
      {
        kind: "text",
        tone: "muted",
        text: "Vouch shows evidence, not verdicts: every figure comes with the data behind it, and a figure without enough data says so instead of guessing.",
      },
    ],
  };
}
