// The accounts of one import as it goes: each account's id, what the import stored
// and which posts its comments need. Shared by importSources (one transaction) and
// importSourcesInSteps (short transactions on the embedded database).
import { type Kysely, sql } from "kysely";
import { formatAccountKey } from "../core/account-key.js";
import { VouchError } from "../core/errors.js";
import type { AccountData } from "../core/types.js";
import type { SaveCounts } from "../db/save-account-data.js";
import type { DB } from "../db/schema.js";
import { upsertAccount } from "./upsert-account.js";

export type AccountSummary = SaveCounts & { account: string; created: boolean };

export interface AccountState {
  id: number;
  summary: AccountSummary;
  posts: Set<string>;
  /** Post ids that comments referred to before the post was seen: post id → a comment id. */
  unseenPosts: Map<string, string>;
  /** Comment ids written by this import, while the account had none stored before it; else null. */
  newComments: Set<string> | null;
}

export async function accountState(
  trx: Kysely<DB>,
  workspaceId: number,
  states: Map<string, AccountState>,
  part: AccountData,
) {
  const key = formatAccountKey(part.account);
  let state = states.get(key);
  if (!state) {
    state = newAccountState(key);
    await openAccount(trx, workspaceId, state, part);
    states.set(key, state);
  }
  return state;
}

/** An account's state before the database is asked (id 0, assumed to have no comments stored). */
export function newAccountState(key: string): AccountState {
  return {
    id: 0,
    summary: { account: key, created: false, posts: 0, comments: 0, followers: 0, snapshotAdded: false },
    posts: new Set(),
    unseenPosts: new Map(),
    newComments: new Set(),
  };
}

/** Finds or creates the account; sets its id, whether it was created, and whether comments are stored. */
export async function openAccount(
  trx: Kysely<DB>,
  workspaceId: number,
  state: AccountState,
  part: Pick<AccountData, "account" | "usernames">,
) {
  const { id, created } = await upsertAccount(trx, workspaceId, part.account, part.usernames);
  state.id = id;
  state.summary.created = created;
  const hasComments =
    !created &&
    (await trx.selectFrom("comments").select("account_id").where("account_id", "=", id).limit(1).execute())
      .length > 0;
  if (hasComments) state.newComments = null;
}

/** True when no comment of the part can be stored already, so no conflict check is needed. */
export function commentsAllNew(state: AccountState, part: AccountData): boolean {
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

export function trackPosts(state: AccountState, part: AccountData) {
  for (const p of part.posts) {
    state.posts.add(p.platformPostId);
    state.unseenPosts.delete(p.platformPostId);
  }
  for (const c of part.comments)
    if (!state.posts.has(c.platformPostId) && !state.unseenPosts.has(c.platformPostId))
      state.unseenPosts.set(c.platformPostId, c.platformCommentId);
}

export function addCounts(into: AccountSummary, counts: SaveCounts) {
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
export async function refreshCounts(trx: Kysely<DB>, accountId: number, newComments: number | null) {
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
export async function assertCommentPostsKnown(trx: Kysely<DB>, state: AccountState) {
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
