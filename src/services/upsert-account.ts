// Finds a workspace's account by platform and username (or by its platform id,
// when the creator renamed it), creating the creator and account on first import.
// A renamed account takes the data's name unless the stored name was seen later (older
// data of a renamed account does not rename it back); the stored name stays in its
// username history (account_usernames), which the audit shows.
// Two imports of one account at once (PostgreSQL runs them in parallel) take turns: each
// holds a lock per name and per platform id until its transaction ends.
import { type Kysely, sql } from "kysely";
import { VouchError } from "../core/errors.js";
import type { AccountData } from "../core/types.js";
import type { DB } from "../db/schema.js";

export async function upsertAccount(
  trx: Kysely<DB>,
  workspaceId: number,
  ref: AccountData["account"],
  usernames: AccountData["usernames"] = [],
) {
  await lockAccount(trx, workspaceId, ref);
  const byName = await trx
    .selectFrom("accounts")
    .select(["id", "platform_user_id"])
    .where("workspace_id", "=", workspaceId)
    .where("platform", "=", ref.platform)
    .where("username", "=", ref.username)
    .executeTakeFirst();
  if (byName) {
    // The same name with another platform id: the name was given up and taken by someone else.
    if (ref.platformUserId && byName.platform_user_id && ref.platformUserId !== byName.platform_user_id)
      throw new VouchError(
        "conflict",
        `${ref.platform}:${ref.username} is stored with platform id ${byName.platform_user_id}, but this data says ${ref.platformUserId}: the username now belongs to another account; import it under another name`,
      );
    if (ref.platformUserId && !byName.platform_user_id)
      await trx
        .updateTable("accounts")
        .set({ platform_user_id: ref.platformUserId })
        .where("id", "=", byName.id)
        .execute();
    return { id: byName.id, created: false };
  }
  if (ref.platformUserId) {
    const byId = await trx
      .selectFrom("accounts")
      .select(["id", "username"])
      .where("workspace_id", "=", workspaceId)
      .where("platform", "=", ref.platform)
      .where("platform_user_id", "=", ref.platformUserId)
      .executeTakeFirst();
    if (byId) {
      await keepStoredName(trx, byId.id, byId.username);
      const stored = await trx
        .selectFrom("account_usernames")
        .select("last_seen")
        .where("account_id", "=", byId.id)
        .where("username", "=", byId.username)
        .executeTakeFirst();
      const seen = usernames.find((u) => u.username === ref.username)?.lastSeen ?? null;
      // Without times to compare, the data being imported now is taken as the newer.
      const storedIsNewer = stored && seen !== null && new Date(stored.last_seen).getTime() > seen;
      if (!storedIsNewer)
        await trx.updateTable("accounts").set({ username: ref.username }).where("id", "=", byId.id).execute();
      return { id: byId.id, created: false };
    }
  }
  const creator = await trx
    .insertInto("creators")
    .values({ workspace_id: workspaceId, name: ref.username })
    .returning("id")
    .executeTakeFirstOrThrow();
  const account = await trx
    .insertInto("accounts")
    .values({
      workspace_id: workspaceId,
      creator_id: creator.id,
      platform: ref.platform,
      username: ref.username,
      platform_user_id: ref.platformUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: account.id, created: true };
}

/**
 * Before a rename, the stored name gets a history row if it has none (an account whose data
 * came only from formats that name no owner, CSV say): the time its stored posts and
 * profile snapshots span.
 */
async function keepStoredName(trx: Kysely<DB>, accountId: number, username: string) {
  await sql`
    insert into account_usernames (account_id, username, first_seen, last_seen)
    select ${accountId}, ${username}, min(t.at), max(t.at) from (
      select taken_at as at from posts where account_id = ${accountId}
      union all
      select captured_at from profile_snapshots where account_id = ${accountId}
    ) t
    having count(*) > 0
    on conflict (account_id, username) do nothing
  `.execute(trx);
}

/**
 * Transaction-scoped advisory locks on the account's name and platform id, taken in one
 * order: a renamed account (the same id under two names) and one imported without its id
 * (a CSV) still meet on one of them. On PGlite, a single session, they cost nothing.
 */
export async function lockAccount(trx: Kysely<DB>, workspaceId: number, ref: AccountData["account"]) {
  const keys = [`name:${ref.username}`];
  if (ref.platformUserId) keys.push(`id:${ref.platformUserId}`);
  for (const key of keys.sort())
    await sql`select pg_advisory_xact_lock(hashtextextended(${`vouch-account:${workspaceId}:${ref.platform}:${key}`}, 0))`.execute(
      trx,
    );
}
