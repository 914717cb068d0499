// Use-case: one creator of a workspace with its account, its place on the working list
// (status, tags, archived), latest profile snapshot and latest audit result (null before
// the first audit).
import { type Kysely, sql } from "kysely";
import { compareScores } from "../core/score-change.js";
import type { TrustScore } from "../core/trust-score.js";
import { readStoredAudit } from "../db/read-stored-audit.js";
import type { DB } from "../db/schema.js";
import { getWorklistEntry } from "./creators/worklist-entry.js";
import { findAccount } from "./find-account.js";

export async function getCreator(db: Kysely<DB>, workspaceId: number, creatorId: number) {
  const account = await findAccount(db, workspaceId, { creatorId });
  const { status, tags, archivedAt } = await getWorklistEntry(db, workspaceId, creatorId);
  const snapshot = await db
    .selectFrom("profile_snapshots")
    .select([
      "captured_at",
      "followers",
      "following",
      "posts",
      "full_name",
      "bio",
      "external_url",
      "category",
    ])
    .where("account_id", "=", account.id)
    .orderBy("captured_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const audit = await db
    .selectFrom("audits")
    .select(["id", "computed_at", "method_version", "result"])
    .where("account_id", "=", account.id)
    .orderBy("computed_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const latestAudit = audit
    ? {
        id: audit.id,
        computedAt: new Date(audit.computed_at).toISOString(),
        methodVersion: audit.method_version,
        result: readStoredAudit(audit),
      }
    : null;
  const result = latestAudit?.result ?? null;
  // The audit before the latest: only its score is read, not the whole document (SQL null
  // for an audit before audit-v3, which computed none).
  const previous =
    audit && result?.score
      ? await db
          .selectFrom("audits")
          .select(["id", "computed_at", sql<TrustScore | null>`result -> 'score'`.as("score")])
          .where("account_id", "=", account.id)
          .where((eb) =>
            eb.or([
              eb("computed_at", "<", audit.computed_at),
              eb.and([eb("computed_at", "=", audit.computed_at), eb("id", "<", audit.id)]),
            ]),
          )
          .orderBy("computed_at", "desc")
          .orderBy("id", "desc")
          .limit(1)
          .executeTakeFirst()
      : undefined;
  return {
    creatorId,
    account: `${account.platform}:${account.username}`,
    platform: account.platform,
    username: account.username,
    status,
    tags,
    archivedAt,
    profile: snapshot
      ? {
          capturedAt: new Date(snapshot.captured_at).toISOString(),
          followers: numberOrNull(snapshot.followers),
          following: numberOrNull(snapshot.following),
          posts: numberOrNull(snapshot.posts),
          fullName: snapshot.full_name,
          bio: snapshot.bio,
          externalUrl: snapshot.external_url,
          category: snapshot.category,
        }
      : null,
    latestAudit,
    /** The trust score against the audit before the latest; null with fewer than two audits. */
    scoreChange:
      previous && result?.score
        ? compareScores(
            {
              auditId: previous.id,
              computedAt: new Date(previous.computed_at).toISOString(),
              score: typeof previous.score === "string" ? JSON.parse(previous.score) : previous.score,
            },
            result.score,
          )
        : null,
  };
}

function numberOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
