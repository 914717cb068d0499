// Reads what the audit needs for one account: the latest profile snapshot, all
// posts, and the comments of the latest `commentWindow` posts. Comments come back
// as one JSON array built in the database: for 100,000 rows this is about twice
// as fast as row objects on PGlite, and times arrive as epoch milliseconds.
import { type Kysely, sql } from "kysely";
import type { AuditInput } from "../core/audit.js";
import type { Comment, Platform, Post, PostKind } from "../core/types.js";
import type { DB } from "./schema.js";

export interface StoredAccount {
  id: number;
  platform: string;
  username: string;
  platform_user_id: string | null;
}

export async function loadAuditInput(
  db: Kysely<DB>,
  account: StoredAccount,
  commentWindow: number,
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
      "caption",
      "likes",
      "comments",
      sql<number | null>`views::float8`.as("views"),
      "is_ad",
      "sponsors",
      "location",
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
  }));

  const windowIds = posts.slice(0, commentWindow).map((p) => p.platformPostId);
  const { rows } = await sql<{ j: string }>`
    select coalesce(json_agg(json_build_array(platform_comment_id, platform_post_id, parent_id, author_id, author_username,
                                              text, date_part('epoch', created_at) * 1000, likes))::text, '[]') as j
    from comments where account_id = ${account.id} and platform_post_id = any(${windowIds}::text[])
  `.execute(db);
  type Tuple = [string, string, string | null, string | null, string | null, string, number, number | null];
  const comments: Comment[] = (JSON.parse(rows[0]?.j ?? "[]") as Tuple[]).map((t) => ({
    platformCommentId: t[0],
    platformPostId: t[1],
    parentId: t[2],
    authorId: t[3],
    authorUsername: t[4],
    text: t[5],
    createdAt: t[6],
    likes: t[7],
  }));

  return {
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
