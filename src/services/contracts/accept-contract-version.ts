// Use-case: through the review link, the creator accepts the current version by typing
// their full name after ticking an explicit consent to sign electronically (a "simple
// electronic signature" in eIDAS terms; ESIGN in the US). The version they accept must
// be the one they saw (a newer one makes this a conflict), and not one they proposed a
// change to (the brand answers that with a new version). In one transaction: the PDF is
// produced once more with a certificate page (version, name, time, the trail's head hash
// and the issued PDF's hash), its exact bytes and SHA-256 are stored, the version is
// frozen (the trigger of migration 0013 refuses any later change), its deliverables are
// stored to be tracked (migration 0015), the trail records `accepted` with that hash,
// and the partnership moves to accepted. Where the server has a certificate
// (VOUCH_SIGNING_P12), the accepted PDF is also signed with it before it is hashed, so
// the stored file, its SHA-256 and `vouch contract verify` are of the signed bytes.
import type { Kysely } from "kysely";
import { z } from "zod";
import { sha256Hex } from "../../contract/pdf-hash.js";
import type { PdfSigner } from "../../contract/pdf-signer.js";
import { renderContractPdf } from "../../contract/render-contract-pdf.js";
import { canMove, type PartnershipStatus } from "../../core/campaign.js";
import { VouchError } from "../../core/errors.js";
import { TRAIL_GENESIS } from "../../core/trail-hash.js";
import type { DB } from "../../db/schema.js";
import { appendTrailIn } from "../campaigns/append-trail.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { recordStatusMove } from "../campaigns/record-status-move.js";
import { findContractLink } from "./find-contract-link.js";
import type { Actor } from "./issue-contract-version.js";
import { linkActorName } from "./open-contract-review.js";
import { storeDeliverables } from "./store-deliverables.js";

export const acceptanceSchema = z.object({
  version: z.coerce.number().int().min(1).max(1_000_000),
  fullName: z
    .string()
    .trim()
    .min(2, "type your full name to sign")
    .max(200)
    .refine((n) => /\p{L}/u.test(n) && !/\p{Cc}/u.test(n), "type your full name to sign"),
  consent: z.literal(true, { error: "tick the box to agree to sign electronically" }),
});

export interface Acceptance {
  version: number;
  acceptedBy: string;
  acceptedAt: string;
  acceptedPdfSha256: string;
  /** The certificate's name when the PDF was signed digitally; null without one. */
  signedBy: string | null;
}

export async function acceptContractVersion(
  db: Kysely<DB>,
  token: string,
  input: unknown,
  visitor: Omit<Actor, "name">,
  now: number,
  signer: PdfSigner | null = null,
): Promise<Acceptance> {
  const parsed = acceptanceSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = String(first?.path[0] ?? "fullName");
    throw new VouchError("invalid_input", `${field}: ${first?.message ?? "invalid"}`, { field });
  }
  const a = parsed.data;
  return db.transaction().execute(async (trx) => {
    const target = await findContractLink(trx, token, now);
    const v = target.version;
    if (v.status === "accepted") throw new VouchError("conflict", `version ${v.number} is accepted already`);
    if (v.number !== a.version)
      throw new VouchError(
        "conflict",
        `version ${a.version} is no longer current: version ${v.number} was issued since; review it first`,
      );
    const partnership = await findPartnership(trx, target.workspaceId, target.partnershipId);
    const from = partnership.status as PartnershipStatus;
    if (!canMove(from, "accepted"))
      throw new VouchError(
        "conflict",
        from === "negotiating"
          ? "you proposed a change to this version: the brand answers with a new version to accept"
          : `the partnership is ${from}: it cannot be accepted now`,
      );
    const head = await trx
      .selectFrom("contract_trail")
      .select("sha256")
      .where("partnership_id", "=", target.partnershipId)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const acceptedAt = new Date(now).toISOString();
    const trailHead = head?.sha256 ?? TRAIL_GENESIS;
    const rendered = await renderContractPdf(v.document, {
      certificate: { acceptedBy: a.fullName, acceptedAt, trailHead, issuedSha256: v.pdfSha256 },
    });
    const reason = `Contract version ${v.number}, accepted by ${a.fullName}`;
    const pdf = signer ? await signer.sign(rendered, new Date(now), reason) : rendered;
    const signedBy = signer?.name ?? null;
    const acceptedPdfSha256 = sha256Hex(pdf);
    await trx
      .updateTable("contract_versions")
      .set({
        status: "accepted",
        accepted_name: a.fullName,
        accepted_at: new Date(now),
        accepted_pdf: pdf,
        accepted_pdf_sha256: acceptedPdfSha256,
        trail_head: trailHead,
      })
      .where("id", "=", v.id)
      .execute();
    const { workspaceId, partnershipId } = target;
    await storeDeliverables(trx, { workspaceId, partnershipId, versionId: v.id, terms: v.terms }, now);
    const name = linkActorName(target);
    await appendTrailIn(
      trx,
      target.workspaceId,
      target.partnershipId,
      {
        kind: "accepted",
        actor: name,
        ...visitor,
        detail: {
          version: v.number,
          fullName: a.fullName,
          consent: true,
          acceptedPdfSha256,
          ...(signedBy ? { signedBy } : {}),
        },
      },
      now,
    );
    await recordStatusMove(
      trx,
      target.partnershipId,
      { from, to: "accepted", actor: name, note: `version ${v.number} accepted by ${a.fullName}` },
      now,
    );
    return { version: v.number, acceptedBy: a.fullName, acceptedAt, acceptedPdfSha256, signedBy };
  });
}
