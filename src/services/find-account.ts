// Looks up a stored account by platform:username, or fails with not_found.
import type { Kysely } from "kysely";
import { formatAccountKey } from "../core/account-key.js";
import { VouchError } from "../core/errors.js";
import type { AccountRef } from "../core/types.js";
import type { DB } from "../db/schema.js";

export async function findAccount(db: Kysely<DB>, ref: AccountRef) {
  const row = await db
    .selectFrom("accounts")
    .select(["id", "creator_id", "platform", "username", "platform_user_id"])
    .where("platform", "=", ref.platform)
    .where("username", "=", ref.username.toLowerCase())
    .executeTakeFirst();
  if (!row)
    throw new VouchError(
      "not_found",
      `no account ${formatAccountKey(ref)} is stored; import its data first (vouch creators lists what is stored)`,
    );
  return row;
}
