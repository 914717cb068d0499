// Use-case: remove a brand target of the workspace; another workspace's id is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export async function deleteBrandTarget(
  db: Kysely<DB>,
  workspaceId: number,
  targetId: number,
): Promise<void> {
  const result = await db
    .deleteFrom("brand_targets")
    .where("id", "=", targetId)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw new VouchError("not_found", `no brand target ${targetId} in this workspace`);
}
