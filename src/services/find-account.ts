// Looks up a stored account of one workspace, by platform:username or by its
// creator's id, or fails with not_found: another workspace's data does not exist here.
// A name no account has now finds the account that had it most recently (a renamed one).
import type { Kysely } from "kysely";
import { formatAccountKey } from "../core/account-key.js";
import { VouchError } from "../core/errors.js";
import type { AccountRef } from "../core/types.js";
import type { DB } from "../db/schema.js";

export type AccountTarget = AccountRef | { creatorId: number };

export async function findAccount(db: Kysely<DB>, workspaceId: number, target: AccountTarget) {
  let query = db
    .selectFrom("accounts")
    .select(["id", "creator_id", "platform", "username", "platform_user_id"])
    .where("workspace_id", "=", workspaceId);
  query =
    "creatorId" in target
      ? query.where("creator_id", "=", target.creatorId).orderBy("id").limit(1)
      : query.where("platform", "=", target.platform).where("username", "=", target.username.toLowerCase());
  const row =
    (await query.executeTakeFirst()) ??
    ("creatorId" in target ? undefined : await byPastName(db, workspaceId, target));
  if (!row)
    throw new VouchError(
      "not_found",
      "creatorId" in target
        ? `no creator ${target.creatorId} in this workspace`
        : `no account ${formatAccountKey(target)} is stored; import its data first (vouch creators lists what is stored)`,
    );
  return row;
}

function byPastName(db: Kysely<DB>, workspaceId: number, target: AccountRef) {
  return db
    .selectFrom("accounts")
    .innerJoin("account_usernames as u", "u.account_id", "accounts.id")
    .select(["accounts.id", "creator_id", "platform", "accounts.username", "platform_user_id"])
    .where("workspace_id", "=", workspaceId)
    .where("platform", "=", target.platform)
    .where("u.username", "=", target.username.toLowerCase())
    .orderBy("u.last_seen", "desc")
    .limit(1)
    .executeTakeFirst();
}
