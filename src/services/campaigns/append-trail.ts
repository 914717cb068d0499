// Use-case: one entry on a partnership's contract trail (created, sent, opened, change
// proposed, version issued, accepted, revoked), chained to the entry before it
// (core/trail-hash.ts). Entries of one partnership are numbered 1, 2, 3 … under a
// transaction-scoped lock, so two at once cannot both take the same place. The caller
// passes a hash of the visitor's address, never the address itself.
import { type Kysely, sql, type Transaction } from "kysely";
import { canonicalJson, TRAIL_GENESIS, type TrailEntry, trailHash } from "../../core/trail-hash.js";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "./find-partnership.js";

export const TRAIL_KINDS = [
  "created",
  "sent",
  "opened",
  "change_proposed",
  "version_issued",
  "accepted",
  "revoked",
] as const;
export type TrailKind = (typeof TRAIL_KINDS)[number];

/** A lock space of our own for pg_advisory_xact_lock(int, int). */
const TRAIL_LOCK = 1_502_150;

export interface TrailInput {
  kind: TrailKind;
  actor: string;
  ipHash: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}

export async function appendTrail(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  input: TrailInput,
  now: number,
): Promise<{ seq: number; sha256: string }> {
  return db.transaction().execute(async (trx) => {
    await findPartnership(trx, workspaceId, partnershipId);
    return appendTrailIn(trx, workspaceId, partnershipId, input, now);
  });
}

/**
 * The same, inside the caller's transaction (a use-case that writes and records it in one
 * go: issuing a version, accepting one); the caller has checked the partnership.
 */
export async function appendTrailIn(
  trx: Transaction<DB>,
  workspaceId: number,
  partnershipId: number,
  input: TrailInput,
  now: number,
): Promise<{ seq: number; sha256: string }> {
  await sql`select pg_advisory_xact_lock(${TRAIL_LOCK}, ${partnershipId})`.execute(trx);
  const last = await trx
    .selectFrom("contract_trail")
    .select(["seq", "sha256"])
    .where("partnership_id", "=", partnershipId)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  const entry: TrailEntry = {
    partnershipId,
    seq: (last?.seq ?? 0) + 1,
    at: new Date(now).toISOString(),
    kind: input.kind,
    actor: input.actor,
    ipHash: input.ipHash,
    userAgent: input.userAgent,
    detail: canonicalJson(input.detail),
    prevSha256: last?.sha256 ?? TRAIL_GENESIS,
  };
  const sha256 = trailHash(entry);
  await trx
    .insertInto("contract_trail")
    .values({
      workspace_id: workspaceId,
      partnership_id: partnershipId,
      seq: entry.seq,
      at: new Date(now),
      kind: entry.kind,
      actor: entry.actor,
      ip_hash: entry.ipHash,
      user_agent: entry.userAgent,
      detail: entry.detail,
      prev_sha256: entry.prevSha256,
      sha256,
    })
    .execute();
  return { seq: entry.seq, sha256 };
}
