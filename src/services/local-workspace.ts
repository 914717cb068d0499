// The workspace the command line works in: "local", created by the migrations; and the
// caller the command line acts as there (its owner: there is no signed-in user).
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { Caller } from "./auth/sessions.js";

export const LOCAL_WORKSPACE = "local";

export async function localWorkspaceId(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", LOCAL_WORKSPACE)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The local workspace's owner, as a service's caller. */
export async function localOwner(db: Kysely<DB>): Promise<Caller> {
  const row = await db
    .selectFrom("workspaces")
    .select(["id", "name"])
    .where("slug", "=", LOCAL_WORKSPACE)
    .executeTakeFirstOrThrow();
  return {
    userId: null,
    email: null,
    workspaceId: row.id,
    workspaceName: row.name || LOCAL_WORKSPACE,
    role: "owner",
    via: "token",
  };
}
