// Use-case: every version of a partnership's contract, newest first, for the brand.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { type ContractVersionSummary, SUMMARY_COLUMNS, toSummary } from "./contract-version-row.js";

export async function listContractVersions(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<ContractVersionSummary[]> {
  await findPartnership(db, workspaceId, partnershipId);
  const rows = await db
    .selectFrom("contract_versions")
    .select(SUMMARY_COLUMNS)
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .orderBy("number", "desc")
    .execute();
  return rows.map(toSummary);
}
