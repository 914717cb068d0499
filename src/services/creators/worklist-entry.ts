// A creator's place on the working list as every edge shows it: status, tags and whether
// (since when) it is archived. Read for one creator here; listCreators reads it in bulk.
import type { Kysely } from "kysely";
import type { CreatorStatus } from "../../core/worklist.js";
import type { DB } from "../../db/schema.js";
import { findCreator } from "./find-creator.js";

export interface WorklistEntry {
  creatorId: number;
  status: CreatorStatus;
  tags: string[];
  /** ISO time the creator was archived; null while on the list. */
  archivedAt: string | null;
}

export async function getWorklistEntry(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
): Promise<WorklistEntry> {
  const creator = await findCreator(db, workspaceId, creatorId);
  const tags = await db
    .selectFrom("creator_tags")
    .select("tag")
    .where("creator_id", "=", creatorId)
    .orderBy("tag")
    .execute();
  return {
    creatorId,
    status: creator.status,
    tags: tags.map((t) => t.tag),
    archivedAt: creator.archived_at === null ? null : new Date(creator.archived_at).toISOString(),
  };
}
