// Use-case: the creators an import touched, each audited unless the caller asked not to,
// one after another: where each creator's page is and, when audited, the audit's headline
// (median engagement rate, trust score). An account that is not in the workspace is
// not_found, like any other.
import type { Kysely } from "kysely";
import { parseAccountKey } from "../core/account-key.js";
import type { DB } from "../db/schema.js";
import { auditAccount } from "./audit-account.js";
import { findAccount } from "./find-account.js";

export interface ImportedCreator {
  /** The account as "platform:username", as the import summary names it. */
  account: string;
  creatorId: number;
  /** The audit made after the import; null when the caller asked for none. */
  audit: {
    id: number;
    medianRate: number | null;
    trustScore: number | null;
    grade: string | null;
  } | null;
}

export async function auditImportedAccounts(
  db: Kysely<DB>,
  workspaceId: number,
  accounts: readonly string[],
  opts: { audit: boolean; now: number },
): Promise<ImportedCreator[]> {
  const out: ImportedCreator[] = [];
  for (const key of accounts) {
    const ref = parseAccountKey(key);
    const account = await findAccount(db, workspaceId, ref);
    if (!opts.audit) {
      out.push({ account: key, creatorId: account.creator_id, audit: null });
      continue;
    }
    const { id, result } = await auditAccount(db, workspaceId, ref, { now: opts.now });
    out.push({
      account: key,
      creatorId: account.creator_id,
      audit: {
        id,
        medianRate: result.engagement.medianRate,
        trustScore: result.score.value,
        grade: result.score.grade?.band ?? null,
      },
    });
  }
  return out;
}
