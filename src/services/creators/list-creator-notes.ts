// Use-case: a creator's notes, newest first, each with its author and time.
import type { Kysely, Selectable } from "kysely";
import type { CreatorNotesTable, DB } from "../../db/schema.js";
import { findCreator } from "./find-creator.js";

export interface CreatorNote {
  id: number;
  text: string;
  /** The user's name or email when written; kept when the user is removed (authorId null then). */
  author: string;
  authorId: number | null;
  createdAt: string;
}

export async function listCreatorNotes(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
): Promise<CreatorNote[]> {
  await findCreator(db, workspaceId, creatorId);
  const rows = await db
    .selectFrom("creator_notes")
    .selectAll()
    .where("creator_id", "=", creatorId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toCreatorNote);
}

export function toCreatorNote(r: Selectable<CreatorNotesTable>): CreatorNote {
  return {
    id: r.id,
    text: r.text,
    author: r.author_name,
    authorId: r.author_id,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
