// Use-case: archive a creator (it leaves the working list, its data stays) or bring it
// back. Archiving twice keeps the first time.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { getWorklistEntry, type WorklistEntry } from "./worklist-entry.js";

export async function setCreatorArchived(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
  archived: boolean,
  now: number,
): Promise<WorklistEntry> {
  const hit = await db
    .updateTable("creators")
    .set((eb) => ({
      archived_at: archived ? eb.fn.coalesce("archived_at", eb.val(new Date(now))) : null,
    }))
    .where("id", "=", creatorId)
    .where("workspace_id", "=", workspaceId)
    .returning("id")
    .executeTakeFirst();
  if (!hit) throw new VouchError("not_found", `no creator ${creatorId} in this workspace`);
  return getWorklistEntry(db, workspaceId, creatorId);
}
