// Use-case: one version of a partnership's contract with its terms, its document (for the
// HTML) and the PDF to download. Another workspace's partnership is not found, as an
// unknown one is.
import type { Kysely } from "kysely";
import type { ContractDocument } from "../../contract/contract-types.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { type ContractVersion, SUMMARY_COLUMNS, toSummary } from "./contract-version-row.js";

export async function getContractVersion(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  number: number,
): Promise<ContractVersion> {
  await findPartnership(db, workspaceId, partnershipId);
  const row = await db
    .selectFrom("contract_versions")
    .select([...SUMMARY_COLUMNS, "terms", "document", "pdf", "accepted_pdf"])
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .where("number", "=", number)
    .executeTakeFirst();
  if (!row)
    throw new VouchError("not_found", `partnership ${partnershipId} has no contract version ${number}`);
  return {
    ...toSummary(row),
    terms: row.terms as ContractTerms,
    document: row.document as ContractDocument,
    pdf: Buffer.from(row.accepted_pdf ?? row.pdf),
  };
}
