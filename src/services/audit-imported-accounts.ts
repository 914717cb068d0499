// Use-case: audit the accounts an upload just imported, one after another, and answer
// where each creator's page is and its median engagement rate (what the import page
// shows as each line of its result). An account that is not in the workspace is
// not_found, like any other.
import type { Kysely } from "kysely";
import { parseAccountKey } from "../core/account-key.js";
import type { DB } from "../db/schema.js";
import { auditAccount } from "./audit-account.js";
import { findAccount } from "./find-account.js";

export interface AuditedAccount {
  /** The account as "platform:username", as it was asked for. */
  account: string;
  creatorId: number;
  medianRate: number | null;
}

export async function auditImportedAccounts(
  db: Kysely<DB>,
  workspaceId: number,
  accounts: string[],
  now: number,
): Promise<AuditedAccount[]> {
  const out: AuditedAccount[] = [];
  for (const key of accounts) {
    const ref = parseAccountKey(key);
    const account = await findAccount(db, workspaceId, ref);
    const audit = await auditAccount(db, workspaceId, ref, { now });
    out.push({ account: key, creatorId: account.creator_id, medianRate: audit.result.engagement.medianRate });
  }
  return out;
}
