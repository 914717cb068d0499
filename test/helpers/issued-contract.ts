// A contract ready for the creator to accept, made through the services: a campaign of
// March 2027 (goal sell) in the workspace, the workspace's first creator in it, version 1
// of `terms` issued and a review link to it. For the tests that need an acceptance.
import type { Kysely } from "kysely";
import type { ContractTerms } from "../../src/core/contract-terms.js";
import type { DB } from "../../src/db/schema.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { createContractLink } from "../../src/services/contracts/create-contract-link.js";
import { issueContractVersion } from "../../src/services/contracts/issue-contract-version.js";

const BRAND = { name: "ann@example.invalid", ipHash: null, userAgent: null };

export async function issuedContract(
  db: Kysely<DB>,
  workspaceId: number,
  campaignName: string,
  terms: ContractTerms,
  now: number,
): Promise<{ partnership: number; token: string }> {
  const creator = (
    await db
      .selectFrom("creators")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirstOrThrow()
  ).id;
  const campaign = await createCampaign(
    db,
    workspaceId,
    null,
    {
      name: campaignName,
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      currency: "EUR",
      goal: "sell",
      kpis: [],
      landingUrl: "https://example.com/spring",
    },
    now,
  );
  const partnership = (await addPartnership(db, workspaceId, campaign.id, creator, "ann", now)).id;
  await issueContractVersion(db, workspaceId, partnership, terms, BRAND, now);
  const link = await createContractLink(db, workspaceId, partnership, null, BRAND, {
    now,
    origin: "http://x",
  });
  return { partnership, token: link.token };
}
