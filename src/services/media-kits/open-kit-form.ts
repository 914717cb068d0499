// Use-case (public, by link): the creator opens the media-kit form. Answers only
// what the creator may see: the asking workspace's name (nothing else of it), the
// creator's own handle, what they saved or submitted before, and their uploads.
// The first opening is recorded (status "opened"). Unknown or revoked → 404,
// expired → 410 (find-kit-request-by-token).
import type { Kysely } from "kysely";
import type { MediaKit } from "../../core/media-kit.js";
import type { DB } from "../../db/schema.js";
import { findKitRequestByToken } from "./find-kit-request-by-token.js";
import { type KitFileInfo, listKitFiles } from "./get-kit-request.js";
import { iso } from "./kit-request-summary.js";

export interface KitFormView {
  workspaceName: string;
  /** The creator's first account's username; null when the creator has no account yet. */
  creatorHandle: string | null;
  /** What the form shows: the last draft, else the submitted kit, else null (empty form). */
  saved: Partial<MediaKit> | null;
  draftSavedAt: string | null;
  submittedAt: string | null;
  expiresAt: string;
  files: KitFileInfo[];
}

export async function openKitForm(db: Kysely<DB>, token: string, now: number): Promise<KitFormView> {
  return db.transaction().execute(async (trx) => {
    const r = await findKitRequestByToken(trx, token, now);
    if (r.opened_at === null)
      await trx
        .updateTable("media_kit_requests")
        .set({ opened_at: new Date(now) })
        .where("id", "=", r.id)
        .where("opened_at", "is", null)
        .execute();
    const account = await trx
      .selectFrom("accounts")
      .select("username")
      .where("creator_id", "=", r.creator_id)
      .orderBy("id")
      .limit(1)
      .executeTakeFirst();
    return {
      workspaceName: r.workspace_name,
      creatorHandle: account?.username ?? null,
      saved: ((r.draft ?? r.kit) as Partial<MediaKit> | null) ?? null,
      draftSavedAt: iso(r.draft_saved_at),
      submittedAt: iso(r.submitted_at),
      expiresAt: iso(r.expires_at) as string,
      files: await listKitFiles(trx, r.id),
    };
  });
}
