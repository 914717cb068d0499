// Use-case: import files or folders in one transaction, so a bad file stores
// nothing (on a shared embedded database, in steps instead: import-in-steps.ts). Parts are stored as they are read: while the database writes one
// part, the next is parsed (on PostgreSQL the two run on different cores), and
// a large folder is never held in memory whole.
import type { Kysely } from "kysely";
import { VouchError } from "../core/errors.js";
import type { AccountRef } from "../core/types.js";
import { saveAccountData } from "../db/save-account-data.js";
import type { DB } from "../db/schema.js";
import { planSources, readParts } from "../ingest/read-sources.js";
import {
  type AccountState,
  type AccountSummary,
  accountState,
  addCounts,
  assertCommentPostsKnown,
  commentsAllNew,
  refreshCounts,
  trackPosts,
} from "./import-accounts.js";
import { importSourcesInSteps, newJournal } from "./import-in-steps.js";

export type { AccountSummary } from "./import-accounts.js";

export interface ImportOptions {
  account?: AccountRef | null;
  capturedAt?: number | null;
  now: number;
  /** Progress over the files read: called with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /**
   * The embedded database's data folder, when other connections share its one session
   * (the web server's): the import then runs in short transactions with a journal in
   * that folder (import-in-steps.ts), not in one long one.
   */
  sharedDataDir?: string | null;
}

export interface ImportSummary {
  files: number;
  accounts: AccountSummary[];
}

export async function importSources(
  db: Kysely<DB>,
  workspaceId: number,
  paths: readonly string[],
  opts: ImportOptions,
): Promise<ImportSummary> {
  if (paths.length === 0) throw new VouchError("invalid_input", "name at least one file or folder to import");
  if (opts.sharedDataDir)
    return importSourcesInSteps(db, workspaceId, paths, opts, newJournal(opts.sharedDataDir));
  const plan = await planSources(paths);
  let done = 0;
  opts.onProgress?.(0, plan.totalFiles);
  const parts = readParts(plan, {
    account: opts.account ?? null,
    capturedAt: opts.capturedAt ?? null,
    now: opts.now,
    onFile: () => opts.onProgress?.(++done, plan.totalFiles),
  });

  const accounts = await db.transaction().execute(async (trx) => {
    const states = new Map<string, AccountState>();
    // At most one write in flight: it runs while the next part is parsed.
    let writing: Promise<void> = Promise.resolve();
    try {
      for await (const part of parts) {
        await writing;
        const state = await accountState(trx, workspaceId, states, part);
        trackPosts(state, part);
        const allNew = commentsAllNew(state, part);
        writing = saveAccountData(trx, state.id, part, allNew).then((counts) =>
          addCounts(state.summary, counts),
        );
        writing.catch(() => {}); // awaited on the next turn or below; this only marks it handled
      }
      await writing;
    } finally {
      await writing.catch(() => {});
    }
    for (const state of states.values()) {
      await assertCommentPostsKnown(trx, state);
      await refreshCounts(trx, state.id, state.newComments?.size ?? null);
    }
    return [...states.values()].map((s) => s.summary);
  });
  return { files: plan.totalFiles, accounts };
}
