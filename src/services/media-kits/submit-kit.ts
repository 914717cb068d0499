// Use-case (public, by link): the creator submits the media kit. Fully checked:
// mediaKitSchema, then core's share rules; any error names its field and stores
// nothing. Submitting is idempotent: the same kit again changes nothing and answers
// the same. The creator may correct a submitted kit until the link expires or is
// revoked: the new kit replaces the old, `submitted_at` stays the first
// submission's, and `draft_saved_at` records when it last changed (the draft is
// cleared, so the brand sees no pending changes).
import { isDeepStrictEqual } from "node:util";
import type { Kysely } from "kysely";
import type { MediaKit } from "../../core/media-kit.js";
import type { DB } from "../../db/schema.js";
import { findKitRequestByToken } from "./find-kit-request-by-token.js";
import { iso } from "./kit-request-summary.js";
import { parseKitInput } from "./parse-kit-input.js";

export interface SubmittedKit {
  kit: MediaKit;
  /** When the kit was first submitted. */
  submittedAt: string;
  /** "created" (first submission), "updated" (a changed kit), "unchanged" (the same kit again). */
  outcome: "created" | "updated" | "unchanged";
}

export async function submitKit(
  db: Kysely<DB>,
  token: string,
  input: unknown,
  now: number,
): Promise<SubmittedKit> {
  const kit = parseKitInput(input, "submit");
  return db.transaction().execute(async (trx) => {
    const r = await findKitRequestByToken(trx, token, now, { forUpdate: true });
    const first = r.submitted_at === null;
    if (!first && isDeepStrictEqual(r.kit, kit) && r.draft === null)
      return { kit, submittedAt: iso(r.submitted_at) as string, outcome: "unchanged" };
    const changed = first || !isDeepStrictEqual(r.kit, kit);
    await trx
      .updateTable("media_kit_requests")
      .set({
        kit: JSON.stringify(kit),
        submitted_at: r.submitted_at ?? new Date(now),
        draft: null,
        // A submission that only discards a draft does not change the kit: keep its time.
        draft_saved_at: changed ? new Date(now) : r.draft_saved_at,
        opened_at: r.opened_at ?? new Date(now),
      })
      .where("id", "=", r.id)
      .execute();
    return {
      kit,
      submittedAt: iso(r.submitted_at ?? new Date(now)) as string,
      outcome: first ? "created" : changed ? "updated" : "unchanged",
    };
  });
}
