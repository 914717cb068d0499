// Use-case: a partnership's timeline, every status change in order.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export interface TimelineEntry {
  at: string;
  actor: string;
  from: string | null;
  to: string;
  note: string | null;
}

export async function getPartnershipTimeline(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<TimelineEntry[]> {
  const owned = await db
    .selectFrom("partnerships")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", partnershipId)
    .executeTakeFirst();
  if (!owned) throw new VouchError("not_found", `no partnership ${partnershipId}`);
  const rows = await db
    .selectFrom("partnership_events")
    .select(["at", "actor", "from_status", "to_status", "note"])
    .where("partnership_id", "=", partnershipId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    from: r.from_status,
    to: r.to_status,
    note: r.note,
  }));
}
