// A partnership's status move written inside the caller's transaction: the new status and
// its timeline entry together. setPartnershipStatus checks the move first; the contract
// use-cases (issuing a version, accepting one) call it only for moves canMove allows.
import type { Transaction } from "kysely";
import type { PartnershipStatus } from "../../core/campaign.js";
import { cleanText } from "../../core/clean-text.js";
import type { DB } from "../../db/schema.js";

export async function recordStatusMove(
  trx: Transaction<DB>,
  partnershipId: number,
  move: { from: PartnershipStatus; to: PartnershipStatus; actor: string; note: string | null },
  now: number,
): Promise<void> {
  await trx
    .updateTable("partnerships")
    .set({ status: move.to, updated_at: new Date(now) })
    .where("id", "=", partnershipId)
    .execute();
  await trx
    .insertInto("partnership_events")
    .values({
      partnership_id: partnershipId,
      at: new Date(now),
      actor: move.actor,
      from_status: move.from,
      to_status: move.to,
      // A note is typed by anyone with write access: text PostgreSQL cannot store is cleaned (fuzzing found a NUL).
      note: move.note === null ? null : cleanText(move.note),
    })
    .execute();
}
