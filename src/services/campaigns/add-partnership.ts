// Use-case: a creator joins a campaign as a proposed partnership, the first entry of its
// timeline. Campaign and creator must both be the workspace's (else 404, as if absent).
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { isUniqueViolation } from "../brand-targets/brand-target-input.js";

export async function addPartnership(
  db: Kysely<DB>,
  workspaceId: number,
  campaignId: number,
  creatorId: number,
  actor: string,
  now: number,
): Promise<{ id: number; status: "proposed" }> {
  return db.transaction().execute(async (trx) => {
    const campaign = await trx
      .selectFrom("campaigns")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", campaignId)
      .executeTakeFirst();
    if (!campaign) throw new VouchError("not_found", `no campaign ${campaignId}`);
    const creator = await trx
      .selectFrom("creators")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", creatorId)
      .executeTakeFirst();
    if (!creator) throw new VouchError("not_found", `no creator ${creatorId}`);
    let id: number;
    try {
      const row = await trx
        .insertInto("partnerships")
        .values({
          workspace_id: workspaceId,
          campaign_id: campaignId,
          creator_id: creatorId,
          status: "proposed",
          created_at: new Date(now),
          updated_at: new Date(now),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = row.id;
    } catch (err) {
      if (isUniqueViolation(err))
        throw new VouchError("conflict", `creator ${creatorId} is in campaign ${campaignId} already`);
      throw err;
    }
    await trx
      .insertInto("partnership_events")
      .values({
        partnership_id: id,
        at: new Date(now),
        actor,
        from_status: null,
        to_status: "proposed",
        note: null,
      })
      .execute();
    return { id, status: "proposed" as const };
  });
}
