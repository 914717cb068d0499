// Use-case: a partnership moves on (proposed → … → closed, or cancelled), recorded in its
// timeline with who moved it, when and why. A move the deal cannot make is a conflict
// that names the moves it can.
import type { Kysely } from "kysely";
import { canMove, NEXT_STATUSES, PARTNERSHIP_STATUSES, type PartnershipStatus } from "../../core/campaign.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { recordStatusMove } from "./record-status-move.js";

export async function setPartnershipStatus(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  to: string,
  actor: string,
  note: string | null,
  now: number,
): Promise<{ id: number; status: PartnershipStatus }> {
  if (!(PARTNERSHIP_STATUSES as readonly string[]).includes(to))
    throw new VouchError(
      "invalid_input",
      `status: "${to}" is not one of ${PARTNERSHIP_STATUSES.join(", ")}`,
      {
        field: "status",
      },
    );
  const target = to as PartnershipStatus;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("partnerships")
      .select(["id", "status"])
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", partnershipId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new VouchError("not_found", `no partnership ${partnershipId}`);
    const from = row.status as PartnershipStatus;
    if (!canMove(from, target)) {
      const next = NEXT_STATUSES[from];
      throw new VouchError(
        "conflict",
        `partnership ${partnershipId} is ${from}: it cannot become ${target}${next.length ? ` (it can become ${next.join(", ")})` : " (it is final)"}`,
        { status: from },
      );
    }
    await recordStatusMove(trx, partnershipId, { from, to: target, actor, note }, now);
    return { id: partnershipId, status: target };
  });
}
