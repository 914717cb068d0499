// Use-case: the brand withdraws a review link; it answers 404 from then on, like an
// unknown one. Revoking twice keeps the first time and records it once. On the trail as
// `revoked`. Another workspace's link is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { appendTrailIn } from "../campaigns/append-trail.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import type { Actor } from "./issue-contract-version.js";

export async function revokeContractLink(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  linkId: number,
  actor: Actor,
  now: number,
): Promise<{ id: number; revokedAt: string }> {
  return db.transaction().execute(async (trx) => {
    await findPartnership(trx, workspaceId, partnershipId);
    const link = await trx
      .selectFrom("contract_links")
      .select(["id", "revoked_at"])
      .where("workspace_id", "=", workspaceId)
      .where("partnership_id", "=", partnershipId)
      .where("id", "=", linkId)
      .forUpdate()
      .executeTakeFirst();
    if (!link) throw new VouchError("not_found", `no contract link ${linkId}`);
    if (link.revoked_at) return { id: link.id, revokedAt: new Date(link.revoked_at).toISOString() };
    await trx
      .updateTable("contract_links")
      .set({ revoked_at: new Date(now) })
      .where("id", "=", linkId)
      .execute();
    await appendTrailIn(
      trx,
      workspaceId,
      partnershipId,
      {
        kind: "revoked",
        actor: actor.name,
        ipHash: actor.ipHash,
        userAgent: actor.userAgent,
        detail: { link: linkId },
      },
      now,
    );
    return { id: link.id, revokedAt: new Date(now).toISOString() };
  });
}
