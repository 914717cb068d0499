// The contract document's view model: what the HTML page, the PDF and the creator's
// review page all draw, so the three say the same terms in the same words. A term is
// a block of its own, named by its field path in ContractTerms ("compensation.fee"),
// so a proposed change can point at it and a test can find it in either rendering.
import type { Day } from "../core/contract-terms.js";

/** One settled question: "Fee: 1,200.00 EUR", with the clause in plain words under it. */
export interface TermBlock {
  kind: "term";
  /** The field path in ContractTerms this term shows ("usage.expires"). */
  field: string;
  label: string;
  value: string;
  /** The plain-language clause; null when the value says it all. */
  clause: string | null;
}

/** One piece of content the creator makes (one row of contractDeliverables). */
export interface DeliverableBlock {
  kind: "deliverable";
  /** The term it comes from ("deliverables[0]"). */
  field: string;
  /** "Deliverable 2: Instagram reel (2 of 2)". */
  title: string;
  facts: { label: string; value: string }[];
}

export interface TextBlock {
  kind: "text";
  text: string;
}

export type ContractBlock = TermBlock | DeliverableBlock | TextBlock;

export interface ContractSection {
  id: string;
  title: string;
  blocks: ContractBlock[];
}

/** The version a document shows; null on a preview that was never issued. */
export interface ContractVersionInfo {
  number: number;
  /** ISO 8601: the instant it was issued (also the PDF's creation date). */
  issuedAt: string;
}

/** The certificate page added to the PDF at acceptance. */
export interface AcceptanceCertificate {
  acceptedBy: string;
  /** ISO 8601. */
  acceptedAt: string;
  /** The contract trail's last entry hash at acceptance. */
  trailHead: string;
}

export interface ContractDocument {
  title: string;
  workspaceName: string;
  creatorHandle: string;
  campaignName: string;
  from: Day;
  to: Day;
  version: ContractVersionInfo | null;
  sections: ContractSection[];
}
