// Use-case: a workspace's creators — each with its account, latest follower count,
// how much data it has, the headline figures of its latest audit and its place on the
// working list (status, tags, archived) — searched, filtered on those, sorted and paged.
// Archived creators are left out unless the query asks for them.
import { type Kysely, sql } from "kysely";
import {
  type CandidateInput,
  type CandidateRank,
  compareCandidates,
  rankCandidates,
} from "../core/candidate-rank.js";
import { cleanText } from "../core/clean-text.js";
import { PROVISIONAL_BELOW, trustConfidence } from "../core/score-confidence.js";
import { gradeOf } from "../core/trust-score.js";
import type { CreatorStatus } from "../core/worklist.js";
import type { DB } from "../db/schema.js";
import { type CreatorFitSummary, listCreatorFits } from "./media-kits/list-creator-fits.js";

export const CREATOR_SORTS = [
  "username",
  "followers",
  "medianRate",
  "replyShare",
  "genericShare",
  "fakeShare",
  "trustScore",
  "comments",
  "fit",
  "priceInTarget",
  "candidate",
] as const;

/**
 * Where provisional scores go when sorting by trust score, fit or candidate: after the
 * complete ones (the default), or mixed in by value.
 */
export const PROVISIONAL_ORDERS = ["last", "mixed"] as const;
export type ProvisionalOrder = (typeof PROVISIONAL_ORDERS)[number];

export interface CreatorQuery {
  search?: string;
  tier?: string;
  minRate?: number;
  maxRate?: number;
  minReplyShare?: number;
  /** Only creators whose latest audit estimates at most this share of fake followers. */
  maxFakeShare?: number;
  /** Only creators whose latest audit has a trust score of at least this (0–100). */
  minTrustScore?: number;
  /** A brand target of the workspace: each creator gets its fit and price per 1,000 against it. */
  targetId?: number;
  /** Only creators with this status on the working list. */
  status?: CreatorStatus;
  /** Only creators with this tag (compared as stored: trimmed, lower case). */
  tag?: string;
  /** Archived creators: left out (the default), listed too, or listed alone. */
  archived?: ArchivedFilter;
  sort?: (typeof CREATOR_SORTS)[number];
  order?: "asc" | "desc";
  provisional?: ProvisionalOrder;
  page?: number;
  pageSize?: number;
}

export const ARCHIVED_FILTERS = ["exclude", "include", "only"] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

export interface CreatorSummary {
  creatorId: number;
  account: string;
  platform: string;
  username: string;
  status: CreatorStatus;
  tags: string[];
  /** ISO time the creator was archived; null while on the list. */
  archivedAt: string | null;
  followers: number | null;
  posts: number;
  comments: number;
  followerSample: number;
  latestAudit: {
    id: number;
    computedAt: string;
    methodVersion: string;
    tier: string | null;
    medianRate: number | null;
    benchmarkRate: number | null;
    replyShare: number | null;
    genericShare: number | null;
    /** Estimated share of fake followers (audit-v2 and later; null without enough sample). */
    fakeShare: number | null;
    /** Trust score 0–100 (audit-v3 and later; null without enough data). */
    trustScore: number | null;
    scoreGrade: string | null;
    /** Share of the score's weight with data, 0–1 (its confidence); null without a score's components. */
    scoreCoverage: number | null;
    /** Below PROVISIONAL_BELOW (60%) of the weight: shown as provisional, sorted after complete scores. */
    scoreProvisional: boolean | null;
  } | null;
  /** Against the query's brand target (targetId); absent without one. */
  fit?: CreatorFitSummary;
  /** "Best candidates for this target" (core/candidate-rank.ts); absent without a target. */
  candidate?: CandidateRank;
}

const SORT_SQL: Record<(typeof CREATOR_SORTS)[number], string> = {
  username: "a.username",
  followers: "followers",
  medianRate: "median_rate",
  replyShare: "reply_share",
  genericShare: "generic_share",
  fakeShare: "fake_share",
  trustScore: "trust_score",
  comments: "comments",
  // Computed per creator, not columns: sorted after the query (see below).
  fit: "a.username",
  priceInTarget: "a.username",
  candidate: "a.username",
};

export async function listCreators(
  db: Kysely<DB>,
  workspaceId: number,
  q: CreatorQuery = {},
): Promise<{ items: CreatorSummary[]; total: number }> {
  if (q.targetId !== undefined) return listWithFit(db, workspaceId, { ...q, targetId: q.targetId });
  const pageSize = q.pageSize ?? 1000;
  const page = q.page ?? 1;
  const sortColumn = SORT_SQL[q.sort ?? "username"];
  const order = q.order === "desc" ? "desc" : "asc";
  // The search is a substring, not a pattern: % and _ match themselves.
  const search = q.search ? cleanText(q.search).replace(/[\\%_]/g, "\\$&") : null;
  const tag = q.tag ? q.tag.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase() : null;
  const archived = q.archived ?? "exclude";
  // Sorted by trust score, a provisional score comes after every complete one (either order).
  const provisionalFirstKey =
    q.sort === "trustScore" && q.provisional !== "mixed"
      ? `case when trust_score is null then 2 when score_coverage < ${PROVISIONAL_BELOW} then 1 else 0 end,`
      : "";
  const rows = await sql<Row>`
    with base as (
      select a.id, a.creator_id, a.platform, a.username,
        (select followers from profile_snapshots s where s.account_id = a.id order by captured_at desc limit 1) as followers,
        a.stored_posts::float8 as posts, a.stored_comments::float8 as comments, a.stored_followers::float8 as follower_sample,
        au.id as audit_id, au.computed_at, au.method_version, au.tier, au.median_rate, au.benchmark_rate,
        au.reply_share, au.generic_share, au.fake_share, au.trust_score, au.score_coverage,
        c.status, c.archived_at,
        (select coalesce(json_agg(t.tag order by t.tag)::text, '[]') from creator_tags t
          where t.creator_id = a.creator_id) as tags
      from accounts a
      join creators c on c.id = a.creator_id
      left join lateral (
        select id, computed_at, method_version, tier, median_rate, benchmark_rate, reply_share, generic_share, fake_share,
          trust_score, score_coverage
        from audits where account_id = a.id
        order by computed_at desc, id desc limit 1
      ) au on true
      where a.workspace_id = ${workspaceId}
        and (${search}::text is null or a.username ilike '%' || ${search}::text || '%' escape '\\')
        and (${q.status ?? null}::text is null or c.status = ${q.status ?? null}::text)
        and (${tag}::text is null or exists (
          select 1 from creator_tags t where t.creator_id = a.creator_id and t.tag = ${tag}::text))
        and (case ${archived}::text when 'exclude' then c.archived_at is null
          when 'only' then c.archived_at is not null else true end)
    )
    , filtered as (select * from base a
    where (${q.tier ?? null}::text is null or tier = ${q.tier ?? null}::text)
      and (${q.minRate ?? null}::float8 is null or median_rate >= ${q.minRate ?? null}::float8)
      and (${q.maxRate ?? null}::float8 is null or median_rate <= ${q.maxRate ?? null}::float8)
      and (${q.minReplyShare ?? null}::float8 is null or reply_share >= ${q.minReplyShare ?? null}::float8)
      and (${q.maxFakeShare ?? null}::float8 is null or fake_share <= ${q.maxFakeShare ?? null}::float8)
      and (${q.minTrustScore ?? null}::float8 is null or trust_score >= ${q.minTrustScore ?? null}::float8)
    )
    select a.*, (select count(*)::int from filtered) as total from filtered a
    order by ${sql.raw(provisionalFirstKey)} ${sql.raw(sortColumn)} ${sql.raw(order)} nulls last, a.username asc
    limit ${pageSize} offset ${(page - 1) * pageSize}
  `.execute(db);
  // Past the last page no row carries the total: ask for the first page to learn it.
  const total =
    rows.rows[0]?.total ??
    (page > 1 ? (await listCreators(db, workspaceId, { ...q, page: 1, pageSize: 1 })).total : 0);
  return { items: rows.rows.map(toSummary), total };
}

/**
 * With a brand target: every matching creator gets its fit and price (computed, not stored),
 * so the whole filtered list is read, sorted here when the sort is by fit or price, then paged.
 * Creators without the figure come last, as in the SQL sorts.
 */
async function listWithFit(
  db: Kysely<DB>,
  workspaceId: number,
  q: CreatorQuery & { targetId: number },
): Promise<{ items: CreatorSummary[]; total: number }> {
  const { fits } = await listCreatorFits(db, workspaceId, q.targetId);
  const all = await listCreators(db, workspaceId, {
    ...q,
    targetId: undefined,
    page: 1,
    pageSize: 1_000_000,
  });
  const withFit = all.items.map((c) => ({ ...c, fit: fits.get(c.creatorId) ?? NO_FIT }));
  const ranks = rankCandidates(withFit.map(candidateInput));
  const items = withFit.map((c, i) => ({ ...c, candidate: ranks[i] as CandidateRank }));
  const provisionalLast = q.provisional !== "mixed";
  const byName = (a: CreatorSummary, b: CreatorSummary) => a.username.localeCompare(b.username);
  if (q.sort === "candidate") {
    // Best first by default: the rule's bands, then its score.
    const ascending = q.order === "asc";
    items.sort(
      (a, b) => compareCandidates(a.candidate, b.candidate, { provisionalLast, ascending }) || byName(a, b),
    );
  } else if (q.sort === "fit" || q.sort === "priceInTarget") {
    const key = q.sort === "fit" ? "fit" : "priceInTarget";
    const dir = q.order === "desc" ? -1 : 1;
    // Prices in different currencies are not compared: the workspace's most common currency
    // ranks first, each other currency after it in its own block.
    const main = key === "priceInTarget" ? mostCommonCurrency(items.map((c) => c.fit)) : null;
    const block = (c: (typeof items)[number]) =>
      main === null || c.fit.currency === main ? "" : (c.fit.currency ?? "");
    // A provisional fit (fewer than two parts, or too little of the weight) comes after the others.
    const thin = (c: (typeof items)[number]) =>
      key === "fit" && provisionalLast && c.fit.fitProvisional ? 1 : 0;
    // A creator the evidence rules out (grade E, or at least half the followers fake) comes
    // last by fit in either order, as in the best candidates: a fit says nothing of a bought
    // audience, and glowup_daily (5, E) ranked second by fit alone.
    const out = (c: (typeof items)[number]) => (key === "fit" && c.candidate.band === "ruled_out" ? 1 : 0);
    items.sort((a, b) => {
      const x = a.fit[key];
      const y = b.fit[key];
      const ruled = out(a) - out(b);
      if (ruled) return ruled;
      if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
      return thin(a) - thin(b) || block(a).localeCompare(block(b)) || (x - y) * dir || byName(a, b);
    });
  }
  const pageSize = q.pageSize ?? 1000;
  const page = q.page ?? 1;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: all.total };
}

const NO_FIT: CreatorFitSummary = {
  fit: null,
  fitCoverage: null,
  fitParts: 0,
  fitPartLabels: [],
  fitProvisional: null,
  pricePlain: null,
  priceInTarget: null,
  currency: null,
};

/** What the candidate rule reads of a listed creator. */
function candidateInput(c: CreatorSummary & { fit: CreatorFitSummary }): CandidateInput {
  const a = c.latestAudit;
  return {
    trust: a?.trustScore == null ? null : { value: a.trustScore, coverage: a.scoreCoverage ?? 1 },
    fit:
      c.fit.fit === null
        ? null
        : { score: c.fit.fit, coverage: c.fit.fitCoverage ?? 0, parts: c.fit.fitParts },
    fakeShare: a?.fakeShare ?? null,
    price:
      c.fit.priceInTarget === null || !c.fit.currency
        ? null
        : { inTarget: c.fit.priceInTarget, currency: c.fit.currency },
  };
}

function mostCommonCurrency(fits: readonly CreatorFitSummary[]): string | null {
  const counts = new Map<string, number>();
  for (const f of fits)
    if (f.priceInTarget !== null && f.currency) counts.set(f.currency, (counts.get(f.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

interface Row {
  creator_id: number;
  platform: string;
  username: string;
  status: CreatorStatus;
  archived_at: Date | string | null;
  tags: string;
  followers: number | null;
  posts: number;
  comments: number;
  follower_sample: number;
  audit_id: number | null;
  computed_at: Date | string | null;
  method_version: string | null;
  tier: string | null;
  median_rate: number | null;
  benchmark_rate: number | null;
  reply_share: number | null;
  generic_share: number | null;
  fake_share: number | null;
  trust_score: number | null;
  score_coverage: number | null;
  total: number;
}

function toSummary(r: Row): CreatorSummary {
  return {
    creatorId: r.creator_id,
    account: `${r.platform}:${r.username}`,
    platform: r.platform,
    username: r.username,
    status: r.status,
    tags: JSON.parse(r.tags) as string[],
    archivedAt: r.archived_at === null ? null : new Date(r.archived_at).toISOString(),
    followers: r.followers === null ? null : Number(r.followers),
    posts: r.posts,
    comments: r.comments,
    followerSample: r.follower_sample,
    latestAudit:
      r.audit_id === null
        ? null
        : {
            id: r.audit_id,
            computedAt: new Date(r.computed_at as Date).toISOString(),
            methodVersion: r.method_version as string,
            tier: r.tier,
            medianRate: r.median_rate,
            benchmarkRate: r.benchmark_rate,
            replyShare: r.reply_share,
            genericShare: r.generic_share,
            fakeShare: r.fake_share,
            trustScore: r.trust_score,
            scoreGrade: r.trust_score === null ? null : gradeOf(r.trust_score).band,
            scoreCoverage: r.score_coverage,
            scoreProvisional:
              r.score_coverage === null || r.trust_score === null
                ? null
                : trustConfidence(r.score_coverage).provisional,
          },
  };
}
