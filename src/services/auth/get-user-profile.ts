// The signed-in user's own profile for the settings page: email, name and how many owners
// their workspace has besides them (whether they may leave it; keep-an-owner.ts decides).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export async function getUserProfile(db: Kysely<DB>, userId: number, workspaceId: number) {
  const user = await db
    .selectFrom("users")
    .select(["email", "name"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const owners = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .execute();
  const others = owners.filter((o) => o.user_id !== userId).length;
  return { email: user.email, name: user.name, onlyOwner: others === 0 && owners.length === 1 };
}
