// The summary at the top of every output: the key figures (the share of real followers,
// engagement and reply rates, the audience fit against each brand target) and the three
// reasons that moved the trust score most each way, with their evidence. The score and
// its confidence stand beside it (headline.score), so a marketer reads the verdict, how
// sure it is and why in a minute; the score section keeps the other reasons.
import { num, pct } from "../format.js";
import type { ReportContext, ReportFact, ReportSection } from "../report-types.js";
import { fitConfidenceWords } from "./media-kit-section.js";
import { reasonItem, SUMMARY_REASONS } from "./score-section.js";

export function summarySection({ audit: r, kitFit }: ReportContext): ReportSection {
  const a = r.audience;
  const facts: ReportFact[] = [
    {
      label: "Real followers (est.)",
      value:
        a === null || a.fakeShare === null
          ? "not enough data"
          : `${pct(1 - a.fakeShare, 0)} (${pct(1 - (a.fakeShareHigh ?? a.fakeShare), 0)}–${pct(
              1 - (a.fakeShareLow ?? a.fakeShare),
              0,
            )})`,
      note: a === null ? undefined : `sample of ${num(a.n)} followers`,
    },
    {
      label: "Engagement rate",
      value: pct(r.engagement.medianRate),
      note: r.engagement.benchmark ? `median; benchmark ${pct(r.engagement.benchmark.rate)}` : "median",
    },
    {
      label: "Reply rate",
      value: pct(r.responsiveness.replyShare, 1),
      note: "top-level comments the creator answered",
    },
    ...(kitFit?.fits ?? []).map(
      ({ fit }): ReportFact => ({
        label: `Fit: ${fit.target}`,
        value: fit.score === null ? "not enough data" : `${num(fit.score)} / 100`,
        note: fit.score === null ? undefined : fitConfidenceWords(fit),
      }),
    ),
  ];
  const score = r.score;
  return {
    id: "summary",
    title: "Summary",
    blocks: [
      { kind: "facts", items: facts },
      ...(score
        ? [
            {
              kind: "list" as const,
              title: "Strongest reasons for",
              items: score.reasonsFor.slice(0, SUMMARY_REASONS).map((x) => reasonItem(x, r)),
              empty: "Nothing stands out in the creator's favour.",
            },
            {
              kind: "list" as const,
              title: "Strongest reasons against",
              items: score.reasonsAgainst.slice(0, SUMMARY_REASONS).map((x) => reasonItem(x, r)),
              empty: "No warning sign was found.",
            },
          ]
        : []),
    ],
  };
}
