// The fields of an upload, read the same way by POST /api/v1/imports and the import
// page's form: the account for files that name none ("platform:username"), when the
// profile was captured (ISO 8601 with a zone) and whether to audit the imported creators
// (yes unless "false": every import path audits by default). Each refusal names its
// field, so the page shows it next to the input and the API in details.field.
import { parseAccountKey } from "../core/account-key.js";
import { VouchError } from "../core/errors.js";
import type { AccountRef } from "../core/types.js";
import { isoTimeToMs } from "../ingest/iso-time.js";

export interface ImportOptions {
  account: AccountRef | null;
  capturedAt: number | null;
  audit: boolean;
}

const YES = new Set(["true", "on", "1", "yes"]);
const NO = new Set(["false", "off", "0", "no"]);

export function importOptions(form: {
  account?: string;
  capturedAt?: string;
  audit?: string;
}): ImportOptions {
  const auditField = form.audit?.trim().toLowerCase() ?? "";
  if (auditField && !YES.has(auditField) && !NO.has(auditField))
    throw new VouchError("invalid_input", 'audit: write "true" or "false" (default "true")', {
      field: "audit",
    });
  const captured = form.capturedAt?.trim() ?? "";
  const capturedAt = captured ? isoTimeToMs(captured) : null;
  if (Number.isNaN(capturedAt))
    throw new VouchError(
      "invalid_input",
      "capturedAt: write an ISO 8601 date-time with a zone, e.g. 2026-10-07T08:00:00Z",
      { field: "capturedAt" },
    );
  const key = form.account?.trim() ?? "";
  let account: AccountRef | null = null;
  try {
    account = key ? parseAccountKey(key) : null;
  } catch (err) {
    throw new VouchError("invalid_input", `account: ${(err as Error).message}`, { field: "account" });
  }
  return { account, capturedAt, audit: !NO.has(auditField) };
}
