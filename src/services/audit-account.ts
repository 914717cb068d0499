// Use-case: audit one account from its stored data and store the result with
// its method version and the time range of its inputs.
import type { Kysely } from "kysely";
import {
  type AuditOptions,
  type CurrentAuditResult,
  auditAccount as computeAudit,
  DEFAULT_AUDIT_OPTIONS,
} from "../core/audit.js";
import { trustCoverage } from "../core/score-confidence.js";
import { loadAuditInput } from "../db/load-audit-input.js";
import type { DB } from "../db/schema.js";
import { type AccountTarget, findAccount } from "./find-account.js";

export interface StoredAudit {
  id: number;
  computedAt: number;
  result: CurrentAuditResult;
}

export async function auditAccount(
  db: Kysely<DB>,
  workspaceId: number,
  target: AccountTarget,
  opts: { now: number; options?: Partial<AuditOptions> },
): Promise<StoredAudit> {
  const account = await findAccount(db, workspaceId, target);
  const options = { ...DEFAULT_AUDIT_OPTIONS, ...opts.options };
  const input = await loadAuditInput(db, account, options.commentWindow);
  const result = computeAudit(input, options);
  const row = await db
    .insertInto("audits")
    .values({
      account_id: account.id,
      method_version: result.methodVersion,
      computed_at: new Date(opts.now),
      inputs_from: result.inputs.from === null ? null : new Date(result.inputs.from),
      inputs_to: result.inputs.to === null ? null : new Date(result.inputs.to),
      result: JSON.stringify(result),
      tier: result.engagement.tier,
      median_rate: result.engagement.medianRate,
      benchmark_rate: result.engagement.benchmark?.rate ?? null,
      reply_share: result.responsiveness.replyShare,
      generic_share: result.comments.genericShare,
      follower_model_version: result.models.followers,
      comment_model_version: result.models.comments,
      fake_share: result.audience.fakeShare,
      spam_share: result.comments.spamShare,
      trust_score: result.score.value,
      score_version: result.score.version,
      score_coverage: trustCoverage(result.score),
      fit_inputs: JSON.stringify({
        followers: result.account.followers,
        niches: result.niches.map((n) => ({ id: n.id, share: n.share })),
        languages: result.voice.audience.languages?.map((l) => ({ code: l.code, share: l.share })) ?? null,
      }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, computedAt: opts.now, result };
}
