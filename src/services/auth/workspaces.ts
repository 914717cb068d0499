// A user's workspaces, and moving a signed-in session to another of them: a user
// may belong to several (an agency and its clients); sign-in opens the first.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { Role } from "../../core/roles.js";
import type { DB } from "../../db/schema.js";
import { hashToken } from "./tokens.js";

export async function listUserWorkspaces(db: Kysely<DB>, userId: number) {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("workspaces as w", "w.id", "m.workspace_id")
    .select(["w.id", "w.name", "m.role"])
    .where("m.user_id", "=", userId)
    .orderBy("m.created_at")
    .orderBy("w.id")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role }));
}

/** The session continues in `workspaceId`, which must be one of the user's; else not found. */
export async function switchWorkspace(
  db: Kysely<DB>,
  sessionToken: string,
  userId: number,
  workspaceId: number,
) {
  const member = await db
    .selectFrom("memberships")
    .select("role")
    .where("user_id", "=", userId)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (!member) throw new VouchError("not_found", `no workspace ${workspaceId} of yours`);
  await db
    .updateTable("sessions")
    .set({ workspace_id: workspaceId })
    .where("id", "=", hashToken(sessionToken))
    .where("user_id", "=", userId)
    .execute();
}
