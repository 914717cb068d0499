// Use-case: one partnership of the workspace, with its campaign's name and the creator's
// handle (the partnership page's heading), or not_found as if absent.
import { type Kysely, sql } from "kysely";
import type { PartnershipStatus } from "../../core/campaign.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export interface PartnershipDetail {
  id: number;
  campaignId: number;
  campaignName: string;
  creatorId: number;
  /** platform:username of the creator's first account; null for a creator added without one. */
  account: string | null;
  status: PartnershipStatus;
}

export async function getPartnership(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<PartnershipDetail> {
  const row = await db
    .selectFrom("partnerships as p")
    .innerJoin("campaigns as c", "c.id", "p.campaign_id")
    .select(["p.id", "p.campaign_id", "c.name", "p.creator_id", "p.status"])
    .select(
      sql<string | null>`(select a.platform || ':' || a.username from accounts a
        where a.creator_id = p.creator_id order by a.id limit 1)`.as("account"),
    )
    .where("p.workspace_id", "=", workspaceId)
    .where("p.id", "=", partnershipId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no partnership ${partnershipId}`);
  return {
    id: row.id,
    campaignId: row.campaign_id,
    campaignName: row.name,
    creatorId: row.creator_id,
    account: row.account ?? null,
    status: row.status as PartnershipStatus,
  };
}
