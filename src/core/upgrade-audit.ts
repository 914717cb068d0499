// Stored audits upgraded on read. A result is stored as its method version computed it; one
// step per version (audit-versions/audit-vN.ts: vN → vN+1) turns it into the next version's
// shape, setting what that version added to null and naming it in `notComputed`, so every
// reader gets one AuditResult and shows "not computed by audit-vN" instead of a made-up
// figure. Pure: the database read (db/read-stored-audit.ts) hands the JSON and its version.
import type { AuditResult } from "./audit-result.js";
import { type AuditV1, upgradeAuditV1 } from "./audit-versions/audit-v1.js";
import { type AuditV2, upgradeAuditV2 } from "./audit-versions/audit-v2.js";
import { type AuditV3, upgradeAuditV3 } from "./audit-versions/audit-v3.js";
import { type AuditV4, upgradeAuditV4 } from "./audit-versions/audit-v4.js";
import { type AuditV5, upgradeAuditV5 } from "./audit-versions/audit-v5.js";
import { VouchError } from "./errors.js";

/** Every method version a stored result may have, oldest first; the last is METHOD_VERSION. */
export const METHOD_VERSIONS = [
  "audit-v1",
  "audit-v2",
  "audit-v3",
  "audit-v4",
  "audit-v5",
  "audit-v6",
] as const;
type MethodVersion = (typeof METHOD_VERSIONS)[number];

interface StoredShapes {
  "audit-v1": AuditV1;
  "audit-v2": AuditV2;
  "audit-v3": AuditV3;
  "audit-v4": AuditV4;
  "audit-v5": AuditV5;
  "audit-v6": AuditResult;
}

const V1_PARTS = [
  "options",
  "account",
  "inputs",
  "engagement",
  "responsiveness",
  "comments",
  "notEnoughData",
];
const V2_PARTS = [...V1_PARTS, "audience", "models"];
const V3_PARTS = [...V2_PARTS, "score", "anomalies", "growth", "disclosure", "niches", "nicheBasis", "voice"];
const V4_PARTS = [...V3_PARTS, "usernames"];

/** The top-level parts each version stored; the steps rely on these being there. */
const STORED_PARTS: Record<MethodVersion, readonly string[]> = {
  "audit-v1": V1_PARTS,
  "audit-v2": V2_PARTS,
  "audit-v3": V3_PARTS,
  "audit-v4": V4_PARTS,
  "audit-v5": V4_PARTS,
  "audit-v6": V4_PARTS,
};

/**
 * The stored result `stored` (parsed JSON) of method `methodVersion` (the audits row's
 * column, which names the method that computed it) as the current AuditResult.
 */
export function upgradeAudit(stored: unknown, methodVersion: string): AuditResult {
  if (!isMethodVersion(methodVersion))
    throw new VouchError(
      "conflict",
      `a stored audit was computed by method "${methodVersion}", which this version of Vouch cannot read (it reads ${METHOD_VERSIONS[0]} to ${METHOD_VERSIONS[METHOD_VERSIONS.length - 1]}): update Vouch, or re-run the audit`,
      { methodVersion },
    );
  if (!isRecord(stored)) throw broken(methodVersion, "it is not a JSON object");
  // A stored `notComputed` (audit-v5 and later store an empty one) is recomputed by the steps below.
  const doc: Record<string, unknown> = { ...stored, methodVersion, notComputed: [] };
  switch (methodVersion) {
    case "audit-v1":
      return fromV1(asStored(doc, methodVersion));
    case "audit-v2":
      return fromV2(asStored(doc, methodVersion));
    case "audit-v3":
      return fromV3(asStored(doc, methodVersion));
    case "audit-v4":
      return fromV4(asStored(doc, methodVersion));
    case "audit-v5":
      return fromV5(asStored(doc, methodVersion));
    case "audit-v6":
      return asStored(doc, methodVersion);
  }
}

const fromV5 = (a: AuditV5): AuditResult => upgradeAuditV5(a);
const fromV4 = (a: AuditV4): AuditResult => fromV5(upgradeAuditV4(a));
const fromV3 = (a: AuditV3): AuditResult => fromV4(upgradeAuditV3(a));
const fromV2 = (a: AuditV2): AuditResult => fromV3(upgradeAuditV2(a));
const fromV1 = (a: AuditV1): AuditResult => fromV2(upgradeAuditV1(a));

function isMethodVersion(v: string): v is MethodVersion {
  return (METHOD_VERSIONS as readonly string[]).includes(v);
}

function asStored<V extends MethodVersion>(doc: Record<string, unknown>, version: V): StoredShapes[V] {
  if (hasStoredParts(doc, version)) return doc;
  const missing = STORED_PARTS[version].filter((k) => !(k in doc));
  throw broken(
    version,
    missing.length ? `it lacks ${missing.join(", ")}` : "its comments or engagement are not objects",
  );
}

/**
 * The parts `version` stored are there, with the containers the steps read into (comment
 * examples, per-post counts, repeat commenters). The figures inside are as auditAccount of
 * that version wrote them and are not checked one by one.
 */
function hasStoredParts<V extends MethodVersion>(
  doc: Record<string, unknown>,
  version: V,
): doc is Record<string, unknown> & StoredShapes[V] {
  if (!STORED_PARTS[version].every((k) => k in doc)) return false;
  const { engagement, comments } = doc;
  return (
    isRecord(engagement) &&
    isRecord(comments) &&
    isRecord(comments.examples) &&
    Array.isArray(comments.perPost) &&
    Array.isArray(comments.repeatCommenters)
  );
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function broken(version: string, problem: string): VouchError {
  return new VouchError(
    "conflict",
    `a stored ${version} audit cannot be read: ${problem}; re-run the audit`,
    {
      methodVersion: version,
    },
  );
}
