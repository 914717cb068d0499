// Use-case (public, by link): the creator saves what they have so far, to come
// back later. The shape is checked (mediaKitSchema: a share of 140 or a three-digit
// country is refused, naming the field) but a draft may be incomplete: sections
// may be missing and shares need not add up yet. Saving after a submission keeps
// the submitted kit as it is until the creator submits again.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { findKitRequestByToken } from "./find-kit-request-by-token.js";
import { parseKitInput } from "./parse-kit-input.js";

export async function saveKitDraft(db: Kysely<DB>, token: string, input: unknown, now: number) {
  const draft = parseKitInput(input, "draft");
  return db.transaction().execute(async (trx) => {
    const r = await findKitRequestByToken(trx, token, now, { forUpdate: true });
    await trx
      .updateTable("media_kit_requests")
      .set({
        draft: JSON.stringify(draft),
        draft_saved_at: new Date(now),
        opened_at: r.opened_at ?? new Date(now),
      })
      .where("id", "=", r.id)
      .execute();
    return { savedAt: new Date(now).toISOString() };
  });
}
