// Use-case: a brand makes the link a creator reviews and accepts the contract by, with no
// account: 20 random bytes (only the SHA-256 is stored, like media-kit links), valid 14
// days unless asked otherwise (at most 90). The token is in the answer once and nowhere
// else. The link always shows the partnership's current version, so it outlives a new
// version; there must be one to show. Recorded on the trail as `sent`.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { hashToken, newToken } from "../auth/tokens.js";
import { appendTrailIn } from "../campaigns/append-trail.js";
import { findPartnership } from "../campaigns/find-partnership.js";
import type { Actor } from "./issue-contract-version.js";

const DAY = 86_400_000;
export const CONTRACT_LINK_DAYS = { default: 14, max: 90 } as const;

export interface CreatedContractLink {
  id: number;
  expiresAt: string;
  /** The secret, shown once. */
  token: string;
  /** <origin>/contract/<token>. */
  url: string;
}

export async function createContractLink(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  expiresInDays: number | null,
  actor: Actor,
  opts: { now: number; origin: string },
): Promise<CreatedContractLink> {
  const days = expiresInDays ?? CONTRACT_LINK_DAYS.default;
  if (!Number.isInteger(days) || days < 1 || days > CONTRACT_LINK_DAYS.max)
    throw new VouchError(
      "invalid_input",
      `expiresInDays: must be a whole number of days from 1 to ${CONTRACT_LINK_DAYS.max}`,
      { field: "expiresInDays" },
    );
  const token = newToken("vcon");
  const expiresAt = new Date(opts.now + days * DAY);
  return db.transaction().execute(async (trx) => {
    await findPartnership(trx, workspaceId, partnershipId);
    const current = await trx
      .selectFrom("contract_versions")
      .select("number")
      .where("workspace_id", "=", workspaceId)
      .where("partnership_id", "=", partnershipId)
      .where("status", "!=", "superseded")
      .executeTakeFirst();
    if (!current)
      throw new VouchError("conflict", `partnership ${partnershipId} has no contract version to send yet`);
    const row = await trx
      .insertInto("contract_links")
      .values({
        workspace_id: workspaceId,
        partnership_id: partnershipId,
        token_hash: hashToken(token),
        created_by: actor.name,
        created_at: new Date(opts.now),
        expires_at: expiresAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendTrailIn(
      trx,
      workspaceId,
      partnershipId,
      {
        kind: "sent",
        actor: actor.name,
        ipHash: actor.ipHash,
        userAgent: actor.userAgent,
        detail: { link: row.id, version: current.number, expiresAt: expiresAt.toISOString() },
      },
      opts.now,
    );
    return {
      id: row.id,
      expiresAt: expiresAt.toISOString(),
      token,
      url: `${opts.origin}/contract/${token}`,
    };
  });
}
