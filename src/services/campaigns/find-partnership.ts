// A partnership of the workspace, or not_found as if it did not exist: the check every
// partnership use-case makes first, so another workspace's id learns nothing.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export async function findPartnership(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<{ id: number; status: string }> {
  const row = await db
    .selectFrom("partnerships")
    .select(["id", "status"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", partnershipId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no partnership ${partnershipId}`);
  return row;
}
