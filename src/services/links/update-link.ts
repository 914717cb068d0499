// Use-case: switch a tracked link off or on, or change its expiry. The row's updated_at
// moves and its trigger notifies `vouch_links`, so every redirect drops or takes up the
// slug within moments (migration 0017). Another workspace's link is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { getLink } from "./get-link.js";
import { checkExpiry, type LinkUpdate, linkUpdateSchema, parseLinkInput } from "./link-input.js";
import type { LinkSummary } from "./link-summary.js";

export async function updateLink(
  db: Kysely<DB>,
  workspaceId: number,
  linkId: number,
  input: unknown,
  now: number,
): Promise<LinkSummary> {
  const change: LinkUpdate = parseLinkInput(linkUpdateSchema, input);
  const expiresAt = checkExpiry(change.expiresAt, now);
  const result = await db
    .updateTable("links")
    .set({
      ...(change.enabled === undefined ? {} : { enabled: change.enabled }),
      ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
      updated_at: new Date(now),
    })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", linkId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new VouchError("not_found", `no link ${linkId}`);
  return getLink(db, workspaceId, linkId);
}
