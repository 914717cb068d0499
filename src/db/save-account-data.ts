// Writes one account's imported data inside the caller's transaction. Rows are
// upserted by platform ids with one `insert … select from unnest(arrays)` per
// table and chunk: a few statements for 100,000 comments instead of 100,000.
// An import that lacks a field keeps the stored value (coalesce): unknown never
// overwrites known.
import { type Kysely, sql } from "kysely";
import type { AccountData, Comment, Follower, Post } from "../core/types.js";
import type { DB } from "./schema.js";

const CHUNK = 20_000;

export interface SaveCounts {
  posts: number;
  comments: number;
  followers: number;
  snapshotAdded: boolean;
}

export async function saveAccountData(
  trx: Kysely<DB>,
  accountId: number,
  data: AccountData,
): Promise<SaveCounts> {
  const snapshotAdded = data.profile ? await addSnapshotIfNewer(trx, accountId, data.profile) : false;
  for (let i = 0; i < data.posts.length; i += CHUNK)
    await upsertPosts(trx, accountId, data.posts.slice(i, i + CHUNK));
  for (let i = 0; i < data.comments.length; i += CHUNK)
    await upsertComments(trx, accountId, data.comments.slice(i, i + CHUNK));
  const capturedAt = data.followersCapturedAt ?? 0;
  for (let i = 0; i < data.followers.length; i += CHUNK)
    await upsertFollowers(trx, accountId, data.followers.slice(i, i + CHUNK), capturedAt);
  return {
    posts: data.posts.length,
    comments: data.comments.length,
    followers: data.followers.length,
    snapshotAdded,
  };
}

async function addSnapshotIfNewer(
  trx: Kysely<DB>,
  accountId: number,
  p: NonNullable<AccountData["profile"]>,
) {
  const latest = await trx
    .selectFrom("profile_snapshots")
    .select((eb) => eb.fn.max("captured_at").as("at"))
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (latest?.at && new Date(latest.at).getTime() >= p.capturedAt) return false;
  await trx
    .insertInto("profile_snapshots")
    .values({
      account_id: accountId,
      captured_at: new Date(p.capturedAt),
      followers: p.followers,
      following: p.following,
      posts: p.posts,
      full_name: p.fullName,
      bio: p.bio,
      external_url: p.externalUrl,
      is_verified: p.isVerified,
      is_business: p.isBusiness,
      category: p.category,
    })
    .execute();
  return true;
}

function upsertPosts(trx: Kysely<DB>, accountId: number, posts: Post[]) {
  return sql`
    insert into posts (account_id, platform_post_id, shortcode, taken_at, kind, caption, likes, comments, views, is_ad, sponsors, location)
    select ${accountId}, u.id, u.shortcode, to_timestamp(u.taken_at / 1000.0), u.kind, u.caption, u.likes, u.comments, u.views, u.is_ad,
           u.sponsors::jsonb, u.location
    from unnest(${col(posts, (p) => p.platformPostId)}::text[], ${col(posts, (p) => p.shortcode)}::text[],
                ${col(posts, (p) => p.takenAt)}::float8[], ${col(posts, (p) => p.kind)}::text[],
                ${col(posts, (p) => p.caption)}::text[], ${col(posts, (p) => p.likes)}::int[],
                ${col(posts, (p) => p.comments)}::int[], ${col(posts, (p) => p.views)}::bigint[],
                ${col(posts, (p) => p.isAd)}::bool[], ${col(posts, (p) => (p.sponsors ? JSON.stringify(p.sponsors) : null))}::text[],
                ${col(posts, (p) => p.location)}::text[])
      as u(id, shortcode, taken_at, kind, caption, likes, comments, views, is_ad, sponsors, location)
    on conflict (account_id, platform_post_id) do update set
      shortcode = coalesce(excluded.shortcode, posts.shortcode),
      taken_at = excluded.taken_at,
      kind = coalesce(excluded.kind, posts.kind),
      caption = coalesce(excluded.caption, posts.caption),
      likes = coalesce(excluded.likes, posts.likes),
      comments = coalesce(excluded.comments, posts.comments),
      views = coalesce(excluded.views, posts.views),
      is_ad = coalesce(excluded.is_ad, posts.is_ad),
      sponsors = coalesce(excluded.sponsors, posts.sponsors),
      location = coalesce(excluded.location, posts.location)
  `.execute(trx);
}

function upsertComments(trx: Kysely<DB>, accountId: number, comments: Comment[]) {
  return sql`
    insert into comments (account_id, platform_comment_id, platform_post_id, parent_id, author_id, author_username, text, created_at, likes)
    select ${accountId}, u.id, u.post_id, u.parent_id, u.author_id, u.author_username, u.text, to_timestamp(u.created_at / 1000.0), u.likes
    from unnest(${col(comments, (c) => c.platformCommentId)}::text[], ${col(comments, (c) => c.platformPostId)}::text[],
                ${col(comments, (c) => c.parentId)}::text[], ${col(comments, (c) => c.authorId)}::text[],
                ${col(comments, (c) => c.authorUsername)}::text[], ${col(comments, (c) => c.text)}::text[],
                ${col(comments, (c) => c.createdAt)}::float8[], ${col(comments, (c) => c.likes)}::int[])
      as u(id, post_id, parent_id, author_id, author_username, text, created_at, likes)
    on conflict (account_id, platform_comment_id) do update set
      platform_post_id = excluded.platform_post_id,
      parent_id = coalesce(excluded.parent_id, comments.parent_id),
      author_id = coalesce(excluded.author_id, comments.author_id),
      author_username = coalesce(excluded.author_username, comments.author_username),
      text = excluded.text,
      created_at = excluded.created_at,
      likes = coalesce(excluded.likes, comments.likes)
  `.execute(trx);
}

function upsertFollowers(trx: Kysely<DB>, accountId: number, followers: Follower[], capturedAt: number) {
  return sql`
    insert into follower_samples (account_id, username, platform_user_id, followers, following, posts, has_avatar, is_private, is_verified, full_name, bio_length, captured_at)
    select ${accountId}, u.username, u.id, u.followers, u.following, u.posts, u.has_avatar, u.is_private, u.is_verified, u.full_name, u.bio_length,
           to_timestamp(${capturedAt}::float8 / 1000.0)
    from unnest(${col(followers, (f) => f.username)}::text[], ${col(followers, (f) => f.platformUserId)}::text[],
                ${col(followers, (f) => f.followers)}::int[], ${col(followers, (f) => f.following)}::int[],
                ${col(followers, (f) => f.posts)}::int[], ${col(followers, (f) => f.hasAvatar)}::bool[],
                ${col(followers, (f) => f.isPrivate)}::bool[], ${col(followers, (f) => f.isVerified)}::bool[],
                ${col(followers, (f) => f.fullName)}::text[], ${col(followers, (f) => f.bioLength)}::int[])
      as u(username, id, followers, following, posts, has_avatar, is_private, is_verified, full_name, bio_length)
    on conflict (account_id, username) do update set
      platform_user_id = coalesce(excluded.platform_user_id, follower_samples.platform_user_id),
      followers = coalesce(excluded.followers, follower_samples.followers),
      following = coalesce(excluded.following, follower_samples.following),
      posts = coalesce(excluded.posts, follower_samples.posts),
      has_avatar = coalesce(excluded.has_avatar, follower_samples.has_avatar),
      is_private = coalesce(excluded.is_private, follower_samples.is_private),
      is_verified = coalesce(excluded.is_verified, follower_samples.is_verified),
      full_name = coalesce(excluded.full_name, follower_samples.full_name),
      bio_length = coalesce(excluded.bio_length, follower_samples.bio_length),
      captured_at = greatest(excluded.captured_at, follower_samples.captured_at)
  `.execute(trx);
}

/** One column of a batch as an array parameter for unnest. */
function col<T, V>(rows: readonly T[], pick: (row: T) => V): V[] {
  return rows.map(pick);
}
