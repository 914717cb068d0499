// zod schemas of the HTTP API's requests and responses; they validate at the edge
// and generate /openapi.json.
import { z } from "@hono/zod-openapi";
import { CANDIDATE_BANDS, CANDIDATE_PART_IDS } from "../../core/candidate-rank.js";
import { ERROR_CODES } from "../../core/errors.js";
import { AUDIT_PARTS, type AuditPart } from "../../core/not-computed.js";
import { CREATOR_STATUSES } from "../../core/worklist.js";
import { ARCHIVED_FILTERS, CREATOR_SORTS, PROVISIONAL_ORDERS } from "../../services/list-creators.js";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .openapi("Error");

export const id = (name: string) =>
  z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name, in: "path" }, example: 1 });

export const CreatorIdParam = z.object({ creatorId: id("creatorId") });
export const AuditIdParam = z.object({ auditId: id("auditId") });
export const TokenIdParam = z.object({ tokenId: id("tokenId") });

const rate = z
  .number()
  .nullable()
  .openapi({ description: "a fraction (0.0376 = 3.76%); null: not enough data" });

export const AuditHeadlineSchema = z
  .object({
    id: z.number().int(),
    computedAt: z.string(),
    methodVersion: z.string(),
    tier: z.string().nullable(),
    medianRate: rate,
    benchmarkRate: rate,
    replyShare: rate,
    genericShare: rate,
    fakeShare: rate.describe(
      "estimated share of fake followers (follower model); null: no or too small a sample",
    ),
    trustScore: z
      .number()
      .nullable()
      .describe("trust score 0–100; null: not enough data or an audit before audit-v3"),
    scoreGrade: z.string().nullable().describe("A (85+) to E (under 40)"),
    scoreCoverage: z
      .number()
      .nullable()
      .describe(
        "the score's confidence: the share (0–1) of its weight whose components had data; null: no score components",
      ),
    scoreProvisional: z
      .boolean()
      .nullable()
      .describe(
        "true when scoreCoverage is below 0.6: sorted after complete scores unless provisional=mixed",
      ),
  })
  .openapi("AuditHeadline");

const CandidateSchema = z
  .object({
    band: z
      .enum(CANDIDATE_BANDS)
      .describe(
        "ranked, then provisional, then incomplete (no trust score or fit), then ruled_out (grade E or ≥ 50% fake)",
      ),
    score: z.number().nullable().describe("0–100 over the parts with points; null without trust or fit"),
    parts: z.array(
      z.object({
        id: z.enum(CANDIDATE_PART_IDS),
        points: z.number().nullable().describe("0–100; null: no data (its weight shared among the others)"),
        weight: z.number(),
      }),
    ),
    why: z.string().describe("why the band, in words; empty for a ranked candidate"),
  })
  .openapi("Candidate");

export const CreatorSummarySchema = z
  .object({
    creatorId: z.number().int(),
    account: z.string().openapi({ example: "instagram:sunny_trails" }),
    platform: z.string(),
    username: z.string(),
    status: z.enum(CREATOR_STATUSES).describe("the creator's status on the working list"),
    tags: z.array(z.string()),
    archivedAt: z.string().nullable().describe("when the creator was archived; null while on the list"),
    followers: z.number().int().nullable(),
    posts: z.number().int(),
    comments: z.number().int(),
    followerSample: z.number().int(),
    latestAudit: AuditHeadlineSchema.nullable(),
    fit: z
      .object({
        fit: z.number().nullable().describe("audience fit 0–100 against the query's target"),
        fitCoverage: z
          .number()
          .nullable()
          .describe(
            "the fit's confidence: weight of the parts judged / weight of the parts the target asks about",
          ),
        fitParts: z.number().int().describe("how many fit parts were judged"),
        fitPartLabels: z.array(z.string()),
        fitProvisional: z
          .boolean()
          .nullable()
          .describe("fewer than two parts, or fitCoverage below 0.6: ranked after the other fits"),
        pricePlain: z.number().nullable().describe("rate / followers × 1000"),
        priceInTarget: z
          .number()
          .nullable()
          .describe("rate / (followers × real share × target share) × 1000"),
        currency: z.string().nullable(),
      })
      .optional()
      .describe("present when the query names a targetId"),
    candidate: CandidateSchema.optional().describe(
      "best candidates for the query's target (docs/methodology.md section 11); present with a targetId",
    ),
  })
  .openapi("CreatorSummary");

/**
 * A number filter where an empty value (`?minRate=`, what an empty form field sends) means
 * no filter: z.coerce alone would read it as 0.
 */
const numberFilter = (min: number, max: number, description: string) =>
  z
    .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(min).max(max).optional())
    .describe(description);

export const CreatorListQuery = z.object({
  search: z.string().max(100).optional(),
  tier: z.enum(["nano", "micro", "mid", "macro", "mega"]).optional(),
  minRate: numberFilter(0, 1, "only creators whose median ER is at least this fraction (0.03 = 3%)"),
  maxRate: numberFilter(0, 1, "only creators whose median ER is at most this fraction"),
  minReplyShare: numberFilter(0, 1, "only creators who answer at least this fraction of comments"),
  maxFakeShare: numberFilter(
    0,
    1,
    "only creators whose estimated fake-follower share is at most this fraction",
  ),
  minTrustScore: numberFilter(0, 100, "only creators whose latest trust score is at least this (0–100)"),
  targetId: z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce.number().int().positive().max(2_147_483_647).optional(),
    )
    .describe(
      "a brand target of the workspace: each creator gets `fit` (audience fit 0–100, price per 1,000 followers plain and real in the target) and `candidate` (the combined ranking); sort=fit, sort=priceInTarget or sort=candidate ranks by them",
    ),
  status: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(CREATOR_STATUSES).optional())
    .describe("only creators with this status on the working list"),
  tag: z
    .preprocess((v) => (v === "" ? undefined : v), z.string().max(100).optional())
    .describe("only creators with this tag"),
  archived: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(ARCHIVED_FILTERS).optional())
    .describe("archived creators: exclude (the default), include, or only"),
  sort: z.enum(CREATOR_SORTS).optional(),
  order: z.enum(["asc", "desc"]).optional(),
  provisional: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(PROVISIONAL_ORDERS).optional())
    .describe(
      "sorted by trustScore, fit or candidate: provisional scores come after complete ones (last, the default) or mixed in",
    ),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

export const CreatorListSchema = z
  .object({
    items: z.array(CreatorSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("CreatorList");

/** The audit result (docs/cli.md documents every field); the headline fields are spelled out here. */
const EvidenceSchema = z.object({
  kind: z.enum(["post", "comment", "day", "account", "section"]),
  id: z.string(),
});
const ReasonSchema = z.object({
  component: z.string(),
  direction: z.enum(["for", "against"]),
  text: z.string(),
  impact: z.number().describe("points of the overall score this reason moved"),
  evidence: z.array(EvidenceSchema),
});
export const TrustScoreSchema = z
  .object({
    version: z.string(),
    value: z.number().int().min(0).max(100).nullable(),
    grade: z.object({ band: z.string(), label: z.string() }).nullable(),
    components: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        weight: z.number(),
        effectiveWeight: z.number().nullable(),
        value: z.number().nullable(),
        notEnoughData: z.string().nullable(),
        reasons: z.array(ReasonSchema),
        section: z.string(),
      }),
    ),
    leftOut: z.array(z.string()),
    reasonsFor: z.array(ReasonSchema),
    reasonsAgainst: z.array(ReasonSchema),
    notEnoughData: z.string().nullable(),
  })
  .openapi("TrustScore");

const ScoreChangeSchema = z
  .object({
    previous: z.object({
      auditId: z.number().int(),
      computedAt: z.string(),
      value: z.number().nullable(),
      version: z.string().nullable(),
    }),
    delta: z.number().nullable(),
    comparable: z.boolean(),
    components: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        from: z.number().nullable(),
        to: z.number().nullable(),
        delta: z.number().nullable(),
      }),
    ),
    note: z.string().nullable(),
  })
  .openapi("ScoreChange");

export const AuditResultSchema = z
  .looseObject({
    methodVersion: z.string(),
    engagement: z.looseObject({ medianRate: rate, meanRate: rate, postsUsed: z.number().int() }),
    responsiveness: z.looseObject({ replyShare: rate, medianReplyDelayMinutes: z.number().nullable() }),
    comments: z.looseObject({
      total: z.number().int(),
      genericShare: rate.describe(
        "share of comments that are emoji only, mentions of two or more accounts only, or stock praise; friend tags are not generic (since audit-v6)",
      ),
      friendTags: z
        .number()
        .int()
        .nullable()
        .describe(
          "comments that tag friends (one account mentioned, or mentions with words of their own), not counted as generic; null before audit-v6",
        ),
      spamShare: rate.describe(
        "share of comments that are spam or scams: the spam model is sure (precision ≥ 0.95 on Instagram); counts against the score; null before audit-v2",
      ),
      possibleSpamShare: rate.describe(
        "share of comments that are possibly spam (a spam rule, or the model below its sure threshold): shown, not counted; null before audit-v5",
      ),
      duplicateShare: rate,
    }),
    audience: z
      .looseObject({
        modelVersion: z.string(),
        n: z.number().int().describe("followers in the sample"),
        fakeShare: rate.describe("estimated share of fake accounts, corrected for the model's error rates"),
        fakeShareLow: rate,
        fakeShareHigh: rate,
        classes: z.object({
          mass_follower: z.number().int(),
          influencer: z.number().int(),
          suspicious: z.number().int(),
          real: z.number().int(),
        }),
        notEnoughData: z.string().nullable(),
      })
      .nullable()
      .describe("null in audits before audit-v2"),
    models: z
      .object({ followers: z.string(), comments: z.string() })
      .nullable()
      .describe("null in audits before audit-v2"),
    score: TrustScoreSchema.nullable().describe("null in audits before audit-v3"),
    niches: z
      .array(
        z.looseObject({
          id: z.string(),
          label: z.string(),
          share: z.number(),
          evidence: z.array(
            z.object({
              term: z.string(),
              keyword: z.string(),
              source: z.enum(["caption", "hashtag", "bio", "category"]),
              count: z.number().int(),
            }),
          ),
        }),
      )
      .nullable()
      .describe("niches ranked by score with the words that gave each; null before audit-v3"),
    disclosure: z
      .looseObject({
        postsRead: z.number().int(),
        sponsoredPosts: z.number().int(),
        hygiene: rate.describe("share of checked sponsored posts without a violation"),
        findings: z.array(
          z.object({
            postId: z.string(),
            shortcode: z.string().nullable(),
            rule: z.string(),
            authority: z.enum(["FTC", "ASA/CAP"]),
            severity: z.enum(["violation", "warning"]),
            message: z.string(),
            quote: z.string().nullable(),
          }),
        ),
      })
      .nullable()
      .describe(
        "sponsored posts and disclosure findings under the FTC and ASA/CAP rules; null before audit-v3",
      ),
    growth: z
      .looseObject({
        points: z.number().int(),
        notEnoughData: z.string().nullable(),
        flags: z.array(
          z.looseObject({
            kind: z.enum([
              "follower_spike_without_engagement",
              "follower_spike_unchecked",
              "following_spike",
            ]),
            severity: z.enum(["alert", "warning"]),
            day: z.string(),
            change: z.number(),
            message: z.string(),
          }),
        ),
      })
      .nullable()
      .describe("follower and following history by day and its flagged spikes; null before audit-v3"),
    usernames: z
      .object({
        names: z.array(z.object({ username: z.string(), firstSeen: z.string(), lastSeen: z.string() })),
        renamed: z.boolean(),
        evidence: z
          .string()
          .nullable()
          .describe('the rename in words, "posted as @a until 2026-05-30, as @b since 2026-06-10"'),
        method: z.string(),
      })
      .nullable()
      .describe(
        "the usernames the account was seen under, ordered by when each was last seen; a rename is shown, not scored; null before audit-v4",
      ),
    notComputed: z
      .array(
        z.object({
          part: z.enum(Object.keys(AUDIT_PARTS) as [AuditPart, ...AuditPart[]]),
          by: z.string().describe("the audit's method version, e.g. audit-v2"),
        }),
      )
      .describe(
        "the parts this audit's method version did not compute (their fields are null, never a made-up figure); empty for a current audit. Fields per part: docs/cli.md",
      ),
    notEnoughData: z.array(z.string()),
  })
  .openapi("AuditResult");

export const AuditSchema = z
  .object({
    id: z.number().int(),
    creatorId: z.number().int(),
    computedAt: z.string(),
    methodVersion: z.string(),
    result: AuditResultSchema,
  })
  .openapi("Audit");

export const AuditHistorySchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        computedAt: z.string(),
        methodVersion: z.string(),
        inputsFrom: z.string().nullable(),
        inputsTo: z.string().nullable(),
        medianRate: rate,
        replyShare: rate,
        genericShare: rate,
        trustScore: z.number().nullable().describe("0–100; null without enough data or before audit-v3"),
        scoreVersion: z.string().nullable(),
      }),
    ),
  })
  .openapi("AuditHistory");

export const CreatorDetailSchema = z
  .object({
    creatorId: z.number().int(),
    account: z.string(),
    platform: z.string(),
    username: z.string(),
    status: z.enum(CREATOR_STATUSES),
    tags: z.array(z.string()),
    archivedAt: z.string().nullable(),
    profile: z
      .object({
        capturedAt: z.string(),
        followers: z.number().int().nullable(),
        following: z.number().int().nullable(),
        posts: z.number().int().nullable(),
        fullName: z.string().nullable(),
        bio: z.string().nullable(),
        externalUrl: z.string().nullable(),
        category: z.string().nullable(),
      })
      .nullable(),
    latestAudit: z
      .object({
        id: z.number().int(),
        computedAt: z.string(),
        methodVersion: z.string(),
        result: AuditResultSchema,
      })
      .nullable(),
    scoreChange: ScoreChangeSchema.nullable(),
  })
  .openapi("CreatorDetail");

export const ImportSummarySchema = z
  .object({
    files: z.number().int(),
    accounts: z.array(
      z.object({
        account: z.string(),
        created: z.boolean(),
        posts: z.number().int(),
        comments: z.number().int(),
        followers: z.number().int(),
        snapshotAdded: z.boolean(),
      }),
    ),
    audited: z.boolean().describe('whether the imported creators were audited (false after "audit=false")'),
    creators: z
      .array(
        z.object({
          account: z.string(),
          creatorId: z.number().int(),
          audit: z
            .object({
              id: z.number().int(),
              medianRate: rate,
              trustScore: z.number().int().nullable(),
              grade: z.string().nullable(),
            })
            .nullable()
            .describe("the audit made after the import; null when it was skipped"),
        }),
      )
      .describe("each imported account's creator, audited unless skipped"),
  })
  .openapi("ImportSummary");

/** A new API token: what POST /api/v1/tokens and the tokens page's form both take. */
export const NewApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(["member", "viewer"]).default("member"),
});

export const ApiTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string(),
    role: z.enum(["member", "viewer"]),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi("ApiToken");

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const errorResponses = {
  400: jsonContent(ErrorSchema, "invalid input"),
  401: jsonContent(ErrorSchema, "not signed in / no valid API token"),
  403: jsonContent(ErrorSchema, "the caller's role may not do this"),
  404: jsonContent(ErrorSchema, "not found in the caller's workspace"),
};
