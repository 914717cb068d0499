// Use-case: is this PDF a contract this workspace issued, which version, and was it
// accepted? The file's SHA-256 is looked up among the workspace's issued PDFs and the
// accepted copies (with their certificate page): one byte changed anywhere gives another
// hash and no match. Nothing is parsed out of the file, so a forged certificate page
// proves nothing either.
import type { Kysely } from "kysely";
import { sha256Hex } from "../../contract/pdf-hash.js";
import type { DB } from "../../db/schema.js";

export interface PdfVerdict {
  sha256: string;
  /** null: not a file this workspace issued (or it was changed). */
  match: {
    partnershipId: number;
    version: number;
    /** "issued": the copy sent for review; "accepted": the signed copy with its certificate. */
    copy: "issued" | "accepted";
    status: "issued" | "superseded" | "accepted";
    acceptedBy: string | null;
    acceptedAt: string | null;
  } | null;
}

export async function verifyContractPdf(
  db: Kysely<DB>,
  workspaceId: number,
  pdf: Uint8Array,
): Promise<PdfVerdict> {
  const sha256 = sha256Hex(pdf);
  const row = await db
    .selectFrom("contract_versions")
    .select(["partnership_id", "number", "status", "pdf_sha256", "accepted_name", "accepted_at"])
    .where("workspace_id", "=", workspaceId)
    .where((eb) => eb.or([eb("pdf_sha256", "=", sha256), eb("accepted_pdf_sha256", "=", sha256)]))
    .executeTakeFirst();
  if (!row) return { sha256, match: null };
  return {
    sha256,
    match: {
      partnershipId: row.partnership_id,
      version: row.number,
      copy: row.pdf_sha256 === sha256 ? "issued" : "accepted",
      status: row.status as "issued" | "superseded" | "accepted",
      acceptedBy: row.accepted_name,
      acceptedAt: row.accepted_at ? new Date(row.accepted_at).toISOString() : null,
    },
  };
}
