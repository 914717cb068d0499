// Use-case: a workspace starts a campaign. Its call to action is the goal's (core/campaign.ts);
// a brand target must be the workspace's own; names are unique per workspace.
import type { Kysely } from "kysely";
import { type CallToAction, GOAL_PLANS } from "../../core/campaign.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { isUniqueViolation } from "../brand-targets/brand-target-input.js";
import { type CampaignInput, parseCampaignInput } from "./campaign-input.js";

export interface Campaign extends CampaignInput {
  id: number;
  callToAction: CallToAction[];
}

export async function createCampaign(
  db: Kysely<DB>,
  workspaceId: number,
  userId: number | null,
  input: unknown,
  now: number,
): Promise<Campaign> {
  const c = parseCampaignInput(input);
  if (c.brandTargetId !== null) {
    const target = await db
      .selectFrom("brand_targets")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", c.brandTargetId)
      .executeTakeFirst();
    if (!target)
      throw new VouchError(
        "invalid_input",
        `brandTargetId: no brand target ${c.brandTargetId} in this workspace`,
        {
          field: "brandTargetId",
        },
      );
  }
  const callToAction = [...GOAL_PLANS[c.goal].callToAction];
  try {
    const row = await db
      .insertInto("campaigns")
      .values({
        workspace_id: workspaceId,
        name: c.name,
        brand_target_id: c.brandTargetId,
        starts_on: c.startsOn,
        ends_on: c.endsOn,
        budget_minor: c.budget,
        currency: c.currency,
        goal: c.goal,
        kpis: JSON.stringify(c.kpis),
        call_to_action: JSON.stringify(callToAction),
        landing_url: c.landingUrl,
        products: JSON.stringify(c.products),
        created_by: userId,
        created_at: new Date(now),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, ...c, callToAction };
  } catch (err) {
    if (isUniqueViolation(err))
      throw new VouchError("conflict", `a campaign named "${c.name}" exists already`, { field: "name" });
    throw err;
  }
}
