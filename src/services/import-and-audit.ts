// Use-case: the one import path of the API, the import page and `vouch import`. Each hands
// its own way of reading the data (an upload, in a worker or in the caller's thread; local
// paths, in steps beside a running server) and gets the same answer: what was stored, and
// every creator it touched audited, unless the caller asked to skip the audit (a bulk load
// audited later). The import's own work stays in import-sources.ts and import-upload.ts.
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { auditImportedAccounts, type ImportedCreator } from "./audit-imported-accounts.js";
import type { ImportSummary } from "./import-sources.js";

export interface ImportAndAuditOptions {
  /** Audit every imported account after the import (the default everywhere). */
  audit: boolean;
  now: number;
}

export type ImportResult = ImportSummary & {
  /** Whether the imported creators were audited (false when the caller asked not to). */
  audited: boolean;
  /** Each imported account's creator, with its new audit unless skipped. */
  creators: ImportedCreator[];
};

export async function importAndAudit(
  db: Kysely<DB>,
  workspaceId: number,
  runImport: () => Promise<ImportSummary>,
  opts: ImportAndAuditOptions,
): Promise<ImportResult> {
  // The import is committed before the audits start: a failed audit leaves the data stored,
  // and the creator page offers to audit again.
  const summary = await runImport();
  const creators = await auditImportedAccounts(
    db,
    workspaceId,
    summary.accounts.map((a) => a.account),
    opts,
  );
  return { ...summary, audited: opts.audit, creators };
}
