// Use-case: a creator's audit history, newest first, and one stored audit by id.
// Both are scoped to the workspace: another workspace's audit is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../core/errors.js";
import { readStoredAudit } from "../db/read-stored-audit.js";
import type { DB } from "../db/schema.js";
import { findAccount } from "./find-account.js";

export async function listAudits(db: Kysely<DB>, workspaceId: number, creatorId: number) {
  const account = await findAccount(db, workspaceId, { creatorId });
  const rows = await db
    .selectFrom("audits")
    .select([
      "id",
      "computed_at",
      "method_version",
      "inputs_from",
      "inputs_to",
      "trust_score",
      "score_version",
      "result",
    ])
    .where("account_id", "=", account.id)
    .orderBy("computed_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => {
    const result = readStoredAudit(r);
    return {
      id: r.id,
      computedAt: new Date(r.computed_at).toISOString(),
      methodVersion: r.method_version,
      inputsFrom: r.inputs_from ? new Date(r.inputs_from).toISOString() : null,
      inputsTo: r.inputs_to ? new Date(r.inputs_to).toISOString() : null,
      medianRate: result.engagement.medianRate,
      replyShare: result.responsiveness.replyShare,
      genericShare: result.comments.genericShare,
      trustScore: r.trust_score,
      scoreVersion: r.score_version,
    };
  });
}

export async function getAudit(db: Kysely<DB>, workspaceId: number, auditId: number) {
  const row = await db
    .selectFrom("audits as au")
    .innerJoin("accounts as a", "a.id", "au.account_id")
    .select(["au.id", "au.computed_at", "au.method_version", "au.result", "a.creator_id"])
    .where("au.id", "=", auditId)
    .where("a.workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no audit ${auditId} in this workspace`);
  return {
    id: row.id,
    creatorId: row.creator_id,
    computedAt: new Date(row.computed_at).toISOString(),
    methodVersion: row.method_version,
    result: readStoredAudit(row),
  };
}
