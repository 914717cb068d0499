// Use-case: delete a creator of the workspace with all of its data — accounts, posts,
// comments, samples, snapshots, counts, demographics, usernames, audits, media-kit requests
// and their files, tags and notes — in one transaction, and say how many rows went from each
// table. The account names are locked as an import locks them (upsert-account.ts), so an
// import of the same account waits for the delete and then starts afresh.
import { type Kysely, sql } from "kysely";
import type { Platform } from "../../core/types.js";
import type { DB } from "../../db/schema.js";
import { lockAccount } from "../upsert-account.js";
import type { CreatorDataSummary } from "./count-creator-data.js";
import { CREATOR_DATA_TABLES, type CreatorDataCounts, creatorRows } from "./creator-data.js";
import { findCreator } from "./find-creator.js";

export async function deleteCreator(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
): Promise<CreatorDataSummary> {
  return db.transaction().execute(async (trx) => {
    await findCreator(trx, workspaceId, creatorId);
    const accounts = await trx
      .selectFrom("accounts")
      .select(["platform", "username", "platform_user_id"])
      .where("creator_id", "=", creatorId)
      .where("workspace_id", "=", workspaceId)
      .orderBy("id")
      .execute();
    for (const a of accounts)
      await lockAccount(trx, workspaceId, {
        platform: a.platform as Platform,
        username: a.username,
        platformUserId: a.platform_user_id,
      });
    const rows = {} as CreatorDataCounts;
    for (const table of CREATOR_DATA_TABLES) {
      const result =
        await sql`delete from ${sql.table(table)} where ${creatorRows(table, creatorId)}`.execute(trx);
      rows[table] = Number(result.numAffectedRows ?? 0);
    }
    return { creatorId, accounts: accounts.map((a) => `${a.platform}:${a.username}`), rows };
  });
}
