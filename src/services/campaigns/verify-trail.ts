// Use-case: is a partnership's contract trail whole? Every entry is read back, hashed
// again and checked against its own hash and its link to the one before
// (core/trail-hash.ts): an entry edited in SQL, one deleted, or one relinked shows.
import type { Kysely } from "kysely";
import { type ChainBreak, canonicalJson, checkChain } from "../../core/trail-hash.js";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "./find-partnership.js";

export interface TrailCheck {
  entries: number;
  /** null when the chain is whole. */
  broken: ChainBreak | null;
}

export async function verifyTrail(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<TrailCheck> {
  await findPartnership(db, workspaceId, partnershipId);
  const rows = await db
    .selectFrom("contract_trail")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("partnership_id", "=", partnershipId)
    .orderBy("seq")
    .execute();
  const entries = rows.map((r) => ({
    partnershipId: r.partnership_id,
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    kind: r.kind,
    actor: r.actor,
    ipHash: r.ip_hash,
    userAgent: r.user_agent,
    // jsonb keeps the value, not the text: canonical JSON gives back the text that was hashed.
    detail: canonicalJson(r.detail),
    prevSha256: r.prev_sha256,
    sha256: r.sha256,
  }));
  return { entries: entries.length, broken: checkChain(entries) };
}
