// The request behind a public media-kit link, for the creator-facing services
// (open, save a draft, submit, upload). Unknown and revoked links are one and the
// same 404, so a revoked link tells nothing; an expired one is 410 "gone", which
// tells the creator to ask for a new link. Only the token's SHA-256 is looked up.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { hashToken } from "../auth/tokens.js";

/**
 * `forUpdate` (inside a transaction): the request's row is locked before it is checked, so a
 * revoke committing at the same moment either waits or is seen, never slips between the
 * check and the write (PostgreSQL; PGlite runs one transaction at a time anyway).
 */
export async function findKitRequestByToken(
  db: Kysely<DB>,
  token: string,
  now: number,
  { forUpdate = false }: { forUpdate?: boolean } = {},
) {
  const query = db
    .selectFrom("media_kit_requests as r")
    .innerJoin("workspaces as w", "w.id", "r.workspace_id")
    .select([
      "r.id",
      "r.workspace_id",
      "r.creator_id",
      "r.expires_at",
      "r.revoked_at",
      "r.opened_at",
      "r.draft",
      "r.draft_saved_at",
      "r.kit",
      "r.submitted_at",
      "w.name as workspace_name",
    ])
    .where("r.token_hash", "=", hashToken(token));
  const row = await (forUpdate ? query.forUpdate("r") : query).executeTakeFirst();
  if (!row || row.revoked_at !== null)
    throw new VouchError(
      "not_found",
      "this media-kit link is unknown or was withdrawn; ask the brand that sent it for a new one",
    );
  if (new Date(row.expires_at).getTime() <= now)
    throw new VouchError(
      "gone",
      "this media-kit link has expired; ask the brand that sent it for a new one",
      { expiresAt: new Date(row.expires_at).toISOString() },
    );
  return row;
}
