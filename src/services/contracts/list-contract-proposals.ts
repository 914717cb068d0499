// Use-case: the changes the creator proposed, newest first, each beside the term's value
// in the version it was proposed on (the diff the brand answers with a new version) and
// the value in the current version, when a later one changed it.
import type { Kysely } from "kysely";
import type { ContractDocument } from "../../contract/contract-types.js";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { termFields } from "./term-fields.js";

export interface ContractProposal {
  version: number;
  field: string;
  label: string;
  /** The term's value in the version the change was proposed on. */
  was: string | null;
  proposed: string;
  comment: string;
  at: string;
  /** The value in the newest version, when it is newer than the proposal's. */
  now: { version: number; value: string | null } | null;
}

export async function listContractProposals(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<ContractProposal[]> {
  await findPartnership(db, workspaceId, partnershipId);
  const proposals = await db
    .selectFrom("contract_proposals")
    .select(["version_number", "field", "proposed", "comment", "created_at"])
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .orderBy("id", "desc")
    .execute();
  const versions = await db
    .selectFrom("contract_versions")
    .select(["number", "document"])
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .orderBy("number", "desc")
    .execute();
  const fields = new Map(versions.map((v) => [v.number, termFields(v.document as ContractDocument)]));
  const newest = versions[0]?.number ?? 0;
  return proposals.map((p) => {
    const term = fields.get(p.version_number)?.get(p.field);
    return {
      version: p.version_number,
      field: p.field,
      label: term?.label ?? p.field,
      was: term?.value ?? null,
      proposed: p.proposed,
      comment: p.comment,
      at: new Date(p.created_at).toISOString(),
      now:
        newest > p.version_number
          ? { version: newest, value: fields.get(newest)?.get(p.field)?.value ?? null }
          : null,
    };
  });
}
