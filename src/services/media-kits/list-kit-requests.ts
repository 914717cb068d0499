// Use-case: the workspace's media-kit requests, newest first, optionally of one
// creator, each with its derived status (sent, opened, draft, submitted, expired,
// revoked).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { type KitRequestSummary, selectKitRequests, toKitRequestSummary } from "./kit-request-summary.js";

export async function listKitRequests(
  db: Kysely<DB>,
  workspaceId: number,
  filter: { creatorId?: number | null },
  now: number,
): Promise<KitRequestSummary[]> {
  let q = selectKitRequests(db, workspaceId);
  if (filter.creatorId != null) q = q.where("r.creator_id", "=", filter.creatorId);
  const rows = await q.orderBy("r.created_at", "desc").orderBy("r.id", "desc").execute();
  return rows.map((r) => toKitRequestSummary(r, now));
}
