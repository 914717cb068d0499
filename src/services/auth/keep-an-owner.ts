// Every workspace keeps at least one owner: removing, demoting or letting go of the last one
// would leave nobody to manage members and tokens. The check runs inside the caller's
// transaction after locking the workspace's row, so two owners demoting each other at once
// take turns and the second sees the first's change (a count alone would let both pass).
import { type Kysely, sql } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

/** The member's current role, after locking the workspace; not_found when they are not a member. */
export async function lockMembership(trx: Kysely<DB>, workspaceId: number, userId: number) {
  await sql`select id from workspaces where id = ${workspaceId} for update`.execute(trx);
  const member = await trx
    .selectFrom("memberships")
    .select("role")
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!member) throw new VouchError("not_found", `no member ${userId} in this workspace`);
  return member.role;
}

/** Refuses (409) when `userId` is the workspace's only owner; `what` says what was refused. */
export async function keepAnOwner(trx: Kysely<DB>, workspaceId: number, userId: number, what: string) {
  const owners = await trx
    .selectFrom("memberships")
    .select("user_id")
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .execute();
  if (owners.length === 1 && owners[0]?.user_id === userId)
    throw new VouchError(
      "conflict",
      `${what}: this is the workspace's only owner; make another member an owner first`,
      { reason: "last_owner" },
    );
}
