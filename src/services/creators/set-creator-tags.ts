// Use-case: a creator's tags, replaced as a whole (what a form or PUT sends), or changed
// by adding and removing some (what the CLI's `tag` and `untag` do), in one transaction.
import type { Kysely } from "kysely";
import { normaliseTag, normaliseTags } from "../../core/worklist.js";
import type { DB } from "../../db/schema.js";
import { findCreator } from "./find-creator.js";
import { getWorklistEntry, type WorklistEntry } from "./worklist-entry.js";

export interface TagChange {
  /** The whole new set; or, without it, the tags to add and to remove. */
  set?: readonly string[];
  add?: readonly string[];
  remove?: readonly string[];
}

export async function setCreatorTags(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
  change: TagChange,
): Promise<WorklistEntry> {
  return db.transaction().execute(async (trx) => {
    await findCreator(trx, workspaceId, creatorId);
    const stored = await trx
      .selectFrom("creator_tags")
      .select("tag")
      .where("creator_id", "=", creatorId)
      .execute();
    const removed = new Set((change.remove ?? []).map(normaliseTag));
    const wanted = normaliseTags(
      change.set ?? [...stored.map((t) => t.tag).filter((t) => !removed.has(t)), ...(change.add ?? [])],
    );
    await trx.deleteFrom("creator_tags").where("creator_id", "=", creatorId).execute();
    if (wanted.length)
      await trx
        .insertInto("creator_tags")
        .values(wanted.map((tag) => ({ creator_id: creatorId, tag })))
        .execute();
    return getWorklistEntry(trx, workspaceId, creatorId);
  });
}
