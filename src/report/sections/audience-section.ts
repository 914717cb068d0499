// The report's audience section: the follower model's estimated fake share with its
// 95% interval in words, HypeAuditor's classes as bars, the reachable share, a few
// example accounts per class and the caution that the figure is no verdict on its own.
import type { AudienceAuthenticity } from "../../core/audience.js";
import { FOLLOWER_CLASSES, type FollowerClass } from "../../core/follower-input.js";
import {
  FOLLOWER_MODEL_VERSION,
  fakeShareIntervalNote,
  INFLUENCER_FOLLOWERS,
  MASS_FOLLOWING,
} from "../../core/follower-model.js";
import { num, pct } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";

export const CLASS_LABELS: Record<FollowerClass, string> = {
  mass_follower: "Mass followers",
  influencer: "Influencers",
  suspicious: "Suspicious",
  real: "Real",
};

/** What puts a follower in each class, in words (the web page's audience section says the same). */
export function classDefinition(cls: FollowerClass, threshold: number): string {
  switch (cls) {
    case "mass_follower":
      return `follow more than ${num(MASS_FOLLOWING)} accounts`;
    case "influencer":
      return `over ${num(INFLUENCER_FOLLOWERS)} followers and under ${num(MASS_FOLLOWING)} followings`;
    case "suspicious":
      return `flagged by the model (pFake ≥ ${pct(threshold, 1)}), and neither of the above`;
    case "real":
      return "the rest";
  }
}

/** The share with its interval, all with the same digits (one decimal when the top is under 10%). */
export function fakeShareWords(a: AudienceAuthenticity): string {
  const { fakeShare, fakeShareLow, fakeShareHigh } = a;
  if (fakeShare === null || fakeShareLow === null || fakeShareHigh === null) return "not enough data";
  const digits = fakeShareHigh < 0.1 ? 1 : 0;
  const bare = (v: number) => (v * 100).toFixed(digits);
  return `${bare(fakeShare)}% (95% interval ${bare(fakeShareLow)}–${bare(fakeShareHigh)}%)`;
}

/**
 * What the interval accounts for, in words (page, report and CLI say the same). An audit
 * scored by an older follower model gets that model's plainer sentence.
 */
export function intervalWords(a: Pick<AudienceAuthenticity, "modelVersion">): string {
  return a.modelVersion === FOLLOWER_MODEL_VERSION
    ? fakeShareIntervalNote()
    : `The 95% interval accounts for the sample's size and the model's measured error rates (model ${a.modelVersion}; re-run the audit for the current model's interval).`;
}

export function audienceSection({ audit: r }: ReportContext): ReportSection {
  const a = r.audience;
  return {
    id: "audience",
    title: "Audience authenticity",
    blocks: a
      ? audienceBlocks(a)
      : [
          {
            kind: "text",
            tone: "muted",
            text: `This audit (${r.methodVersion}) predates audience authenticity. Re-run the audit to see it.`,
          },
        ],
  };
}

function audienceBlocks(a: AudienceAuthenticity): ReportBlock[] {
  const model: ReportBlock = {
    kind: "text",
    tone: "muted",
    text: `Follower model ${a.modelVersion}, flagging at pFake ≥ ${pct(a.threshold, 1)}; method, data and error rates in docs/models/follower-authenticity.md.`,
  };
  if (a.n === 0)
    return [
      {
        kind: "text",
        text: "Estimated fake followers: not enough data. No follower sample is imported for this account; a snapshot's followersSample or a followers.csv adds one.",
      },
      model,
    ];
  const flagged = a.flaggedShare === null ? null : Math.round(a.flaggedShare * a.n);
  const known = a.reachableKnown;
  return [
    {
      kind: "text",
      text:
        a.fakeShare === null
          ? `Estimated fake followers: not enough data (${(a.notEnoughData ?? `${num(a.n)} followers scored`).replace(/^not enough data: /, "")}). The class counts below are still what the sample shows.`
          : `Estimated fake followers: ${fakeShareWords(a)}, from a sample of ${num(a.n)} followers. The model flagged ${num(flagged)} of them (${pct(a.flaggedShare, 1)}); the estimate corrects that count for the model's measured error rates. ${intervalWords(a)}`,
    },
    {
      kind: "text",
      tone: "caution",
      text: "Never call a creator a fraud on this figure alone: a foreign audience, giveaway entrants and press or brand accounts can look suspicious too. Read it with the engagement and comment evidence.",
    },
    {
      kind: "bar-list",
      title: "Followers by class",
      bars: FOLLOWER_CLASSES.map((c) => ({
        label: CLASS_LABELS[c],
        share: a.classes[c] / a.n,
        display: `${num(a.classes[c])} (${pct(a.classes[c] / a.n, 1)})`,
        note: classDefinition(c, a.threshold),
      })),
      caption: `HypeAuditor's classes, assigned in this order to each of the ${num(a.n)} sampled followers.`,
    },
    {
      kind: "text",
      text:
        known === 0
          ? "Reachable followers: not enough data (no sampled follower's following count is known)."
          : `Reachable followers: ${pct(a.reachable / known, 1)}, ${num(a.reachable)} of ${num(known)} sampled followers whose following count is known follow fewer than ${num(MASS_FOLLOWING)} accounts.`,
    },
    {
      kind: "table",
      title: "Example accounts (up to three per class)",
      columns: [
        { label: "Account" },
        { label: "Class" },
        { label: "pFake", numeric: true },
        { label: "Followers", numeric: true },
        { label: "Following", numeric: true },
      ],
      rows: FOLLOWER_CLASSES.flatMap((c) =>
        a.examples[c]
          .slice(0, 3)
          .map((e) => [
            `@${e.username}`,
            CLASS_LABELS[c],
            pct(e.pFake, 1),
            e.followers === null ? "unknown" : num(e.followers),
            e.following === null ? "unknown" : num(e.following),
          ]),
      ),
      empty: "No sampled follower.",
    },
    model,
  ];
}
