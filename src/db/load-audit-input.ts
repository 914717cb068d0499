// Reads what the audit needs for one account: the latest profile snapshot, all
// posts, the comments of the latest `commentWindow` posts (core/latest-posts.ts), and the counts by day
// (every snapshot and daily-counts row) for the growth history. 100,000 comments
// as row objects take most of a second on PGlite, so they come back in bulk
// instead: COPY text on PGlite, rows as arrays on PostgreSQL; times arrive as
// epoch milliseconds.
import { type Kysely, sql } from "kysely";
import type { AuditInput } from "../core/audit.js";
import type { GrowthPoint } from "../core/growth-point.js";
import { latestPosts } from "../core/latest-posts.js";
import { MAX_TEXT_LENGTH } from "../core/text-limits.js";
import type { Comment, Follower, Platform, Post, PostKind } from "../core/types.js";
import { arrayRows, type Cell } from "./array-rows.js";
import { parseCopyText } from "./copy-text.js";
import { isPglite } from "./pglite-dialect.js";
import type { DB } from "./schema.js";

export interface StoredAccount {
  id: number;
  platform: string;
  username: string;
  platform_user_id: string | null;
}

/** `withFollowers: false` skips the follower sample (the comment browser does not need it). */
export async function loadAuditInput(
  db: Kysely<DB>,
  account: StoredAccount,
  commentWindow: number,
  { withFollowers = true }: { withFollowers?: boolean } = {},
): Promise<AuditInput> {
  const snapshot = await db
    .selectFrom("profile_snapshots")
    .selectAll()
    .where("account_id", "=", account.id)
    .orderBy("captured_at", "desc")
    .limit(1)
    .executeTakeFirst();

  const postRows = await db
    .selectFrom("posts")
    .select([
      "platform_post_id",
      "shortcode",
      sql<number>`date_part('epoch', taken_at) * 1000`.as("taken_at_ms"),
      "kind",
      // Texts stored before the import limit existed may be longer: the audit reads what an import
      // would accept today, so one huge text cannot stall it.
      sql<string | null>`left(caption, ${sql.lit(MAX_TEXT_LENGTH)})`.as("caption"),
      "likes",
      "comments",
      sql<number | null>`views::float8`.as("views"),
      "is_ad",
      "sponsors",
      "location",
      "pinned",
      "paid_partnership",
      "likes_hidden",
    ])
    .where("account_id", "=", account.id)
    .orderBy("taken_at", "desc")
    .execute();
  const posts: Post[] = postRows.map((r) => ({
    platformPostId: r.platform_post_id,
    shortcode: r.shortcode,
    takenAt: r.taken_at_ms,
    kind: r.kind as PostKind | null,
    caption: r.caption,
    likes: r.likes,
    comments: r.comments,
    views: r.views,
    isAd: r.is_ad,
    sponsors: r.sponsors as string[] | null,
    location: r.location,
    pinned: r.pinned,
    paidPartnership: r.paid_partnership,
    likesHidden: r.likes_hidden,
  }));

  const windowIds = latestPosts(posts, commentWindow).posts.map((p) => p.platformPostId);
  const tuples = isPglite(db as Kysely<unknown>)
    ? await commentsByCopy(db, account.id, commentWindow)
    : await commentsByArrays(db, account.id, windowIds);
  const comments: Comment[] = tuples.map((t) => ({
    platformCommentId: t[0] as string,
    platformPostId: t[1] as string,
    parentId: t[2] as string | null,
    authorId: t[3] as string | null,
    authorUsername: t[4] as string | null,
    text: t[5] as string,
    createdAt: Number(t[6]),
    likes: t[7] === null || t[7] === undefined ? null : Number(t[7]),
  }));

  const followers = withFollowers ? await loadFollowers(db, account.id) : [];

  const history = await loadHistory(db, account.id);
  const names = await db
    .selectFrom("account_usernames")
    .select(["username", "first_seen", "last_seen"])
    .where("account_id", "=", account.id)
    .orderBy("last_seen")
    .orderBy("first_seen")
    .execute();
  const usernames = names.map((n) => ({
    username: n.username,
    firstSeen: new Date(n.first_seen).getTime(),
    lastSeen: new Date(n.last_seen).getTime(),
  }));

  return {
    followers,
    history,
    usernames,
    account: {
      platform: account.platform as Platform,
      username: account.username,
      platformUserId: account.platform_user_id,
    },
    profile: snapshot
      ? {
          capturedAt: new Date(snapshot.captured_at).getTime(),
          followers: snapshot.followers,
          following: snapshot.following,
          posts: snapshot.posts,
          fullName: snapshot.full_name,
          bio: snapshot.bio,
          externalUrl: snapshot.external_url,
          isVerified: snapshot.is_verified,
          isBusiness: snapshot.is_business,
          category: snapshot.category,
        }
      : null,
    posts,
    comments,
  };
}

/**
 * Counts by day in one query: every profile snapshot (its day is the UTC date of its
 * capture) and every daily-counts row, oldest first; on one day the snapshots come
 * in capture order, so the growth analysis can prefer the later one.
 */
async function loadHistory(db: Kysely<DB>, accountId: number): Promise<GrowthPoint[]> {
  const { rows } = await sql<Omit<GrowthPoint, "source"> & { source: string }>`
    select day, followers, following, posts, source from (
      select to_char(captured_at at time zone 'UTC', 'YYYY-MM-DD') as day, followers, following, posts,
             'snapshot'::text as source, captured_at as at
      from profile_snapshots where account_id = ${accountId}
      union all
      select to_char(day, 'YYYY-MM-DD'), followers, following, posts, 'daily_csv'::text, null
      from daily_counts where account_id = ${accountId}
    ) h
    order by day, at nulls first
  `.execute(db);
  return rows.map((r) => ({
    day: r.day,
    followers: r.followers,
    following: r.following,
    posts: r.posts,
    source: r.source === "snapshot" ? "snapshot" : "daily_csv",
  }));
}

type Tuple = Cell[];
const COLUMNS = `platform_comment_id, platform_post_id, parent_id, author_id, author_username,
  left(text, ${MAX_TEXT_LENGTH}), date_part('epoch', created_at) * 1000, likes`;

/** PostgreSQL (and a served PGlite folder): rows as arrays, a third of the cost of JSON or row objects. */
async function commentsByArrays(db: Kysely<DB>, accountId: number, postIds: string[]): Promise<Tuple[]> {
  const { rows } = await arrayRows(sql`
    select ${sql.raw(COLUMNS)}
    from comments where account_id = ${accountId} and platform_post_id = any(${postIds}::text[])
  `).execute(db);
  return rows;
}

/**
 * PGlite: COPY to its in-memory blob, about twice as fast as the JSON array there.
 * COPY takes no parameters, so only integers are written into the statement.
 */
async function commentsByCopy(db: Kysely<DB>, accountId: number, commentWindow: number): Promise<Tuple[]> {
  if (!Number.isSafeInteger(accountId) || !Number.isSafeInteger(commentWindow))
    throw new Error("integer expected");
  // The window as in core/latest-posts.ts: a pinned post only when it is no older than the
  // oldest of the latest unpinned posts.
  const { rows } = await sql<{ copy: string }>`${sql.raw(`copy (
      select ${COLUMNS} from comments
      where account_id = ${accountId} and platform_post_id in (
        select platform_post_id from posts
        where account_id = ${accountId} and (pinned is not true or taken_at >= coalesce((
          select min(taken_at) from (
            select taken_at from posts where account_id = ${accountId} and pinned is not true
            order by taken_at desc limit ${commentWindow}) u), '-infinity'))
        order by taken_at desc limit ${commentWindow})
    ) to '/dev/blob'`)}`.execute(db);
  return parseCopyText(rows[0]?.copy ?? "");
}

const FOLLOWER_COLUMNS = `username, platform_user_id, followers, following, posts, has_avatar, is_private,
  is_verified, full_name, bio_length, biography, external_url, has_external_url, username_length,
  username_digit_count`;

/** The follower sample as one JSON array built by the server: row objects cost 5× as much on PGlite. */
async function loadFollowers(db: Kysely<DB>, accountId: number): Promise<Follower[]> {
  const { rows } = await sql<{ j: string }>`
    select coalesce(json_agg(json_build_array(${sql.raw(FOLLOWER_COLUMNS)}) order by username)::text, '[]') as j
    from follower_samples where account_id = ${accountId}
  `.execute(db);
  const tuples = JSON.parse(rows[0]?.j ?? "[]") as Tuple[];
  return tuples.map((t) => ({
    username: t[0] as string,
    platformUserId: t[1] as string | null,
    followers: t[2] as number | null,
    following: t[3] as number | null,
    posts: t[4] as number | null,
    hasAvatar: t[5] as boolean | null,
    isPrivate: t[6] as boolean | null,
    isVerified: t[7] as boolean | null,
    fullName: t[8] as string | null,
    bioLength: t[9] as number | null,
    biography: t[10] as string | null,
    externalUrl: t[11] as string | null,
    hasExternalUrl: t[12] as boolean | null,
    usernameLength: t[13] as number | null,
    usernameDigitCount: t[14] as number | null,
  }));
}
