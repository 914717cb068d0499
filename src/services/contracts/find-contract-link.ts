// The link behind a public contract review URL, and the version it shows (the
// partnership's current one: issued, or accepted). Unknown and revoked links are one
// and the same 404, so a revoked link tells nothing; an expired one is 410 "gone".
// Only the token's SHA-256 is looked up. All the creator learns is the workspace's name
// and their own handle, with the contract itself.
import type { Kysely } from "kysely";
import type { ContractDocument } from "../../contract/contract-types.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { hashToken } from "../auth/tokens.js";

export interface ContractLinkTarget {
  linkId: number;
  workspaceId: number;
  partnershipId: number;
  workspaceName: string;
  version: {
    id: number;
    number: number;
    status: "issued" | "accepted";
    terms: ContractTerms;
    document: ContractDocument;
    pdf: Buffer;
    pdfSha256: string;
    acceptedBy: string | null;
    acceptedAt: string | null;
    acceptedPdf: Buffer | null;
  };
}

export async function findContractLink(
  db: Kysely<DB>,
  token: string,
  now: number,
): Promise<ContractLinkTarget> {
  const link = await db
    .selectFrom("contract_links as l")
    .innerJoin("workspaces as w", "w.id", "l.workspace_id")
    .select(["l.id", "l.workspace_id", "l.partnership_id", "l.expires_at", "l.revoked_at", "w.name"])
    .where("l.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!link || link.revoked_at !== null)
    throw new VouchError(
      "not_found",
      "this contract link is unknown or was withdrawn; ask the brand that sent it for a new one",
    );
  if (new Date(link.expires_at).getTime() <= now)
    throw new VouchError("gone", "this contract link has expired; ask the brand that sent it for a new one", {
      expiresAt: new Date(link.expires_at).toISOString(),
    });
  const v = await db
    .selectFrom("contract_versions")
    .select([
      "id",
      "number",
      "status",
      "terms",
      "document",
      "pdf",
      "pdf_sha256",
      "accepted_name",
      "accepted_at",
      "accepted_pdf",
    ])
    .where("workspace_id", "=", link.workspace_id)
    .where("partnership_id", "=", link.partnership_id)
    .where("status", "!=", "superseded")
    .executeTakeFirst();
  if (!v) throw new VouchError("not_found", "this contract link is unknown or was withdrawn");
  return {
    linkId: link.id,
    workspaceId: link.workspace_id,
    partnershipId: link.partnership_id,
    workspaceName: link.name,
    version: {
      id: v.id,
      number: v.number,
      status: v.status as "issued" | "accepted",
      terms: v.terms as ContractTerms,
      document: v.document as ContractDocument,
      pdf: Buffer.from(v.pdf),
      pdfSha256: v.pdf_sha256,
      acceptedBy: v.accepted_name,
      acceptedAt: v.accepted_at ? new Date(v.accepted_at).toISOString() : null,
      acceptedPdf: v.accepted_pdf ? Buffer.from(v.accepted_pdf) : null,
    },
  };
}
