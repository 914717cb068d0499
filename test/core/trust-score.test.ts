import { describe, expect, it } from "vitest";
import type { AudienceAuthenticity } from "../../src/core/audience.js";
import type { CommentQuality } from "../../src/core/comment-quality.js";
import type { Engagement } from "../../src/core/engagement.js";
import type { AnomalyFlag, EngagementAnomalies } from "../../src/core/engagement-anomalies.js";
import type { Responsiveness } from "../../src/core/responsiveness.js";
import {
  computeTrustScore,
  type DisclosureForScore,
  type GrowthForScore,
  gradeOf,
  interpolate,
  type TrustInputs,
} from "../../src/core/trust-score.js";

// The score reads only a few fields of each part; these builders fill those and leave the rest empty.
function audience(fakeShare: number | null): AudienceAuthenticity {
  return {
    n: 200,
    fakeShare,
    fakeShareLow: fakeShare === null ? null : Math.max(0, fakeShare - 0.05),
    fakeShareHigh: fakeShare === null ? null : fakeShare + 0.05,
    flaggedShare: fakeShare,
    classes: { mass_follower: 0, influencer: 0, suspicious: 0, real: 200 },
    reachable: 200,
    reachableKnown: 200,
    notEnoughData: fakeShare === null ? "no follower sample" : null,
    modelVersion: "test",
    threshold: 0.5,
    examples: {
      mass_follower: [],
      influencer: [],
      suspicious: [{ username: "bot_1", pFake: 0.9, followers: 1, following: 7000, posts: 0 }],
      real: [],
    },
  } as AudienceAuthenticity;
}

function engagement(medianRate: number | null): Engagement {
  return {
    medianRate,
    benchmark: { rate: 0.0376, statistic: "median", denominator: "followers", band: "5k–20k", source: "" },
    notEnoughData: medianRate === null ? ["engagement rate: no follower count in the imported profile"] : [],
  } as unknown as Engagement;
}

function flag(kind: AnomalyFlag["kind"], severity: AnomalyFlag["severity"]): AnomalyFlag {
  return {
    kind,
    severity,
    message: `${kind} message`,
    innocentExplanations: [],
    evidence: { postIds: ["p1"], commentIds: [], accounts: [] },
  };
}

function anomalies(flags: AnomalyFlag[]): EngagementAnomalies {
  return {
    erRatio: 1,
    likesToComments: { median: null, outliers: [] },
    bursts: [],
    pod: { members: [], commentShare: null },
    checks: { benchmark: true, likesSpread: true, likesToComments: true, bursts: true, pod: true },
    flags,
    notEnoughData: [],
  };
}

function responsiveness(replyShare: number | null): Responsiveness {
  return {
    replyShare,
    topLevelComments: 100,
    repliedComments: replyShare === null ? 0 : Math.round(replyShare * 100),
    medianReplyDelayMinutes: 45,
    postsWithReplies: 5,
    postsWithComments: 10,
    postsWithRepliesShare: 0.5,
    evidence: { repliedThreads: [], unansweredExamples: [] },
    notEnoughData: replyShare === null ? ["responsiveness: 2 comment(s), need at least 10"] : [],
  };
}

/** inauthenticShare: comments generic or spam, each once (here none is both). */
function comments(genericShare: number | null, spamShare: number | null): CommentQuality {
  return {
    total: 400,
    genericShare,
    spamShare,
    inauthenticShare: genericShare === null || spamShare === null ? null : genericShare + spamShare,
    examples: { generic: [], spam: [], duplicates: [], fast: [] },
    notEnoughData: genericShare === null ? ["comment quality: 3 comment(s) by other accounts"] : [],
  } as unknown as CommentQuality;
}

const growthAlert: GrowthForScore = {
  notEnoughData: null,
  flags: [
    { kind: "follower_spike_without_engagement", severity: "alert", day: "2026-09-03", message: "spike" },
  ],
};
const halfDisclosed: DisclosureForScore = {
  postsRead: 50,
  options: { minPosts: 10 },
  sponsoredPosts: 4,
  hygiene: 0.5,
  findings: [
    { postId: "p7", severity: "violation", message: "no label", rule: "ftc-clear-words" },
    { postId: "p9", severity: "violation", message: "buried", rule: "ftc-not-buried-in-hashtags" },
  ],
};

function inputs(over: Partial<TrustInputs> = {}): TrustInputs {
  return {
    audience: audience(0.08),
    engagement: engagement(0.03),
    anomalies: anomalies([flag("likes_spread_low", "warning"), flag("pod_group", "alert")]),
    responsiveness: responsiveness(0.16),
    comments: comments(0.15, 0.05),
    growth: growthAlert,
    disclosure: halfDisclosed,
    ...over,
  };
}

describe("computeTrustScore", () => {
  it("weights six components worked out by hand", () => {
    const s = computeTrustScore(inputs());
    const value = Object.fromEntries(s.components.map((c) => [c.id, c.value]));
    // Real share 0.92: 85 + (0.02 / 0.1) × 15 = 88.
    expect(value.audience_authenticity).toBe(88);
    // 100 − 15 (low likes spread) − 35 (pod alert) = 50.
    expect(value.engagement_authenticity).toBe(50);
    // Reply share 0.16: 50 + (0.06 / 0.15) × 35 = 64.
    expect(value.responsiveness).toBe(64);
    // Generic + spam 0.20: 100 − (0.10 / 0.15) × 30 = 80.
    expect(value.comment_quality).toBe(80);
    // One growth alert: 100 − 40.
    expect(value.growth_health).toBe(60);
    // Half the sponsored posts break a rule.
    expect(value.disclosure_hygiene).toBe(50);
    // .25 × 88 + .25 × 50 + .15 × 64 + .15 × 80 + .1 × 60 + .1 × 50 = 22 + 12.5 + 9.6 + 12 + 6 + 5 = 67.1.
    expect(s.value).toBe(67);
    expect(s.grade?.band).toBe("C");
    expect(s.leftOut).toEqual([]);
    expect(s.version).toBe("trust-v3");
  });

  it("names possibly-spam comments without counting them (trust-v2)", () => {
    // 60 of 400 generic (0.15) and 20 spam (0.05), as above, and 40 more possibly spam
    // (0.10): still 0.20 inauthentic → 80, the same value as without them.
    const q = { ...comments(0.15, 0.05), possibleSpam: 40, possibleSpamShare: 0.1 } as CommentQuality;
    const part = computeTrustScore(inputs({ comments: q })).components.find(
      (c) => c.id === "comment_quality",
    );
    expect(part?.value).toBe(80);
    expect(part?.reasons[0]?.text).toBe(
      "15% of followers' comments are generic and 5% spam or scams (400 comments read). 10% more are possibly spam and not counted.",
    );
  });

  it("lists the strongest reasons each way with their evidence", () => {
    const s = computeTrustScore(inputs());
    // Against: pod 35 × .25 = 8.75, disclosure 50 × .1 = 5, growth 40 × .1 = 4 (spread 15 × .25 = 3.75 is fourth).
    expect(s.reasonsAgainst.map((r) => r.component)).toEqual([
      "engagement_authenticity",
      "disclosure_hygiene",
      "growth_health",
    ]);
    expect(s.reasonsAgainst[0]?.text).toBe("pod_group message");
    expect(s.reasonsAgainst[1]?.evidence).toEqual([
      { kind: "post", id: "p7" },
      { kind: "post", id: "p9" },
    ]);
    expect(s.reasonsAgainst[2]?.evidence).toEqual([{ kind: "day", id: "2026-09-03" }]);
    // For: audience (88 − 50) × .25 = 9.5, comments (80 − 50) × .15 = 4.5, replies (64 − 50) × .15 = 2.1.
    expect(s.reasonsFor.map((r) => [r.component, r.impact])).toEqual([
      ["audience_authenticity", 9.5],
      ["comment_quality", 4.5],
      ["responsiveness", 2.1],
    ]);
  });

  it("leaves out components without data instead of counting them as zero", () => {
    const s = computeTrustScore(
      inputs({
        growth: null,
        disclosure: {
          postsRead: 30,
          options: { minPosts: 10 },
          sponsoredPosts: 0,
          hygiene: null,
          findings: [],
        },
      }),
    );
    // (22 + 12.5 + 9.6 + 12) / 0.8 = 70.125 → 70.
    expect(s.value).toBe(70);
    expect(s.grade?.band).toBe("B");
    const growth = s.components.find((c) => c.id === "growth_health");
    expect(growth?.value).toBeNull();
    expect(growth?.effectiveWeight).toBeNull();
    expect(s.components.find((c) => c.id === "audience_authenticity")?.effectiveWeight).toBeCloseTo(
      0.25 / 0.8,
    );
    expect(s.leftOut).toEqual([
      "Growth health is left out of the score: no follower history.",
      "Disclosure hygiene is left out of the score: no sponsored post found in the latest 30 posts, so there is no disclosure to judge.",
    ]);
  });

  it("claims only the engagement checks that ran, and leaves engagement out without a benchmark", () => {
    const quiet = anomalies([]);
    quiet.checks = { benchmark: true, likesSpread: true, likesToComments: false, bursts: false, pod: false };
    const s = computeTrustScore(inputs({ anomalies: quiet }));
    const engagement = s.components.find((c) => c.id === "engagement_authenticity");
    expect(engagement?.value).toBe(100);
    expect(engagement?.reasons[0]?.text).toBe(
      "No engagement anomaly: median ER 3.00% against a 5k–20k median of 3.76%, likes evenly spread. Too little data to check likes-to-comments outliers, comment bursts, pods.",
    );
    const noBenchmark = anomalies([]);
    noBenchmark.checks.benchmark = false;
    const t = computeTrustScore(inputs({ anomalies: noBenchmark }));
    expect(t.components.find((c) => c.id === "engagement_authenticity")?.value).toBeNull();
    expect(t.leftOut[0]).toBe(
      "Engagement authenticity is left out of the score: no published benchmark for an account of this size.",
    );
  });

  it("says when sponsored posts were found but none could be checked", () => {
    const s = computeTrustScore(
      inputs({
        disclosure: {
          postsRead: 20,
          options: { minPosts: 10 },
          sponsoredPosts: 2,
          hygiene: null,
          findings: [],
        },
      }),
    );
    expect(s.leftOut).toEqual([
      "Disclosure hygiene is left out of the score: 2 sponsored post(s) found, none with a known caption, so their disclosure could not be checked.",
    ]);
  });

  it("leaves disclosure out, taking no points, when fewer posts were read than it needs (trust-v3)", () => {
    // 8 posts read, 3 of them sponsored and every one breaking a rule: the section says 8 posts
    // are fewer than the 10 it needs, so the component counts neither way.
    const few: DisclosureForScore = {
      postsRead: 8,
      options: { minPosts: 10 },
      sponsoredPosts: 3,
      hygiene: 0,
      findings: ["p1", "p2", "p3"].map((postId) => ({
        postId,
        severity: "violation",
        message: "no label",
        rule: "ftc-disclose-connection",
      })),
    };
    const s = computeTrustScore(inputs({ disclosure: few }));
    const disclosure = s.components.find((c) => c.id === "disclosure_hygiene");
    expect(disclosure).toMatchObject({ value: null, effectiveWeight: null, reasons: [] });
    expect(s.leftOut).toEqual([
      "Disclosure hygiene is left out of the score: 8 post(s) read, need at least 10.",
    ]);
    // The other five components as in the worked example, over 0.90 of the weight:
    // (22 + 12.5 + 9.6 + 12 + 6) / 0.9 = 69.0 → 69, where 0 points for disclosure gave 62.1 → 62.
    expect(s.value).toBe(69);
  });

  it("gives no score when too little of the weight has data", () => {
    // Only responsiveness and comment quality: 0.30 of the weight, below 0.40.
    const s = computeTrustScore(
      inputs({ audience: audience(null), engagement: engagement(null), growth: null, disclosure: null }),
    );
    expect(s.value).toBeNull();
    expect(s.grade).toBeNull();
    expect(s.notEnoughData).toMatch(/30% of the weight, need at least 40%/);
  });

  it("floors a component at zero and bands grades at 85/70/55/40", () => {
    const many = ["pod_group", "er_below_benchmark", "comment_burst", "likes_spread_low"] as const;
    const s = computeTrustScore(inputs({ anomalies: anomalies(many.map((k) => flag(k, "alert"))) }));
    expect(s.components.find((c) => c.id === "engagement_authenticity")?.value).toBe(0);
    expect([85, 84.9, 70, 55, 40, 39].map((v) => gradeOf(v).band)).toEqual(["A", "B", "B", "C", "D", "E"]);
    expect(interpolate(0.3, [[0.5, 0] as const, [1, 100] as const])).toBe(0);
    expect(interpolate(2, [[0.5, 0] as const, [1, 100] as const])).toBe(100);
  });
});
