// Use-case: the brand withdraws a media-kit link; the link answers 404 from then
// on. Revoking twice keeps the first time. Another workspace's id is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { type KitRequestSummary, selectKitRequests, toKitRequestSummary } from "./kit-request-summary.js";

export async function revokeKitRequest(
  db: Kysely<DB>,
  workspaceId: number,
  requestId: number,
  now: number,
): Promise<KitRequestSummary> {
  return db.transaction().execute(async (trx) => {
    const hit = await trx
      .updateTable("media_kit_requests")
      .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(new Date(now))) }))
      .where("id", "=", requestId)
      .where("workspace_id", "=", workspaceId)
      .returning("id")
      .executeTakeFirst();
    if (!hit) throw new VouchError("not_found", `no media-kit request ${requestId}`);
    const row = await selectKitRequests(trx, workspaceId)
      .where("r.id", "=", requestId)
      .executeTakeFirstOrThrow();
    return toKitRequestSummary(row, now);
  });
}
