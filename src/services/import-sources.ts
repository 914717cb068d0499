// Use-case: import files or folders in one transaction, so a bad file stores
// nothing. Parts are stored as they are read: while the database writes one
// part, the next is parsed (on PostgreSQL the two run on different cores), and
// a large folder is never held in memory whole.
import { type Kysely, sql } from "kysely";
import { formatAccountKey } from "../core/account-key.js";
import { VouchError } from "../core/errors.js";
import type { AccountData, AccountRef } from "../core/types.js";
import { type SaveCounts, saveAccountData } from "../db/save-account-data.js";
import type { DB } from "../db/schema.js";
import { planSources, readParts } from "../ingest/read-sources.js";
import { upsertAccount } from "./upsert-account.js";

export interface ImportOptions {
  account?: AccountRef | null;
  capturedAt?: number | null;
  now: number;
  /** Progress over the files read: called with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export type AccountSummary = SaveCounts & { account: string; created: boolean };

export interface ImportSummary {
  files: number;
  accounts: AccountSummary[];
}

interface AccountState {
  id: number;
  summary: AccountSummary;
  posts: Set<string>;
  /** Post ids that comments referred to before the post was seen: post id → a comment id. */
  unseenPosts: Map<string, string>;
  /** Comment ids written by this import, while the account had none stored before it; else null. */
  newComments: Set<string> | null;
}

export async function importSources(
  db: Kysely<DB>,
  workspaceId: number,
  paths: readonly string[],
  opts: ImportOptions,
): Promise<ImportSummary> {
  if (paths.length === 0) throw new VouchError("invalid_input", "name at least one file or folder to import");
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

async function accountState(
  trx: Kysely<DB>,
  workspaceId: number,
  states: Map<string, AccountState>,
  part: AccountData,
) {
  const key = formatAccountKey(part.account);
  let state = states.get(key);
  if (!state) {
    const { id, created } = await upsertAccount(trx, workspaceId, part.account, part.usernames);
    const summary = { account: key, created, posts: 0, comments: 0, followers: 0, snapshotAdded: false };
    const hasComments =
      !created &&
      (await trx.selectFrom("comments").select("account_id").where("account_id", "=", id).limit(1).execute())
        .length > 0;
    state = {
      id,
      summary,
      posts: new Set(),
      unseenPosts: new Map(),
      newComments: hasComments ? null : new Set(),
    };
    states.set(key, state);
  }
  return state;
}

/** True when no comment of the part can be stored already, so no conflict check is needed. */
function commentsAllNew(state: AccountState, part: AccountData): boolean {
  const written = state.newComments;
  if (!written) return false;
  for (const c of part.comments)
    if (written.has(c.platformCommentId)) {
      state.newComments = null; // the same comment twice in one import: upsert from here on
      return false;
    }
  for (const c of part.comments) written.add(c.platformCommentId);
  return true;
}

function trackPosts(state: AccountState, part: AccountData) {
  for (const p of part.posts) {
    state.posts.add(p.platformPostId);
    state.unseenPosts.delete(p.platformPostId);
  }
  for (const c of part.comments)
    if (!state.posts.has(c.platformPostId) && !state.unseenPosts.has(c.platformPostId))
      state.unseenPosts.set(c.platformPostId, c.platformCommentId);
}

function addCounts(into: AccountSummary, counts: SaveCounts) {
  into.posts += counts.posts;
  into.comments += counts.comments;
  into.followers += counts.followers;
  into.snapshotAdded ||= counts.snapshotAdded;
}

/**
 * The account's row counts, kept on the account for lists (see migration 0002).
 * `newComments`: when every comment of a first import was a plain insert, their
 * number is the count, and 100,000 rows need not be counted again.
 */
async function refreshCounts(trx: Kysely<DB>, accountId: number, newComments: number | null) {
  const comments =
    newComments === null
      ? sql`(select count(*) from comments c where c.account_id = a.id)`
      : sql`${newComments}::bigint`;
  await sql`update accounts a set
      stored_posts = (select count(*) from posts p where p.account_id = a.id),
      stored_comments = ${comments},
      stored_followers = (select count(*) from follower_samples f where f.account_id = a.id)
    where a.id = ${accountId}`.execute(trx);
}

/** A comment must belong to a post in this import or already stored. */
async function assertCommentPostsKnown(trx: Kysely<DB>, state: AccountState) {
  if (state.unseenPosts.size === 0) return;
  const stored = await trx
    .selectFrom("posts")
    .select("platform_post_id")
    .where("account_id", "=", state.id)
    .where("platform_post_id", "in", [...state.unseenPosts.keys()])
    .execute();
  for (const row of stored) state.unseenPosts.delete(row.platform_post_id);
  const [post, comment] = state.unseenPosts.entries().next().value ?? [];
  if (post === undefined) return;
  throw new VouchError(
    "invalid_input",
    `comment ${comment} of ${state.summary.account} is on post ${post}, which is neither in this import nor stored; import the posts first or together`,
    { post, missing: state.unseenPosts.size },
  );
}
