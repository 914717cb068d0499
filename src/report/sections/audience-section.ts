// The audience-authenticity section: the follower model's estimated fake share with its
// 95% interval in words, HypeAuditor's classes as bars with their counts, the reachable
// share, example accounts per class, the model's version and the caution that the figure
// is no verdict on its own. Audits before audit-v2 have none: the section says so.
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
import { notComputedBlock } from "./notes-for.js";

export const CLASS_LABELS: Record<FollowerClass, string> = {
  mass_follower: "Mass followers",
  influencer: "Influencers",
  suspicious: "Suspicious",
  real: "Real",
};

/** What puts a follower in each class, in words. */
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
    blocks: a ? audienceBlocks(a) : [notComputedBlock(r, "predates audience authenticity", "it")],
  };
}

function audienceBlocks(a: AudienceAuthenticity): ReportBlock[] {
  const model: ReportBlock = {
    kind: "text",
    tone: "muted",
    text: [
      "Model ",
      { code: a.modelVersion },
      `, flagging at pFake ≥ ${pct(a.threshold, 1)}. Method, data and error rates: `,
      { code: "docs/models/follower-authenticity.md" },
      " (and ",
      { code: "docs/methodology.md" },
      ").",
    ],
  };
  if (a.n === 0)
    return [
      {
        kind: "text",
        text: [
          "Estimated fake followers: ",
          { strong: "not enough data" },
          ". No follower sample is imported for this account; a snapshot's followersSample or a followers.csv adds one.",
        ],
      },
      model,
    ];
  const flagged = a.flaggedShare === null ? null : Math.round(a.flaggedShare * a.n);
  const known = a.reachableKnown;
  const count = (v: number | null) => (v === null ? "unknown" : num(v));
  return [
    {
      kind: "text",
      text:
        a.fakeShare === null
          ? [
              "Estimated fake followers: ",
              { strong: "not enough data" },
              ` (${(a.notEnoughData ?? `${num(a.n)} followers scored`).replace(/^not enough data: /, "")}). The class counts below are still what the sample shows.`,
            ]
          : [
              "Estimated fake followers: ",
              { strong: fakeShareWords(a) },
              `, from a sample of ${num(a.n)} followers.`,
            ],
    },
    ...(a.fakeShare === null
      ? []
      : [
          {
            kind: "text",
            text: `The interval is the range the true share of the whole audience most likely lies in. ${intervalWords(a)} A smaller sample gives a wider interval. The model flagged ${num(flagged)} of ${num(a.n)} (${pct(a.flaggedShare, 1)}); the estimate corrects that count for those error rates.`,
          } satisfies ReportBlock,
        ]),
    {
      kind: "text",
      tone: "caution",
      text: [
        { strong: "Never call a creator a fraud on this figure alone." },
        " A foreign audience, giveaway entrants and press or brand accounts can look suspicious too; read it with the engagement and comment evidence.",
      ],
    },
    {
      kind: "bar-list",
      id: "audience-classes",
      title: "Followers by class",
      columns: { label: "Class and definition", values: ["Followers"], share: "Share" },
      bars: FOLLOWER_CLASSES.map((c) => ({
        id: `audience-class-${c}`,
        label: CLASS_LABELS[c],
        note: classDefinition(c, a.threshold),
        values: [num(a.classes[c])],
        count: a.classes[c],
        share: a.classes[c] / a.n,
        shareText: pct(a.classes[c] / a.n, 1),
      })),
      total: { label: "All sampled followers", values: [num(a.n)], shareText: "100%" },
      caption: `HypeAuditor's classes, assigned in this order to each of the ${num(a.n)} sampled followers.`,
    },
    { kind: "heading", text: "Reachable followers" },
    {
      kind: "text",
      text:
        known === 0
          ? "Not enough data: no sampled follower's following count is known."
          : [
              { strong: pct(a.reachable / known, 1) },
              `: ${num(a.reachable)} of ${num(known)} sampled followers whose following count is known follow fewer than ${num(MASS_FOLLOWING)} accounts, so the creator's posts can still reach their feed.`,
            ],
    },
    { kind: "heading", text: "Example accounts" },
    {
      kind: "text",
      tone: "muted",
      text: "Up to five per class: for real accounts those the model is surest of, for the others the most suspicious first. pFake is the model's calibrated probability that the account is fake.",
    },
    {
      kind: "table",
      title: "Example followers per class",
      columns: [
        { label: "Account" },
        { label: "pFake", numeric: true },
        { label: "Followers", numeric: true },
        { label: "Following", numeric: true },
        { label: "Posts", numeric: true },
      ],
      rows: [],
      groups: FOLLOWER_CLASSES.map((c) => ({
        label: CLASS_LABELS[c],
        note: `(${num(a.classes[c])} in the sample)`,
        rows: a.examples[c].map((e) => [
          `@${e.username}`,
          pct(e.pFake, 1),
          count(e.followers),
          count(e.following),
          count(e.posts),
        ]),
        empty: "None in the sample.",
      })),
      empty: "No sampled follower.",
    },
    model,
  ];
}
