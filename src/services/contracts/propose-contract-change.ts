// Use-case: through the review link, the creator proposes a change to one term of the
// current version ("compensation.fee": "1,500 EUR", with a comment). The field must be
// one the document shows; an accepted version takes no proposals. Stored for the brand
// (list-contract-proposals.ts shows it beside the term's value), recorded on the trail
// as `change_proposed`, and the partnership goes back to negotiating: the brand answers
// with a new version.
import type { Kysely } from "kysely";
import { z } from "zod";
import { canMove, type PartnershipStatus } from "../../core/campaign.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { appendTrailIn } from "../campaigns/append-trail.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import { recordStatusMove } from "../campaigns/record-status-move.js";
import { findContractLink } from "./find-contract-link.js";
import type { Actor } from "./issue-contract-version.js";
import { linkActorName } from "./open-contract-review.js";
import { termFields } from "./term-fields.js";

export const proposalSchema = z.object({
  field: z.string().min(1, "choose the term to change").max(100),
  proposed: z.string().trim().min(1, "say what you propose instead").max(1000),
  comment: z.string().trim().max(2000).default(""),
});

export async function proposeContractChange(
  db: Kysely<DB>,
  token: string,
  input: unknown,
  visitor: Omit<Actor, "name">,
  now: number,
): Promise<{ field: string; version: number }> {
  const parsed = proposalSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = String(first?.path[0] ?? "field");
    throw new VouchError("invalid_input", `${field}: ${first?.message ?? "invalid"}`, { field });
  }
  const p = parsed.data;
  return db.transaction().execute(async (trx) => {
    const target = await findContractLink(trx, token, now);
    if (target.version.status === "accepted")
      throw new VouchError("conflict", `version ${target.version.number} is accepted: it is final`);
    if (!termFields(target.version.document).has(p.field))
      throw new VouchError("invalid_input", `field: "${p.field}" is not a term of this contract`, {
        field: "field",
      });
    await trx
      .insertInto("contract_proposals")
      .values({
        workspace_id: target.workspaceId,
        partnership_id: target.partnershipId,
        version_number: target.version.number,
        field: p.field,
        proposed: p.proposed,
        comment: p.comment,
        created_at: new Date(now),
      })
      .execute();
    const name = linkActorName(target);
    await appendTrailIn(
      trx,
      target.workspaceId,
      target.partnershipId,
      {
        kind: "change_proposed",
        actor: name,
        ...visitor,
        detail: { version: target.version.number, field: p.field, proposed: p.proposed, comment: p.comment },
      },
      now,
    );
    const partnership = await findPartnership(trx, target.workspaceId, target.partnershipId);
    const from = partnership.status as PartnershipStatus;
    if (canMove(from, "negotiating"))
      await recordStatusMove(
        trx,
        target.partnershipId,
        { from, to: "negotiating", actor: name, note: `change proposed to ${p.field}` },
        now,
      );
    return { field: p.field, version: target.version.number };
  });
}
