// Use-case: a user leaves a workspace, whatever their role; its last owner cannot
// (keep-an-owner.ts). Their sessions there move to their first other workspace, so a user
// of an agency and a client stays signed in; with no other workspace they are signed out.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { keepAnOwner, lockMembership } from "./keep-an-owner.js";

/** The workspace the user's sessions continue in, or null when they were signed out. */
export async function leaveWorkspace(
  db: Kysely<DB>,
  userId: number,
  workspaceId: number,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const role = await lockMembership(trx, workspaceId, userId);
    if (role === "owner") await keepAnOwner(trx, workspaceId, userId, "you did not leave");
    await trx
      .deleteFrom("memberships")
      .where("workspace_id", "=", workspaceId)
      .where("user_id", "=", userId)
      .execute();
    const next = await trx
      .selectFrom("memberships")
      .select("workspace_id")
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .orderBy("workspace_id")
      .executeTakeFirst();
    if (next)
      await trx
        .updateTable("sessions")
        .set({ workspace_id: next.workspace_id })
        .where("user_id", "=", userId)
        .where("workspace_id", "=", workspaceId)
        .execute();
    else
      await trx
        .deleteFrom("sessions")
        .where("user_id", "=", userId)
        .where("workspace_id", "=", workspaceId)
        .execute();
    return next?.workspace_id ?? null;
  });
}
