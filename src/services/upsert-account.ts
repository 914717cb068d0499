// Finds a workspace's account by platform and username (or by its platform id,
// when the creator renamed it), creating the creator and account on first import.
import type { Kysely } from "kysely";
import { VouchError } from "../core/errors.js";
import type { AccountData } from "../core/types.js";
import type { DB } from "../db/schema.js";

export async function upsertAccount(trx: Kysely<DB>, workspaceId: number, ref: AccountData["account"]) {
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
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("platform", "=", ref.platform)
      .where("platform_user_id", "=", ref.platformUserId)
      .executeTakeFirst();
    if (byId) {
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
