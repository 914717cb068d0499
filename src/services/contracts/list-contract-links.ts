// Use-case: a partnership's review links, newest first, for the brand to see which are
// live and revoke one. Never the token: only its hash is stored, and it was shown once.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";

export interface ContractLinkSummary {
  id: number;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export async function listContractLinks(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<ContractLinkSummary[]> {
  await findPartnership(db, workspaceId, partnershipId);
  const rows = await db
    .selectFrom("contract_links")
    .select(["id", "created_by", "created_at", "expires_at", "revoked_at"])
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  }));
}
