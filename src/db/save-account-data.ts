// Writes one account's imported data inside the caller's transaction. Rows are
// upserted by platform ids with one `insert … select from json_to_recordset($1)`
// per table and chunk: the batch travels as one JSON text, which both PostgreSQL
// and PGlite parse faster than one array parameter per column.
// An import that lacks a field keeps the stored value (coalesce): unknown never
// overwrites known.
import { type Kysely, sql } from "kysely";
import { cleanText, storableJson } from "../core/clean-text.js";
import type {
  AccountData,
  AccountDemographic,
  Comment,
  DailyCount,
  Follower,
  Post,
  UsernameSighting,
} from "../core/types.js";
import type { DB } from "./schema.js";

const CHUNK = 20_000;

export interface SaveCounts {
  posts: number;
  comments: number;
  followers: number;
  snapshotAdded: boolean;
}

/**
 * `newComments` promises that none of the comments is stored yet (a first import):
 * they are then inserted without the conflict check, a quarter faster.
 */
export async function saveAccountData(
  trx: Kysely<DB>,
  accountId: number,
  data: AccountData,
  newComments = false,
): Promise<SaveCounts> {
  const snapshotAdded = data.profile ? await addSnapshotIfNewer(trx, accountId, data.profile) : false;
  if (data.usernames.length) await upsertUsernames(trx, accountId, data.usernames);
  for (let i = 0; i < data.posts.length; i += CHUNK)
    await upsertPosts(trx, accountId, data.posts.slice(i, i + CHUNK));
  for (let i = 0; i < data.comments.length; i += CHUNK)
    await upsertComments(trx, accountId, data.comments.slice(i, i + CHUNK), newComments);
  const capturedAt = data.followersCapturedAt ?? 0;
  for (let i = 0; i < data.followers.length; i += CHUNK)
    await upsertFollowers(trx, accountId, data.followers.slice(i, i + CHUNK), capturedAt);
  const days = oneRowPerDay(data.dailyCounts);
  for (let i = 0; i < days.length; i += CHUNK)
    await upsertDailyCounts(trx, accountId, days.slice(i, i + CHUNK));
  const counts = oneRowPerKey(data.demographics);
  for (let i = 0; i < counts.length; i += CHUNK)
    await upsertDemographics(trx, accountId, counts.slice(i, i + CHUNK));
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
      full_name: p.fullName === null ? null : cleanText(p.fullName),
      bio: p.bio === null ? null : cleanText(p.bio),
      external_url: p.externalUrl === null ? null : cleanText(p.externalUrl),
      is_verified: p.isVerified,
      is_business: p.isBusiness,
      category: p.category === null ? null : cleanText(p.category),
    })
    .execute();
  return true;
}

/** A name seen again widens its span; the spans of other names stay. */
function upsertUsernames(trx: Kysely<DB>, accountId: number, usernames: UsernameSighting[]) {
  return sql`
    insert into account_usernames (account_id, username, first_seen, last_seen)
    select ${accountId}, u.username, to_timestamp(u."firstSeen" / 1000.0), to_timestamp(u."lastSeen" / 1000.0)
    from json_to_recordset(${JSON.stringify(usernames)}::json) as u(username text, "firstSeen" float8, "lastSeen" float8)
    on conflict (account_id, username) do update set
      first_seen = least(excluded.first_seen, account_usernames.first_seen),
      last_seen = greatest(excluded.last_seen, account_usernames.last_seen)
  `.execute(trx);
}

function upsertPosts(trx: Kysely<DB>, accountId: number, posts: Post[]) {
  const rows = posts.map((p) => ({
    ...p,
    sponsors: p.sponsors ? JSON.stringify(p.sponsors.map(cleanText)) : null,
    pinned: p.pinned ?? null,
    paidPartnership: p.paidPartnership ?? null,
    likesHidden: p.likesHidden ?? null,
  }));
  return sql`
    insert into posts (account_id, platform_post_id, shortcode, taken_at, kind, caption, likes, comments, views, is_ad, sponsors,
                       location, pinned, paid_partnership, likes_hidden)
    select ${accountId}, u."platformPostId", u.shortcode, to_timestamp(u."takenAt" / 1000.0), u.kind, u.caption, u.likes, u.comments,
           u.views, u."isAd", u.sponsors::jsonb, u.location, u.pinned, u."paidPartnership", u."likesHidden"
    from json_to_recordset(${storableJson(rows)}::json) as u("platformPostId" text, shortcode text, "takenAt" float8, kind text,
      caption text, likes bigint, comments bigint, views bigint, "isAd" bool, sponsors text, location text, pinned bool,
      "paidPartnership" bool, "likesHidden" bool)
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
      location = coalesce(excluded.location, posts.location),
      pinned = coalesce(excluded.pinned, posts.pinned),
      paid_partnership = coalesce(excluded.paid_partnership, posts.paid_partnership),
      likes_hidden = coalesce(excluded.likes_hidden, posts.likes_hidden)
  `.execute(trx);
}

function upsertComments(trx: Kysely<DB>, accountId: number, comments: Comment[], insertOnly: boolean) {
  return sql`
    insert into comments (account_id, platform_comment_id, platform_post_id, parent_id, author_id, author_username, text, created_at, likes)
    select ${accountId}, u."platformCommentId", u."platformPostId", u."parentId", u."authorId", u."authorUsername", u.text,
           to_timestamp(u."createdAt" / 1000.0), u.likes
    from json_to_recordset(${storableJson(comments)}::json) as u("platformCommentId" text, "platformPostId" text,
      "parentId" text, "authorId" text, "authorUsername" text, text text, "createdAt" float8, likes bigint)
    ${
      insertOnly
        ? sql``
        : sql`on conflict (account_id, platform_comment_id) do update set
      platform_post_id = excluded.platform_post_id,
      parent_id = coalesce(excluded.parent_id, comments.parent_id),
      author_id = coalesce(excluded.author_id, comments.author_id),
      author_username = coalesce(excluded.author_username, comments.author_username),
      text = excluded.text,
      created_at = excluded.created_at,
      likes = coalesce(excluded.likes, comments.likes)`
    }
  `.execute(trx);
}

function upsertFollowers(trx: Kysely<DB>, accountId: number, followers: Follower[], capturedAt: number) {
  return sql`
    insert into follower_samples (account_id, username, platform_user_id, followers, following, posts, has_avatar, is_private,
                                  is_verified, full_name, bio_length, biography, external_url, has_external_url,
                                  username_length, username_digit_count, captured_at)
    select ${accountId}, u.username, u."platformUserId", u.followers, u.following, u.posts, u."hasAvatar", u."isPrivate",
           u."isVerified", u."fullName", u."bioLength", u.biography, u."externalUrl", u."hasExternalUrl",
           u."usernameLength", u."usernameDigitCount", to_timestamp(${capturedAt}::float8 / 1000.0)
    from json_to_recordset(${storableJson(followers)}::json) as u(username text, "platformUserId" text, followers bigint,
      following bigint, posts bigint, "hasAvatar" bool, "isPrivate" bool, "isVerified" bool, "fullName" text, "bioLength" bigint,
      biography text, "externalUrl" text, "hasExternalUrl" bool, "usernameLength" integer, "usernameDigitCount" integer)
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
      biography = coalesce(excluded.biography, follower_samples.biography),
      external_url = coalesce(excluded.external_url, follower_samples.external_url),
      has_external_url = coalesce(excluded.has_external_url, follower_samples.has_external_url),
      username_length = coalesce(excluded.username_length, follower_samples.username_length),
      username_digit_count = coalesce(excluded.username_digit_count, follower_samples.username_digit_count),
      captured_at = greatest(excluded.captured_at, follower_samples.captured_at)
  `.execute(trx);
}

/**
 * One statement cannot update a row twice, and merged parts may repeat a day: the
 * later reading wins, a count it lacks is kept from the earlier one.
 */
function oneRowPerDay(rows: readonly DailyCount[]): DailyCount[] {
  const byDay = new Map<string, DailyCount>();
  for (const r of rows) {
    const known = byDay.get(r.day);
    byDay.set(
      r.day,
      known
        ? {
            day: r.day,
            followers: r.followers ?? known.followers,
            following: r.following ?? known.following,
            posts: r.posts ?? known.posts,
          }
        : r,
    );
  }
  return [...byDay.values()];
}

function upsertDailyCounts(trx: Kysely<DB>, accountId: number, rows: DailyCount[]) {
  return sql`
    insert into daily_counts (account_id, day, followers, following, posts)
    select ${accountId}, u.day, u.followers, u.following, u.posts
    from json_to_recordset(${JSON.stringify(rows)}::json) as u(day date, followers bigint, following bigint, posts bigint)
    on conflict (account_id, day) do update set
      followers = coalesce(excluded.followers, daily_counts.followers),
      following = coalesce(excluded.following, daily_counts.following),
      posts = coalesce(excluded.posts, daily_counts.posts)
  `.execute(trx);
}

/** Merged parts may repeat a count of one capture: the later reading wins. */
function oneRowPerKey(rows: readonly AccountDemographic[]): AccountDemographic[] {
  const byKey = new Map<string, AccountDemographic>();
  for (const r of rows) byKey.set(`${r.capturedAt} ${r.dimension} ${r.key}`, r);
  return [...byKey.values()];
}

/** A capture is a fact of its moment: importing it again replaces its counts, other captures stay. */
function upsertDemographics(trx: Kysely<DB>, accountId: number, rows: AccountDemographic[]) {
  return sql`
    insert into account_demographics (account_id, captured_at, dimension, key, value)
    select ${accountId}, to_timestamp(u."capturedAt" / 1000.0), u.dimension, u.key, u.value
    from json_to_recordset(${storableJson(rows)}::json) as u("capturedAt" float8, dimension text, key text, value bigint)
    on conflict (account_id, captured_at, dimension, key) do update set value = excluded.value
  `.execute(trx);
}
