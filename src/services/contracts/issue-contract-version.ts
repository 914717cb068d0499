// Use-case: a brand issues a version of a partnership's contract. The terms are checked
// (every issue at its field path), the document is made from them and the parties, its
// PDF rendered and hashed, and in one transaction: the version is stored (numbered 1, 2,
// 3 … per partnership; the one before it is superseded), the trail records it (`created`
// for the first, `version_issued` after), and the partnership moves to contract_sent
// where its status allows. An accepted contract is final: no version follows it.
import type { Kysely } from "kysely";
import { contractDocument } from "../../contract/contract-model.js";
import { sha256Hex } from "../../contract/pdf-hash.js";
import { renderContractPdf } from "../../contract/render-contract-pdf.js";
import { canMove, type PartnershipStatus } from "../../core/campaign.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { appendTrailIn } from "../campaigns/append-trail.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { recordStatusMove } from "../campaigns/record-status-move.js";
import { type FieldIssue, parseContractTerms } from "./contract-terms-input.js";
import { loadContractParties } from "./load-contract-parties.js";

export interface IssuedVersion {
  partnershipId: number;
  number: number;
  status: "issued";
  pdfSha256: string;
  createdAt: string;
  /** Allowed but worth saying (the 10,000-follower link-sticker rule). */
  warnings: FieldIssue[];
}

/** Who and from where, for the trail (ip hashed by the caller). */
export interface Actor {
  name: string;
  ipHash: string | null;
  userAgent: string | null;
}

export async function issueContractVersion(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  input: unknown,
  actor: Actor,
  now: number,
): Promise<IssuedVersion> {
  return db.transaction().execute(async (trx) => {
    const partnership = await findPartnership(trx, workspaceId, partnershipId);
    const parties = await loadContractParties(trx, workspaceId, partnershipId);
    const { terms, warnings } = parseContractTerms(input, parties.creator);
    const versions = await trx
      .selectFrom("contract_versions")
      .select(["number", "status"])
      .where("partnership_id", "=", partnershipId)
      .where("workspace_id", "=", workspaceId)
      .orderBy("number", "desc")
      .forUpdate()
      .execute();
    if (versions.some((v) => v.status === "accepted"))
      throw new VouchError("conflict", `partnership ${partnershipId}'s contract is accepted: it is final`);
    const number = (versions[0]?.number ?? 0) + 1;
    const createdAt = new Date(now).toISOString();
    const document = contractDocument({ ...parties, terms, version: { number, issuedAt: createdAt } });
    const pdf = await renderContractPdf(document);
    const pdfSha256 = sha256Hex(pdf);
    await trx
      .updateTable("contract_versions")
      .set({ status: "superseded" })
      .where("partnership_id", "=", partnershipId)
      .where("status", "=", "issued")
      .execute();
    await trx
      .insertInto("contract_versions")
      .values({
        workspace_id: workspaceId,
        partnership_id: partnershipId,
        number,
        terms: JSON.stringify(terms satisfies ContractTerms),
        document: JSON.stringify(document),
        pdf,
        pdf_sha256: pdfSha256,
        status: "issued",
        created_by: actor.name,
        created_at: new Date(now),
      })
      .execute();
    await appendTrailIn(
      trx,
      workspaceId,
      partnershipId,
      {
        kind: number === 1 ? "created" : "version_issued",
        actor: actor.name,
        ipHash: actor.ipHash,
        userAgent: actor.userAgent,
        detail: { version: number, pdfSha256 },
      },
      now,
    );
    const from = partnership.status as PartnershipStatus;
    if (canMove(from, "contract_sent"))
      await recordStatusMove(
        trx,
        partnershipId,
        { from, to: "contract_sent", actor: actor.name, note: `contract version ${number} issued` },
        now,
      );
    return { partnershipId, number, status: "issued", pdfSha256, createdAt, warnings };
  });
}
