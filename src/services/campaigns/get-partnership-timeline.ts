// Use-case: a partnership's timeline, every status change in order.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "./find-partnership.js";

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
  await findPartnership(db, workspaceId, partnershipId);
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
