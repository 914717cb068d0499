// The workspace the command line works in: "local", created by the migrations.
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

export const LOCAL_WORKSPACE = "local";

export async function localWorkspaceId(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", LOCAL_WORKSPACE)
    .executeTakeFirstOrThrow();
  return row.id;
}
