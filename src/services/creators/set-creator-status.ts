// Use-case: move a creator of the workspace to a status on the working list (to review,
// shortlisted, contacted, rejected). Another workspace's id is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import { CREATOR_STATUSES, type CreatorStatus } from "../../core/worklist.js";
import type { DB } from "../../db/schema.js";
import { getWorklistEntry, type WorklistEntry } from "./worklist-entry.js";

export async function setCreatorStatus(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
  status: string,
): Promise<WorklistEntry> {
  if (!(CREATOR_STATUSES as readonly string[]).includes(status))
    throw new VouchError(
      "invalid_input",
      `"${status.slice(0, 40)}" is not a status: one of ${CREATOR_STATUSES.join(", ")}`,
      { field: "status" },
    );
  const hit = await db
    .updateTable("creators")
    .set({ status: status as CreatorStatus })
    .where("id", "=", creatorId)
    .where("workspace_id", "=", workspaceId)
    .returning("id")
    .executeTakeFirst();
  if (!hit) throw new VouchError("not_found", `no creator ${creatorId} in this workspace`);
  return getWorklistEntry(db, workspaceId, creatorId);
}
