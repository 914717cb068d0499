// Use-case: a note on a creator, kept with its author and time. The author is the signed-in
// user; an API token or the command line has no user, so the edge names it (authorName).
import type { Kysely } from "kysely";
import { normaliseNote } from "../../core/worklist.js";
import type { DB } from "../../db/schema.js";
import type { Caller } from "../auth/sessions.js";
import { findCreator } from "./find-creator.js";
import { type CreatorNote, toCreatorNote } from "./list-creator-notes.js";

export async function addCreatorNote(
  db: Kysely<DB>,
  caller: Pick<Caller, "workspaceId" | "userId" | "email">,
  creatorId: number,
  input: { text: string; authorName?: string },
  now: number,
): Promise<CreatorNote> {
  const text = normaliseNote(input.text);
  return db.transaction().execute(async (trx) => {
    await findCreator(trx, caller.workspaceId, creatorId);
    const user =
      caller.userId === null
        ? undefined
        : await trx
            .selectFrom("users")
            .select(["name", "email"])
            .where("id", "=", caller.userId)
            .executeTakeFirst();
    const row = await trx
      .insertInto("creator_notes")
      .values({
        creator_id: creatorId,
        author_id: caller.userId,
        author_name: user?.name || user?.email || input.authorName || caller.email || "API token",
        text,
        created_at: new Date(now),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCreatorNote(row);
  });
}
