// Use-case: what deleting a creator would remove, table by table, for the confirmation
// page and `vouch creators delete` without --yes.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { type CreatorDataCounts, countCreatorRows } from "./creator-data.js";
import { findCreator } from "./find-creator.js";

export interface CreatorDataSummary {
  creatorId: number;
  /** The creator's accounts as platform:username. */
  accounts: string[];
  rows: CreatorDataCounts;
}

export async function countCreatorData(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
): Promise<CreatorDataSummary> {
  await findCreator(db, workspaceId, creatorId);
  const accounts = await db
    .selectFrom("accounts")
    .select(["platform", "username"])
    .where("creator_id", "=", creatorId)
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return {
    creatorId,
    accounts: accounts.map((a) => `${a.platform}:${a.username}`),
    rows: await countCreatorRows(db, creatorId),
  };
}
