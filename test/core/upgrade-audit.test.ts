// Stored audits upgraded on read (core/upgrade-audit.ts). One hand-written result per method
// version of an invented creator, @trail_notes (3 posts, 20 comments by others, 4,200
// followers), typed as that version's shape; the parts only audit-v3 and later compute
// (score, anomalies, growth, disclosure, niches, voice, usernames) come from auditing an
// empty account, so they have the real shape without made-up figures. Each step is checked
// field by field: what a version stored is kept as it was, what it did not compute is null
// and named in `notComputed` with that version, never filled in.
import { describe, expect, it } from "vitest";
import {
  type AuditResult,
  auditAccount,
  DEFAULT_AUDIT_OPTIONS,
  METHOD_VERSION,
} from "../../src/core/audit.js";
import { type AuditV1, upgradeAuditV1 } from "../../src/core/audit-versions/audit-v1.js";
import { type AuditV2, upgradeAuditV2 } from "../../src/core/audit-versions/audit-v2.js";
import { type AuditV3, upgradeAuditV3 } from "../../src/core/audit-versions/audit-v3.js";
import { type AuditV4, upgradeAuditV4 } from "../../src/core/audit-versions/audit-v4.js";
import { type AuditV5, upgradeAuditV5 } from "../../src/core/audit-versions/audit-v5.js";
import { computeDisclosure, type Disclosure } from "../../src/core/disclosure.js";
import { VouchError } from "../../src/core/errors.js";
import { AUDIT_PARTS, type AuditPart } from "../../src/core/not-computed.js";
import { METHOD_VERSIONS, upgradeAudit } from "../../src/core/upgrade-audit.js";

const EMPTY = auditAccount({
  account: { platform: "instagram", username: "trail_notes", platformUserId: null },
  profile: null,
  posts: [],
  comments: [],
  followers: [],
});

const V1: AuditV1 = {
  methodVersion: "audit-v1",
  options: { ...DEFAULT_AUDIT_OPTIONS },
  account: {
    platform: "instagram",
    username: "trail_notes",
    followers: 4200,
    profileCapturedAt: "2026-10-10T00:00:00.000Z",
  },
  inputs: { from: "2026-10-01T09:00:00.000Z", to: "2026-10-06T12:00:00.000Z", posts: 3, comments: 20 },
  engagement: {
    medianRate: 0.031,
    meanRate: 0.029,
    postsUsed: 3,
    window: 12,
    method: "median of (likes + comments) / followers",
    followers: 4200,
    tier: "nano",
    benchmark: null,
    vsBenchmark: null,
    viewsMedianRate: null,
    videoPostsUsed: 0,
    likesSpread: { min: 0.8, max: 1.2, postsBelow40Percent: 0 },
    likesToComments: 18,
    cadence: { postsPerWeek: 3.5, medianDaysBetweenPosts: 2.5 },
    perPost: [
      {
        postId: "p1",
        shortcode: "TRL1",
        takenAt: "2026-10-01T09:00:00.000Z",
        kind: "image",
        likes: 120,
        comments: 8,
        views: null,
        rate: 0.0305,
        viewsRate: null,
        likesSpread: 1,
      },
    ],
    notEnoughData: [],
  },
  responsiveness: {
    replyShare: 0.4,
    topLevelComments: 15,
    repliedComments: 6,
    medianReplyDelayMinutes: 35,
    postsWithReplies: 2,
    postsWithComments: 3,
    postsWithRepliesShare: 2 / 3,
    evidence: { repliedThreads: [], unansweredExamples: [] },
    notEnoughData: [],
  },
  comments: {
    total: 20,
    generic: 5,
    genericShare: 0.25,
    genericByKind: { emoji_only: 3, mention_only: 1, stock_praise: 1 },
    duplicate: 2,
    duplicateShare: 0.1,
    fast: 4,
    fastShare: 0.2,
    fastMinutes: 10,
    repeatCommenters: [{ author: "ana.walks", posts: 3, comments: 4 }],
    repeatCommenterShare: 0.2,
    perPost: [
      {
        postId: "p1",
        total: 8,
        generic: 2,
        duplicate: 1,
        fast: 2,
        byRepeatCommenters: 2,
        genericShare: 0.25,
      },
    ],
    examples: {
      generic: [{ id: "c1", postId: "p1", author: "ana.walks", text: "🔥🔥", kind: "emoji_only" }],
      duplicates: [],
      fast: [],
    },
    notEnoughData: [],
  },
  notComputed: [],
  notEnoughData: [],
};

const SPAM_EXAMPLE = {
  id: "c9",
  postId: "p1",
  author: "promo.deals",
  text: "Free followers, link in bio",
  pSpam: 0.97,
  reasons: ["link"],
};

const V2: AuditV2 = {
  ...V1,
  methodVersion: "audit-v2",
  audience: EMPTY.audience,
  models: { followers: "follower-fake-v1", comments: "comment-spam-v1" },
  comments: {
    ...V1.comments,
    spam: 1,
    spamShare: 0.05,
    spamByReason: { link: 1 },
    perPost: V1.comments.perPost.map((p) => ({ ...p, spam: 1 })),
    examples: { ...V1.comments.examples, spam: [SPAM_EXAMPLE] },
  },
};

const V3: AuditV3 = {
  ...V2,
  methodVersion: "audit-v3",
  score: EMPTY.score,
  anomalies: EMPTY.anomalies,
  growth: EMPTY.growth,
  disclosure: EMPTY.disclosure,
  niches: EMPTY.niches,
  nicheBasis: EMPTY.nicheBasis,
  voice: EMPTY.voice,
  comments: {
    ...V2.comments,
    // 5 generic and 1 spam comment, none both.
    inauthentic: 6,
    inauthenticShare: 0.3,
    repeatCommenters: [{ author: "ana.walks", posts: 3, comments: 4, fast: 2, generic: 1, fastIds: ["c3"] }],
  },
};

const V4: AuditV4 = {
  ...V3,
  methodVersion: "audit-v4",
  engagement: { ...V3.engagement, pinnedLeftOut: 1, likesHidden: 0 },
  usernames: EMPTY.usernames,
};

const V5: AuditV5 = {
  ...V4,
  methodVersion: "audit-v5",
  comments: {
    ...V4.comments,
    possibleSpam: 2,
    possibleSpamShare: 0.1,
    possibleSpamByReason: { dm_request: 2 },
    examples: {
      ...V4.comments.examples,
      spam: [{ ...SPAM_EXAMPLE, label: "spam" }],
      possibleSpam: [
        {
          id: "c7",
          postId: "p1",
          author: "grow.fast",
          text: "DM us",
          label: "possible_spam",
          pSpam: 0.4,
          reasons: ["dm_request"],
        },
      ],
    },
  },
};

// One sponsored post whose clear "#ad" stands last of three closing hashtags: two placement
// violations. audit-v5 called it disclosed clearly all the same; audit-v6 calls it unclear.
const BURIED_AD = computeDisclosure([
  {
    platformPostId: "p1",
    shortcode: "Cx1",
    takenAt: Date.UTC(2026, 9, 1, 9),
    kind: "image",
    caption: "Sunset walk in my new trainers #travel #sunset #ad",
    likes: 100,
    comments: 20,
    views: null,
    isAd: false,
    sponsors: [],
    location: null,
  },
]);
const V5_DISCLOSURE: Disclosure = {
  ...BURIED_AD,
  disclosedClearly: 1,
  disclosedUnclearly: 0,
  posts: BURIED_AD.posts.map((p) => ({ ...p, disclosure: "clear" as const })),
};

const V6: AuditResult = {
  ...V5,
  methodVersion: "audit-v6",
  comments: { ...V5.comments, friendTags: 3 },
};

/** As the database holds it: JSON, without the markers (an upgrade computes those). */
function stored(r: { notComputed: unknown }): unknown {
  const { notComputed: _, ...rest } = JSON.parse(JSON.stringify(r));
  return rest;
}

const marks = (by: string, ...parts: AuditPart[]) => parts.map((part) => ({ part, by }));

describe("one step per method version", () => {
  it("audit-v1 → v2: no audience, models or spam", () => {
    expect(upgradeAuditV1(V1)).toEqual({
      ...V1,
      audience: null,
      models: null,
      comments: {
        ...V1.comments,
        spam: null,
        spamShare: null,
        spamByReason: null,
        perPost: [
          {
            postId: "p1",
            total: 8,
            generic: 2,
            duplicate: 1,
            fast: 2,
            byRepeatCommenters: 2,
            genericShare: 0.25,
            spam: null,
          },
        ],
        examples: { ...V1.comments.examples, spam: null },
      },
      notComputed: marks("audit-v1", "audience", "models", "spam"),
    });
  });

  it("audit-v2 → v3: no score, anomalies, growth, disclosure, niches, voice or per-commenter counts", () => {
    expect(upgradeAuditV2(V2)).toEqual({
      ...V2,
      score: null,
      anomalies: null,
      growth: null,
      disclosure: null,
      niches: null,
      nicheBasis: null,
      voice: null,
      comments: {
        ...V2.comments,
        inauthentic: null,
        inauthenticShare: null,
        repeatCommenters: [
          { author: "ana.walks", posts: 3, comments: 4, fast: null, generic: null, fastIds: null },
        ],
      },
      notComputed: marks(
        "audit-v2",
        "score",
        "anomalies",
        "growth",
        "disclosure",
        "niches",
        "voice",
        "inauthentic",
        "repeatCommenterCounts",
      ),
    });
  });

  it("audit-v3 → v4: no username history, pinned-post or hidden-likes counts (null, not 0)", () => {
    expect(upgradeAuditV3(V3)).toEqual({
      ...V3,
      engagement: { ...V3.engagement, pinnedLeftOut: null, likesHidden: null },
      usernames: null,
      notComputed: marks("audit-v3", "engagementWindow", "usernames"),
    });
  });

  it("audit-v4 → v5: no possibly-spam counts; its spam examples were spam by its own method", () => {
    expect(upgradeAuditV4(V4)).toEqual({
      ...V4,
      comments: {
        ...V4.comments,
        possibleSpam: null,
        possibleSpamShare: null,
        possibleSpamByReason: null,
        examples: { ...V4.comments.examples, spam: [{ ...SPAM_EXAMPLE, label: "spam" }], possibleSpam: null },
      },
      notComputed: marks("audit-v4", "possibleSpam"),
    });
  });

  it("audit-v5 → v6: no friend tags; a post clear beside a violation is recounted as unclear", () => {
    expect(upgradeAuditV5(V5)).toEqual({
      ...V5,
      comments: { ...V5.comments, friendTags: null },
      notComputed: marks("audit-v5", "friendTags"),
    });
    const withAd = upgradeAuditV5({ ...V5, disclosure: V5_DISCLOSURE });
    // The stored findings are two violations: one verdict, "unclear", as audit-v6 computes it.
    expect(V5_DISCLOSURE.findings.map((f) => f.severity)).toEqual(["violation", "violation"]);
    expect(withAd.disclosure).toEqual(BURIED_AD);
    expect(withAd.disclosure).toMatchObject({ disclosedClearly: 0, disclosedUnclearly: 1 });
  });

  it("a step keeps the marks of the steps before it", () => {
    const fromV1 = upgradeAuditV2(upgradeAuditV1(V1));
    expect(fromV1.notComputed.map((n) => n.part)).toEqual([
      "audience",
      "models",
      "spam",
      "score",
      "anomalies",
      "growth",
      "disclosure",
      "niches",
      "voice",
      "inauthentic",
      "repeatCommenterCounts",
    ]);
    expect(fromV1.notComputed.every((n) => n.by === "audit-v1")).toBe(true);
    expect(fromV1.comments.examples.spam).toBeNull();
  });
});

describe("upgradeAudit", () => {
  const BY_VERSION = {
    "audit-v1": V1,
    "audit-v2": V2,
    "audit-v3": V3,
    "audit-v4": V4,
    "audit-v5": V5,
    "audit-v6": V6,
  };

  it("marks exactly the parts added after the stored version, by that version", () => {
    for (const [version, doc] of Object.entries(BY_VERSION)) {
      const r = upgradeAudit(stored(doc), version);
      const later = METHOD_VERSIONS.slice(
        METHOD_VERSIONS.indexOf(version as "audit-v1") + 1,
      ) as readonly string[];
      const expected = (Object.keys(AUDIT_PARTS) as AuditPart[]).filter((p) =>
        later.includes(AUDIT_PARTS[p].since),
      );
      expect(r.methodVersion, version).toBe(version);
      expect(r.notComputed.map((n) => n.part).sort(), version).toEqual(expected.sort());
      expect(r.notComputed.every((n) => n.by === version)).toBe(true);
    }
  });

  it("reads an audit-v1 result with every later part null and its own figures as stored", () => {
    const r = upgradeAudit(stored(V1), "audit-v1");
    expect(r).toEqual(upgradeAuditV5(upgradeAuditV4(upgradeAuditV3(upgradeAuditV2(upgradeAuditV1(V1))))));
    expect(r.engagement).toEqual({ ...V1.engagement, pinnedLeftOut: null, likesHidden: null });
    expect(r.responsiveness).toEqual(V1.responsiveness);
    expect(r.comments.genericShare).toBe(0.25);
    for (const part of [r.audience, r.models, r.score, r.anomalies, r.growth, r.disclosure, r.niches])
      expect(part).toBeNull();
    expect([r.nicheBasis, r.voice, r.usernames]).toEqual([null, null, null]);
    expect(r.comments.spam).toBeNull();
    expect(r.comments.possibleSpam).toBeNull();
    expect(r.comments.examples.possibleSpam).toBeNull();
  });

  it("keeps what audit-v2 and audit-v3 computed", () => {
    const v2 = upgradeAudit(stored(V2), "audit-v2");
    expect(v2.comments.spam).toBe(1);
    expect(v2.comments.examples.spam).toEqual([{ ...SPAM_EXAMPLE, label: "spam" }]);
    expect(v2.models).toEqual(V2.models);
    expect(v2.score).toBeNull();
    const v3 = upgradeAudit(stored(V3), "audit-v3");
    expect(v3.score).toEqual(EMPTY.score);
    expect(v3.comments.repeatCommenters).toEqual(V3.comments.repeatCommenters);
    expect(v3.usernames).toBeNull();
  });

  it("reads an audit-v6 result as stored, with nothing marked", () => {
    expect(upgradeAudit(stored(V6), "audit-v6")).toEqual(V6);
  });

  it("reads back what auditAccount computes now, unchanged", () => {
    expect(METHOD_VERSIONS.at(-1)).toBe(METHOD_VERSION);
    expect(upgradeAudit(JSON.parse(JSON.stringify(EMPTY)), METHOD_VERSION)).toEqual(EMPTY);
  });

  it("takes the method from the stored row's column, not from the document", () => {
    const r = upgradeAudit(stored(V6), "audit-v4");
    expect(r.methodVersion).toBe("audit-v4");
    expect(r.comments.possibleSpam).toBeNull();
    expect(r.comments.friendTags).toBeNull();
    expect(r.notComputed).toEqual(marks("audit-v4", "possibleSpam", "friendTags"));
  });

  it("refuses a method it does not know, naming it", () => {
    for (const version of ["audit-v7", "audit-v0", ""]) {
      const err = catchError(() => upgradeAudit(stored(V6), version));
      expect(err.code).toBe("conflict");
      expect(err.message).toContain(`"${version}"`);
      expect(err.message).toContain("(it reads audit-v1 to audit-v6): update Vouch, or re-run the audit");
    }
  });

  it("refuses a document that lacks what its version stored", () => {
    const { growth: _, ...noGrowth } = stored(V3) as Record<string, unknown>;
    expect(catchError(() => upgradeAudit(noGrowth, "audit-v3")).message).toBe(
      "a stored audit-v3 audit cannot be read: it lacks growth; re-run the audit",
    );
    expect(catchError(() => upgradeAudit("{}", "audit-v1")).message).toContain("it is not a JSON object");
    expect(
      catchError(() => upgradeAudit({ ...(stored(V1) as object), comments: [] }, "audit-v1")).message,
    ).toContain("its comments or engagement are not objects");
  });
});

function catchError(f: () => unknown): VouchError {
  try {
    f();
  } catch (e) {
    if (e instanceof VouchError) return e;
    throw e;
  }
  throw new Error("no error");
}
