// The one lookup of a workspace's creator by id for the working list's services: another
// workspace's id is not found, exactly like an id that does not exist.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export async function findCreator(db: Kysely<DB>, workspaceId: number, creatorId: number) {
  const row = await db
    .selectFrom("creators")
    .select(["id", "name", "status", "archived_at"])
    .where("id", "=", creatorId)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no creator ${creatorId} in this workspace`);
  return row;
}
