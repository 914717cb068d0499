// The trust score: one number from 0 to 100 built from six components, each itself 0–100
// with the reasons that moved it and the evidence behind them. A component without data
// is left out (its weight shared among the others) and said so, never counted as zero.
// Weights, anchors and bands are argued in docs/methodology.md, section 9; change any of
// them → bump SCORE_VERSION (stored with each audit).
import type { AudienceAuthenticity } from "./audience.js";
import type { CommentQuality } from "./comment-quality.js";
import type { Engagement } from "./engagement.js";
import type { AnomalyFlag, EngagementAnomalies } from "./engagement-anomalies.js";
import type { Responsiveness } from "./responsiveness.js";

/**
 * trust-v1 (issue 5). trust-v2 (issue 11): comment quality counts spam only where the spam
 * model is sure (precision ≥ 0.95 on Instagram); possibly-spam comments no longer count.
 * trust-v3 (issue 14): friend tags are not generic comments; disclosure hygiene is left out
 * when fewer posts were read than the disclosure check needs (its section says so too).
 */
export const SCORE_VERSION = "trust-v3";

export const COMPONENT_IDS = [
  "audience_authenticity",
  "engagement_authenticity",
  "responsiveness",
  "comment_quality",
  "growth_health",
  "disclosure_hygiene",
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

/** Shares of the score; they sum to 1. The two fraud signals weigh most (the seed's first question). */
export const COMPONENT_WEIGHTS: Record<ComponentId, number> = {
  audience_authenticity: 0.25,
  engagement_authenticity: 0.25,
  responsiveness: 0.15,
  comment_quality: 0.15,
  growth_health: 0.1,
  disclosure_hygiene: 0.1,
};

export const COMPONENT_LABELS: Record<ComponentId, string> = {
  audience_authenticity: "Audience authenticity",
  engagement_authenticity: "Engagement authenticity",
  responsiveness: "Responsiveness",
  comment_quality: "Comment quality",
  growth_health: "Growth health",
  disclosure_hygiene: "Disclosure hygiene",
};

/** Below this share of the total weight with data, there is no overall score. */
export const MIN_WEIGHT_WITH_DATA = 0.4;

/** Real share of followers → points: HypeAuditor drops < 50% real, Modash calls < 75% fraud, GRIN > 90% very good. */
export const AUDIENCE_ANCHORS: readonly (readonly [number, number])[] = [
  [0.5, 0],
  [0.75, 50],
  [0.9, 85],
  [1, 100],
];
/** Share of followers' comments answered by the creator → points (our scale; no published benchmark). */
export const RESPONSIVENESS_ANCHORS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.1, 50],
  [0.25, 85],
  [0.4, 100],
];
/**
 * Share of comments that are generic or spam (sure spam only, not possibly spam) → points: a
 * few generic comments are normal; half or more is METHODS.md's alarm.
 */
export const COMMENT_QUALITY_ANCHORS: readonly (readonly [number, number])[] = [
  [0.1, 100],
  [0.25, 70],
  [0.5, 0],
];
/** Points an engagement anomaly takes off its component, by kind. */
export const ANOMALY_PENALTIES: Record<AnomalyFlag["kind"], { alert: number; warning: number }> = {
  er_below_benchmark: { alert: 45, warning: 25 },
  er_above_benchmark: { alert: 25, warning: 25 },
  likes_spread_low: { alert: 15, warning: 15 },
  likes_spread_high: { alert: 5, warning: 5 },
  likes_to_comments_outlier: { alert: 10, warning: 10 },
  comment_burst: { alert: 15, warning: 15 },
  pod_group: { alert: 35, warning: 20 },
};
/** Points a growth flag takes off growth health. */
export const GROWTH_PENALTIES = { alert: 40, warning: 20 } as const;

export const GRADES = [
  { band: "A", min: 85, label: "Strong: the evidence supports trusting this creator" },
  { band: "B", min: 70, label: "Good: minor points to check" },
  { band: "C", min: 55, label: "Mixed: read the evidence before deciding" },
  { band: "D", min: 40, label: "Weak: several warning signs" },
  { band: "E", min: 0, label: "Poor: strong signs of bought audience or engagement" },
] as const;

/** Where a reason's evidence lives: a post, a comment, a day of the growth series, an account, or a report section. */
export interface Evidence {
  kind: "post" | "comment" | "day" | "account" | "section";
  id: string;
}

export interface Reason {
  component: ComponentId;
  direction: "for" | "against";
  text: string;
  /** Points of the overall score this reason moved (component points × the component's share). */
  impact: number;
  evidence: Evidence[];
}

export interface ScoreComponent {
  id: ComponentId;
  label: string;
  weight: number;
  /** The weight after components without data were left out; null when this one is left out. */
  effectiveWeight: number | null;
  value: number | null;
  notEnoughData: string | null;
  reasons: Reason[];
  /** The report section that holds the evidence. */
  section: string;
}

export interface TrustScore {
  version: string;
  value: number | null;
  grade: { band: string; label: string } | null;
  components: ScoreComponent[];
  /** One sentence per component left out, saying why. */
  leftOut: string[];
  reasonsFor: Reason[];
  reasonsAgainst: Reason[];
  notEnoughData: string | null;
}

/** The parts of the growth analysis the score reads. */
export interface GrowthForScore {
  notEnoughData: string | null;
  flags: readonly { kind: string; severity: string; day: string; message: string }[];
}

/** The parts of the disclosure check the score reads. */
export interface DisclosureForScore {
  postsRead: number;
  /** Fewest posts read for a judgement on the creator's disclosure (the sponsored share's minimum). */
  options: { minPosts: number };
  sponsoredPosts: number;
  hygiene: number | null;
  findings: readonly { postId: string; severity: string; message: string; rule: string }[];
}

export interface TrustInputs {
  audience: AudienceAuthenticity;
  engagement: Engagement;
  anomalies: EngagementAnomalies;
  responsiveness: Responsiveness;
  comments: CommentQuality;
  growth: GrowthForScore | null;
  disclosure: DisclosureForScore | null;
}

interface Part {
  value: number | null;
  notEnoughData: string | null;
  /** Reasons with impact in component points; scaled to the overall score below. */
  reasons: Omit<Reason, "component">[];
}

export function computeTrustScore(inputs: TrustInputs): TrustScore {
  const parts: Record<ComponentId, Part> = {
    audience_authenticity: audiencePart(inputs.audience),
    engagement_authenticity: engagementPart(inputs.engagement, inputs.anomalies),
    responsiveness: responsivenessPart(inputs.responsiveness),
    comment_quality: commentPart(inputs.comments),
    growth_health: growthPart(inputs.growth),
    disclosure_hygiene: disclosurePart(inputs.disclosure),
  };
  const withData = COMPONENT_IDS.filter((id) => parts[id].value !== null);
  const weightWithData = withData.reduce((s, id) => s + COMPONENT_WEIGHTS[id], 0);

  const components: ScoreComponent[] = COMPONENT_IDS.map((id) => {
    const part = parts[id];
    const effectiveWeight = part.value === null ? null : COMPONENT_WEIGHTS[id] / weightWithData;
    return {
      id,
      label: COMPONENT_LABELS[id],
      weight: COMPONENT_WEIGHTS[id],
      effectiveWeight,
      value: part.value === null ? null : round1(part.value),
      // Messages start with the figure they are about ("growth: …"); the label says that already.
      notEnoughData: part.notEnoughData?.replace(/^[a-z -]+: /i, "") ?? null,
      reasons: part.reasons.map((r) => ({
        ...r,
        component: id,
        impact: round1(r.impact * (effectiveWeight ?? 0)),
      })),
      section: SECTIONS[id],
    };
  });
  const leftOut = components
    .filter((c) => c.value === null)
    .map((c) => `${c.label} is left out of the score: ${c.notEnoughData ?? "no data"}.`);

  const enough = weightWithData >= MIN_WEIGHT_WITH_DATA - 1e-9;
  const value = enough
    ? Math.round(
        withData.reduce((s, id) => s + (parts[id].value as number) * COMPONENT_WEIGHTS[id], 0) /
          weightWithData,
      )
    : null;
  const reasons = components.flatMap((c) => c.reasons);
  const byImpact = (a: Reason, b: Reason) => Math.abs(b.impact) - Math.abs(a.impact);
  return {
    version: SCORE_VERSION,
    value,
    grade: value === null ? null : gradeOf(value),
    components,
    leftOut,
    reasonsFor: reasons
      .filter((r) => r.direction === "for")
      .sort(byImpact)
      .slice(0, 3),
    reasonsAgainst: reasons
      .filter((r) => r.direction === "against")
      .sort(byImpact)
      .slice(0, 3),
    notEnoughData: enough
      ? null
      : `trust score: components with data carry ${Math.round(weightWithData * 100)}% of the weight, need at least ${Math.round(MIN_WEIGHT_WITH_DATA * 100)}%`,
  };
}

const SECTIONS: Record<ComponentId, string> = {
  audience_authenticity: "audience",
  engagement_authenticity: "engagement",
  responsiveness: "responsiveness",
  comment_quality: "comments",
  growth_health: "growth",
  disclosure_hygiene: "disclosure",
};

export function gradeOf(value: number): { band: string; label: string } {
  const g = GRADES.find((g) => value >= g.min) ?? (GRADES.at(-1) as (typeof GRADES)[number]);
  return { band: g.band, label: g.label };
}

/** Piecewise-linear through the anchors, flat beyond the first and last. */
export function interpolate(x: number, anchors: readonly (readonly [number, number])[]): number {
  const first = anchors[0] as readonly [number, number];
  const last = anchors.at(-1) as readonly [number, number];
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < anchors.length; i++) {
    const [x1, y1] = anchors[i] as readonly [number, number];
    const [x0, y0] = anchors[i - 1] as readonly [number, number];
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}

function audiencePart(a: AudienceAuthenticity): Part {
  if (a.fakeShare === null)
    return { value: null, notEnoughData: a.notEnoughData ?? "no follower sample", reasons: [] };
  const real = 1 - a.fakeShare;
  const value = interpolate(real, AUDIENCE_ANCHORS);
  const interval =
    a.fakeShareLow !== null && a.fakeShareHigh !== null
      ? ` (95% interval ${pct(a.fakeShareLow)}–${pct(a.fakeShareHigh)})`
      : "";
  const suspicious = a.examples.suspicious.map((e) => ({ kind: "account" as const, id: e.username }));
  const reason =
    value >= 70
      ? {
          direction: "for" as const,
          text: `About ${pct(real)} of ${a.n} sampled followers look real; estimated fake share ${pct(a.fakeShare)}${interval}.`,
          impact: value - 50,
          evidence: [{ kind: "section" as const, id: "audience" }],
        }
      : {
          direction: "against" as const,
          text: `An estimated ${pct(a.fakeShare)} of ${a.n} sampled followers are fake${interval}.`,
          impact: value - 100,
          evidence: [{ kind: "section" as const, id: "audience" }, ...suspicious.slice(0, 5)],
        };
  return { value, notEnoughData: null, reasons: [reason] };
}

function engagementPart(e: Engagement, anomalies: EngagementAnomalies): Part {
  if (e.medianRate === null)
    return { value: null, notEnoughData: e.notEnoughData[0] ?? "no engagement rate", reasons: [] };
  // Without a benchmark the main check (ER against accounts of the same size) cannot run.
  if (!anomalies.checks.benchmark)
    return { value: null, notEnoughData: "no published benchmark for an account of this size", reasons: [] };
  const reasons: Part["reasons"] = anomalies.flags.map((f) => ({
    direction: "against" as const,
    text: f.message,
    impact: -ANOMALY_PENALTIES[f.kind][f.severity],
    evidence: flagEvidence(f),
  }));
  const value = Math.max(0, 100 + reasons.reduce((s, r) => s + r.impact, 0));
  if (reasons.length === 0) {
    // Claim only the checks that ran, and name those that could not.
    const c = anomalies.checks;
    const ran = [
      `median ER ${pct(e.medianRate, 2)} against a ${e.benchmark?.band} median of ${pct(e.benchmark?.rate ?? 0, 2)}`,
      ...(c.likesSpread ? ["likes evenly spread"] : []),
      ...(c.likesToComments ? ["no likes-to-comments outlier"] : []),
      ...(c.bursts ? ["no comment bursts"] : []),
      ...(c.pod ? ["no pod"] : []),
    ];
    const notRun = [
      ...(c.likesToComments ? [] : ["likes-to-comments outliers"]),
      ...(c.bursts ? [] : ["comment bursts"]),
      ...(c.pod ? [] : ["pods"]),
    ];
    reasons.push({
      direction: "for",
      text: `No engagement anomaly: ${ran.join(", ")}.${notRun.length ? ` Too little data to check ${notRun.join(", ")}.` : ""}`,
      impact: 50,
      evidence: [{ kind: "section", id: "engagement" }],
    });
  }
  return { value, notEnoughData: null, reasons };
}

function flagEvidence(f: AnomalyFlag): Evidence[] {
  return [
    ...f.evidence.postIds.slice(0, 10).map((id) => ({ kind: "post" as const, id })),
    ...f.evidence.commentIds.slice(0, 10).map((id) => ({ kind: "comment" as const, id })),
    ...f.evidence.accounts.slice(0, 10).map((id) => ({ kind: "account" as const, id })),
  ];
}

function responsivenessPart(r: Responsiveness): Part {
  if (r.replyShare === null)
    return { value: null, notEnoughData: r.notEnoughData[0] ?? "no comments by followers", reasons: [] };
  const value = interpolate(r.replyShare, RESPONSIVENESS_ANCHORS);
  const delay =
    r.medianReplyDelayMinutes === null ? "" : `, typically within ${hours(r.medianReplyDelayMinutes)}`;
  const text = `The creator answered ${pct(r.replyShare)} of followers' comments (${r.repliedComments} of ${r.topLevelComments})${delay}.`;
  const threads = (value >= 50 ? r.evidence.repliedThreads : r.evidence.unansweredExamples)
    .slice(0, 5)
    .map((t) => ({ kind: "comment" as const, id: t.comment.id }));
  return {
    value,
    notEnoughData: null,
    reasons: [
      value >= 50
        ? { direction: "for", text, impact: value - 50, evidence: threads }
        : { direction: "against", text, impact: value - 100, evidence: threads },
    ],
  };
}

function commentPart(q: CommentQuality): Part {
  if (q.inauthenticShare === null || q.genericShare === null || q.spamShare === null)
    return { value: null, notEnoughData: q.notEnoughData[0] ?? "too few comments", reasons: [] };
  const value = interpolate(q.inauthenticShare, COMMENT_QUALITY_ANCHORS);
  // Possibly spam is named, never counted: only what is sure moves the score.
  const possible =
    q.possibleSpam > 0 ? ` ${pct(q.possibleSpamShare ?? 0)} more are possibly spam and not counted.` : "";
  const text = `${pct(q.genericShare)} of followers' comments are generic and ${pct(q.spamShare)} spam or scams (${q.total} comments read).${possible}`;
  const examples = [...q.examples.spam, ...q.examples.generic]
    .slice(0, 6)
    .map((c) => ({ kind: "comment" as const, id: c.id }));
  return {
    value,
    notEnoughData: null,
    reasons: [
      value >= 70
        ? { direction: "for", text, impact: value - 50, evidence: [{ kind: "section", id: "comments" }] }
        : { direction: "against", text, impact: value - 100, evidence: examples },
    ],
  };
}

function growthPart(g: GrowthForScore | null): Part {
  if (g === null) return { value: null, notEnoughData: "no follower history", reasons: [] };
  if (g.notEnoughData !== null) return { value: null, notEnoughData: g.notEnoughData, reasons: [] };
  const reasons: Part["reasons"] = g.flags.map((f) => ({
    direction: "against" as const,
    text: f.message,
    impact: -(f.severity === "alert" ? GROWTH_PENALTIES.alert : GROWTH_PENALTIES.warning),
    evidence: [{ kind: "day" as const, id: f.day }],
  }));
  const value = Math.max(0, 100 + reasons.reduce((s, r) => s + r.impact, 0));
  if (reasons.length === 0)
    reasons.push({
      direction: "for",
      text: "Follower growth shows no unexplained spike and no follow/unfollow pattern.",
      impact: 50,
      evidence: [{ kind: "section", id: "growth" }],
    });
  return { value, notEnoughData: null, reasons };
}

function disclosurePart(d: DisclosureForScore | null): Part {
  if (d === null) return { value: null, notEnoughData: "no posts read for disclosure", reasons: [] };
  // The section says the posts are too few; a component left out for that takes no points.
  if (d.postsRead < d.options.minPosts)
    return {
      value: null,
      notEnoughData: `${d.postsRead} post(s) read, need at least ${d.options.minPosts}`,
      reasons: [],
    };
  if (d.sponsoredPosts > 0 && d.hygiene === null)
    return {
      value: null,
      notEnoughData: `${d.sponsoredPosts} sponsored post(s) found, none with a known caption, so their disclosure could not be checked`,
      reasons: [],
    };
  if (d.sponsoredPosts === 0 || d.hygiene === null)
    return {
      value: null,
      notEnoughData: `no sponsored post found in the latest ${d.postsRead} posts, so there is no disclosure to judge`,
      reasons: [],
    };
  const value = 100 * d.hygiene;
  const violations = d.findings.filter((f) => f.severity === "violation");
  const reasons: Part["reasons"] =
    violations.length === 0
      ? [
          {
            direction: "for",
            text: `None of the ${d.sponsoredPosts} sponsored post(s) breaks a disclosure rule.`,
            impact: value - 50,
            evidence: [{ kind: "section", id: "disclosure" }],
          },
        ]
      : [
          {
            direction: "against",
            text: `${pct(1 - d.hygiene)} of ${d.sponsoredPosts} sponsored post(s) break a disclosure rule (${violations.length} finding(s); first: ${violations[0]?.message})`,
            impact: value - 100,
            evidence: [...new Set(violations.map((f) => f.postId))].slice(0, 10).map((id) => ({
              kind: "post" as const,
              id,
            })),
          },
        ];
  return { value, notEnoughData: null, reasons };
}

function pct(x: number, digits = 0): string {
  return `${(x * 100).toFixed(digits)}%`;
}

function hours(minutes: number): string {
  return minutes < 90 ? `${Math.round(minutes)} min` : `${(minutes / 60).toFixed(1)} h`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
