// The account behind a reset link, so its page can say at once whether the link still works
// (before anyone types a new password) and whose password it changes. Unknown, used and
// expired links get one answer: telling them apart would help nobody but a guesser.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { hashToken } from "./tokens.js";

export const RESET_LINK_INVALID = "this reset link is unknown, used already or expired; ask for a new one";

export async function findPasswordReset(db: Kysely<DB>, token: string, now: number) {
  const row = await db
    .selectFrom("password_resets as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .select(["u.id", "u.email", "u.name", "r.expires_at", "r.used_at"])
    .where("r.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || new Date(row.expires_at).getTime() <= now)
    throw new VouchError("not_found", RESET_LINK_INVALID);
  return { userId: row.id, email: row.email, name: row.name };
}
