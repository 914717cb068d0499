// Use-case: what a creator report is made from: the creator's name (the latest profile
// snapshot's full name, else the username), its latest stored audit and the one before
// it (for the change since), and its media kit's audience fit against the workspace's
// brand targets with the kit's claims (media-kits/get-creator-kit-fit.ts), scoped to the
// workspace. `report` is null before the first audit: the caller decides whether to
// audit first (the CLI) or to say so (the web app).
import type { Kysely } from "kysely";
import type { AuditResult } from "../core/audit.js";
import { readStoredAudit } from "../db/read-stored-audit.js";
import type { DB } from "../db/schema.js";
import { type AccountTarget, findAccount } from "./find-account.js";
import { type CreatorKitFit, getCreatorKitFit } from "./media-kits/get-creator-kit-fit.js";

export interface ReportData {
  creatorId: number;
  account: string;
  username: string;
  /** The shape src/report/report-model.ts's buildReportModel takes; null before the first audit. */
  report: {
    creatorName: string;
    account: string;
    audit: AuditResult;
    computedAt: string;
    previous: { audit: AuditResult; computedAt: string } | null;
    kitFit: CreatorKitFit;
  } | null;
}

export async function getReportData(
  db: Kysely<DB>,
  workspaceId: number,
  target: AccountTarget,
): Promise<ReportData> {
  const account = await findAccount(db, workspaceId, target);
  const snapshot = await db
    .selectFrom("profile_snapshots")
    .select(["full_name"])
    .where("account_id", "=", account.id)
    .orderBy("captured_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const audits = await db
    .selectFrom("audits")
    .select(["computed_at", "method_version", "result"])
    .where("account_id", "=", account.id)
    .orderBy("computed_at", "desc")
    .orderBy("id", "desc")
    .limit(2)
    .execute();
  const key = `${account.platform}:${account.username}`;
  const stored = (row: { computed_at: Date | string; method_version: string; result: unknown }) => ({
    audit: readStoredAudit(row),
    computedAt: new Date(row.computed_at).toISOString(),
  });
  const [latest, previous] = audits;
  const found = { creatorId: account.creator_id, account: key, username: account.username };
  if (!latest) return { ...found, report: null };
  return {
    ...found,
    report: {
      creatorName: snapshot?.full_name?.trim() || account.username,
      account: key,
      ...stored(latest),
      previous: previous ? stored(previous) : null,
      kitFit: await getCreatorKitFit(db, workspaceId, account.creator_id),
    },
  };
}
