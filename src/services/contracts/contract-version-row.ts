// A stored contract version as the services answer it: the summary every listing shows,
// and the full version (terms, document, the PDF to download: the accepted copy with its
// certificate page once there is one, else the issued one).

import type { ContractDocument } from "../../contract/contract-types.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import type { ContractVersionsTable } from "../../db/schema.js";

export interface ContractVersionSummary {
  partnershipId: number;
  number: number;
  status: "issued" | "superseded" | "accepted";
  createdBy: string;
  createdAt: string;
  pdfSha256: string;
  acceptedBy: string | null;
  acceptedAt: string | null;
  acceptedPdfSha256: string | null;
}

export interface ContractVersion extends ContractVersionSummary {
  terms: ContractTerms;
  document: ContractDocument;
  /** The file to hand out: the accepted copy once accepted, else the issued one. */
  pdf: Buffer;
}

type Row = Pick<
  ContractVersionsTable,
  | "partnership_id"
  | "number"
  | "status"
  | "created_by"
  | "created_at"
  | "pdf_sha256"
  | "accepted_name"
  | "accepted_at"
  | "accepted_pdf_sha256"
>;

export const SUMMARY_COLUMNS = [
  "partnership_id",
  "number",
  "status",
  "created_by",
  "created_at",
  "pdf_sha256",
  "accepted_name",
  "accepted_at",
  "accepted_pdf_sha256",
] as const;

export function toSummary(r: Row): ContractVersionSummary {
  return {
    partnershipId: r.partnership_id,
    number: r.number,
    status: r.status as ContractVersionSummary["status"],
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    pdfSha256: r.pdf_sha256,
    acceptedBy: r.accepted_name,
    acceptedAt: r.accepted_at ? new Date(r.accepted_at).toISOString() : null,
    acceptedPdfSha256: r.accepted_pdf_sha256,
  };
}
