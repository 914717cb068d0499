// Use-case: "sign out everywhere else". Deletes every session of the user but the one
// asking (in any of their workspaces); answers how many ended.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { hashToken } from "./tokens.js";

export async function signOutOtherSessions(db: Kysely<DB>, userId: number, currentToken: string) {
  const result = await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("id", "!=", hashToken(currentToken))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
