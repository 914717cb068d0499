// The contract trail's chain: each entry's SHA-256 covers the entry and the hash of the
// one before, so an edited entry no longer matches its hash, and a deleted one breaks
// the next entry's link. The text hashed is a fixed, ordered rendering of the fields
// (not JSON.stringify of an object whose key order could change).
import { createHash } from "node:crypto";

/** The first entry's "previous hash". */
export const TRAIL_GENESIS = "0".repeat(64);

export interface TrailEntry {
  partnershipId: number;
  seq: number;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
  kind: string;
  actor: string;
  ipHash: string | null;
  userAgent: string | null;
  /** Canonical JSON text of the entry's detail (canonicalJson). */
  detail: string;
  prevSha256: string;
}

export function trailHash(e: TrailEntry): string {
  const fields = [
    "vouch-trail-v1",
    e.partnershipId,
    e.seq,
    e.at,
    e.kind,
    e.actor,
    e.ipHash ?? "",
    e.userAgent ?? "",
    e.detail,
    e.prevSha256,
  ];
  return createHash("sha256").update(fields.map(String).join("\n")).digest("hex");
}

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export interface ChainBreak {
  seq: number;
  problem: "edited" | "missing" | "relinked";
}

/** Checks a partnership's entries (in seq order); returns the first break, or null. */
export function checkChain(entries: readonly (TrailEntry & { sha256: string })[]): ChainBreak | null {
  let prev = TRAIL_GENESIS;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { seq: expectedSeq, problem: "missing" };
    if (e.prevSha256 !== prev) return { seq: e.seq, problem: "relinked" };
    if (trailHash(e) !== e.sha256) return { seq: e.seq, problem: "edited" };
    prev = e.sha256;
    expectedSeq++;
  }
  return null;
}
