// Use-case: what is stored — each account with its latest follower count, how
// much data it has, and the headline figures of its latest audit.
import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

export interface CreatorSummary {
  creatorId: number;
  account: string;
  platform: string;
  username: string;
  followers: number | null;
  posts: number;
  comments: number;
  followerSample: number;
  latestAudit: {
    computedAt: string;
    methodVersion: string;
    medianRate: number | null;
    replyShare: number | null;
    genericShare: number | null;
  } | null;
}

export async function listCreators(db: Kysely<DB>): Promise<CreatorSummary[]> {
  const rows = await db
    .selectFrom("accounts as a")
    .select([
      "a.creator_id",
      "a.platform",
      "a.username",
      sql<
        number | null
      >`(select followers from profile_snapshots s where s.account_id = a.id order by captured_at desc limit 1)`.as(
        "followers",
      ),
      sql<number>`(select count(*)::int from posts p where p.account_id = a.id)`.as("posts"),
      sql<number>`(select count(*)::int from comments c where c.account_id = a.id)`.as("comments"),
      sql<number>`(select count(*)::int from follower_samples f where f.account_id = a.id)`.as(
        "follower_sample",
      ),
      sql<{ computed_at: string; method_version: string; r: AuditHeadline } | null>`(
        select json_build_object('computed_at', computed_at, 'method_version', method_version,
          'r', json_build_object('medianRate', result->'engagement'->'medianRate',
                                 'replyShare', result->'responsiveness'->'replyShare',
                                 'genericShare', result->'comments'->'genericShare'))
        from audits au where au.account_id = a.id order by computed_at desc, id desc limit 1)`.as("audit"),
    ])
    .orderBy("a.platform")
    .orderBy("a.username")
    .execute();
  return rows.map((r) => ({
    creatorId: r.creator_id,
    account: `${r.platform}:${r.username}`,
    platform: r.platform,
    username: r.username,
    followers: r.followers,
    posts: r.posts,
    comments: r.comments,
    followerSample: r.follower_sample,
    latestAudit: r.audit
      ? {
          computedAt: new Date(r.audit.computed_at).toISOString(),
          methodVersion: r.audit.method_version,
          medianRate: r.audit.r.medianRate,
          replyShare: r.audit.r.replyShare,
          genericShare: r.audit.r.genericShare,
        }
      : null,
  }));
}

interface AuditHeadline {
  medianRate: number | null;
  replyShare: number | null;
  genericShare: number | null;
}
