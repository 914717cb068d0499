// Use-case: an owner removes a member from the workspace. Their sessions there end at once
// (deleted here; validateSession would refuse them anyway, having no membership to join).
// What they made stays with the workspace: creators, audits, API tokens (created_by is
// history). The last owner cannot be removed (keep-an-owner.ts); an owner leaving is
// leave-workspace.ts.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { keepAnOwner, lockMembership } from "./keep-an-owner.js";

export async function removeMember(db: Kysely<DB>, workspaceId: number, userId: number) {
  await db.transaction().execute(async (trx) => {
    const role = await lockMembership(trx, workspaceId, userId);
    if (role === "owner") await keepAnOwner(trx, workspaceId, userId, "nobody was removed");
    await trx
      .deleteFrom("memberships")
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .execute();
    await trx
      .deleteFrom("sessions")
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .execute();
  });
}
