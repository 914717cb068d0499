// Use-case: one campaign of the workspace, with its partnerships (creator, handle, status).
import { type Kysely, sql } from "kysely";
import type { CallToAction, PartnershipStatus } from "../../core/campaign.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export interface CampaignDetail {
  id: number;
  name: string;
  brandTargetId: number | null;
  startsOn: string;
  endsOn: string;
  budget: number | null;
  currency: string;
  goal: string;
  kpis: { metric: string; target: number }[];
  callToAction: CallToAction[];
  landingUrl: string | null;
  products: string[];
  partnerships: {
    id: number;
    creatorId: number;
    account: string | null;
    status: PartnershipStatus;
    updatedAt: string;
  }[];
}

export async function getCampaign(
  db: Kysely<DB>,
  workspaceId: number,
  campaignId: number,
): Promise<CampaignDetail> {
  const c = await db
    .selectFrom("campaigns")
    .selectAll()
    .select([
      sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as("starts_day"),
      sql<string>`to_char(ends_on, 'YYYY-MM-DD')`.as("ends_day"),
    ])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", campaignId)
    .executeTakeFirst();
  if (!c) throw new VouchError("not_found", `no campaign ${campaignId}`);
  const partnerships = await db
    .selectFrom("partnerships as p")
    .leftJoin("accounts as a", "a.creator_id", "p.creator_id")
    .select(["p.id", "p.creator_id", "p.status", "p.updated_at", "a.platform", "a.username"])
    .where("p.campaign_id", "=", campaignId)
    .orderBy("p.id")
    .execute();
  const seen = new Set<number>();
  return {
    id: c.id,
    name: c.name,
    brandTargetId: c.brand_target_id,
    startsOn: c.starts_day,
    endsOn: c.ends_day,
    budget: c.budget_minor === null ? null : Number(c.budget_minor),
    currency: c.currency,
    goal: c.goal,
    kpis: c.kpis as CampaignDetail["kpis"],
    callToAction: c.call_to_action as CallToAction[],
    landingUrl: c.landing_url,
    products: c.products as string[],
    // One row per partnership (a creator's first account names it).
    partnerships: partnerships.flatMap((p) => {
      if (seen.has(p.id)) return [];
      seen.add(p.id);
      return [
        {
          id: p.id,
          creatorId: p.creator_id,
          account: p.platform && p.username ? `${p.platform}:${p.username}` : null,
          status: p.status as PartnershipStatus,
          updatedAt: new Date(p.updated_at).toISOString(),
        },
      ];
    }),
  };
}
