// What a contract version is written from besides its terms: the workspace's name (the
// brand), the campaign (name, goal and its call to action, landing page, products) and
// the creator (handle, and the followers counted at the latest audit, for the
// 10,000-follower link-sticker rule). Read inside the caller's transaction, after the
// partnership was found in the caller's workspace.
import { type Kysely, sql } from "kysely";
import type { ContractDocumentInput } from "../../contract/contract-model.js";
import type { CallToAction, Goal } from "../../core/campaign.js";
import type { CreatorFacts } from "../../core/check-contract-terms.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export interface ContractParties {
  workspaceName: string;
  creatorHandle: string;
  campaign: ContractDocumentInput["campaign"];
  creator: CreatorFacts;
}

export async function loadContractParties(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<ContractParties> {
  const row = await db
    .selectFrom("partnerships as p")
    .innerJoin("campaigns as c", "c.id", "p.campaign_id")
    .innerJoin("workspaces as w", "w.id", "p.workspace_id")
    .select([
      "w.name as workspace_name",
      "c.name",
      "c.goal",
      "c.call_to_action",
      "c.landing_url",
      "c.products",
      "p.creator_id",
    ])
    .where("p.workspace_id", "=", workspaceId)
    .where("p.id", "=", partnershipId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no partnership ${partnershipId}`);
  // The creator's first account names them; its latest audit counted the followers.
  const account = await db
    .selectFrom("accounts as a")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("audits")
          .select([
            "account_id",
            sql<string | null>`(fit_inputs->>'followers')`.as("followers"),
            sql<string>`to_char(computed_at at time zone 'UTC', 'YYYY-MM-DD')`.as("measured_on"),
          ])
          .distinctOn("account_id")
          .orderBy("account_id")
          .orderBy("computed_at", "desc")
          .as("au"),
      (join) => join.onRef("au.account_id", "=", "a.id"),
    )
    .select(["a.username", "au.followers", "au.measured_on"])
    .where("a.creator_id", "=", row.creator_id)
    .orderBy("a.id")
    .limit(1)
    .executeTakeFirst();
  const handle = account?.username ?? `creator-${row.creator_id}`;
  const followers = account?.followers == null ? null : Number(account.followers);
  return {
    workspaceName: row.workspace_name,
    creatorHandle: handle,
    campaign: {
      name: row.name,
      goal: row.goal as Goal,
      callToAction: row.call_to_action as CallToAction[],
      landingUrl: row.landing_url,
      products: row.products as string[],
    },
    creator: {
      username: handle,
      followers: Number.isFinite(followers) ? followers : null,
      measuredOn: followers === null ? null : (account?.measured_on ?? null),
    },
  };
}
