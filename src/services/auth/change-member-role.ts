// Use-case: an owner gives a member another role (viewer, member, owner). The last owner
// cannot be demoted (keep-an-owner.ts). The member's sessions read the new role on their
// next request: a session carries no role of its own.
import type { Kysely } from "kysely";
import type { Role } from "../../core/roles.js";
import type { DB } from "../../db/schema.js";
import { keepAnOwner, lockMembership } from "./keep-an-owner.js";

export async function changeMemberRole(db: Kysely<DB>, workspaceId: number, userId: number, role: Role) {
  await db.transaction().execute(async (trx) => {
    const current = await lockMembership(trx, workspaceId, userId);
    if (current === role) return;
    if (current === "owner") await keepAnOwner(trx, workspaceId, userId, "the role was not changed");
    await trx
      .updateTable("memberships")
      .set({ role })
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .execute();
  });
}
