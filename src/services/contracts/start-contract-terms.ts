// Use-case: the terms a partnership's contract builder opens with: the newest version's
// terms when there is one (the brand answers from what was sent), else the workspace's
// template laid onto this campaign's dates, else defaults made from the campaign.
import type { Kysely } from "kysely";
import { addDays, mapContractDays } from "../../core/contract-days.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import { defaultContractTerms } from "../../core/default-contract-terms.js";
import type { DB } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getPartnership } from "../campaigns/get-partnership.js";

export interface StartTerms {
  terms: ContractTerms;
  /** Where they come from, for the page to say. */
  source: { kind: "version"; number: number } | { kind: "template"; savedAt: string } | { kind: "campaign" };
}

export async function startContractTerms(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<StartTerms> {
  const partnership = await getPartnership(db, workspaceId, partnershipId);
  const latest = await db
    .selectFrom("contract_versions")
    .select(["number", "terms"])
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .orderBy("number", "desc")
    .executeTakeFirst();
  if (latest)
    return { terms: latest.terms as ContractTerms, source: { kind: "version", number: latest.number } };
  const campaign = await getCampaign(db, workspaceId, partnership.campaignId);
  const template = await db
    .selectFrom("contract_templates")
    .select(["terms", "saved_at"])
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (template) {
    const laid = mapContractDays(template.terms as ContractTerms, (offset) =>
      addDays(campaign.startsOn, offset),
    );
    return {
      terms: { ...laid, from: campaign.startsOn, to: campaign.endsOn },
      source: { kind: "template", savedAt: new Date(template.saved_at).toISOString() },
    };
  }
  return { terms: defaultContractTerms(campaign), source: { kind: "campaign" } };
}
