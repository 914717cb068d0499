// Use-case: import files or folders. Everything is read and validated first;
// then all accounts are written in one transaction, so a bad file stores nothing.
import type { Kysely } from "kysely";
import { formatAccountKey } from "../core/account-key.js";
import { VouchError } from "../core/errors.js";
import type { AccountData, AccountRef } from "../core/types.js";
import { type SaveCounts, saveAccountData } from "../db/save-account-data.js";
import type { DB } from "../db/schema.js";
import { planSources, readSources } from "../ingest/read-sources.js";
import { upsertAccount } from "./upsert-account.js";

export interface ImportOptions {
  account?: AccountRef | null;
  capturedAt?: number | null;
  now: number;
  /** Progress over the files read: called with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  files: number;
  accounts: (SaveCounts & { account: string; created: boolean })[];
}

export async function importSources(
  db: Kysely<DB>,
  paths: readonly string[],
  opts: ImportOptions,
): Promise<ImportSummary> {
  if (paths.length === 0) throw new VouchError("invalid_input", "name at least one file or folder to import");
  const plan = await planSources(paths);
  let done = 0;
  opts.onProgress?.(0, plan.totalFiles);
  const accounts = await readSources(plan, {
    account: opts.account ?? null,
    capturedAt: opts.capturedAt ?? null,
    now: opts.now,
    onFile: () => opts.onProgress?.(++done, plan.totalFiles),
  });

  const saved = await db.transaction().execute(async (trx) => {
    const out: ImportSummary["accounts"] = [];
    for (const data of accounts) {
      const { id, created } = await upsertAccount(trx, data.account);
      await assertCommentPostsKnown(trx, id, data);
      out.push({
        account: formatAccountKey(data.account),
        created,
        ...(await saveAccountData(trx, id, data)),
      });
    }
    return out;
  });
  return { files: plan.totalFiles, accounts: saved };
}

/** A comment must belong to a post in this import or already stored. */
async function assertCommentPostsKnown(trx: Kysely<DB>, accountId: number, data: AccountData) {
  const inBatch = new Set(data.posts.map((p) => p.platformPostId));
  const missing = new Set(
    data.comments.filter((c) => !inBatch.has(c.platformPostId)).map((c) => c.platformPostId),
  );
  if (missing.size === 0) return;
  const stored = await trx
    .selectFrom("posts")
    .select("platform_post_id")
    .where("account_id", "=", accountId)
    .where("platform_post_id", "in", [...missing])
    .execute();
  for (const row of stored) missing.delete(row.platform_post_id);
  const first = [...missing][0];
  if (first === undefined) return;
  const comment = data.comments.find((c) => c.platformPostId === first);
  throw new VouchError(
    "invalid_input",
    `comment ${comment?.platformCommentId} of ${formatAccountKey(data.account)} is on post ${first}, which is neither in this import nor stored; import the posts first or together`,
    { post: first, missing: missing.size },
  );
}
