// Use-case: a partnership's tracked links, oldest first, with their click counts; the
// partnership must be the workspace's (else not_found, as if absent).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { type LinkSummary, selectLinkSummaries, toLinkSummary } from "./link-summary.js";

export async function listLinks(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<LinkSummary[]> {
  await findPartnership(db, workspaceId, partnershipId);
  const rows = await selectLinkSummaries(db, workspaceId)
    .where("l.partnership_id", "=", partnershipId)
    .orderBy("l.id")
    .execute();
  return rows.map(toLinkSummary);
}
