// Synthetic creators for the server benchmarks, written with set-based SQL (thousands of
// creators in seconds): posts and comments each, a tenth of the comments answered by the
// creator, varied likes and follower counts; the tables analysed afterwards.
import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";

export interface SeedSize {
  creators: number;
  postsPerCreator: number;
  commentsPerCreator: number;
  /** The creators' names: `<prefix>_1`, `<prefix>_2`, … */
  prefix: string;
}

export async function seedCreators(
  db: Kysely<DB>,
  workspaceId: number,
  { creators, postsPerCreator, commentsPerCreator, prefix }: SeedSize,
) {
  await sql`insert into creators (workspace_id, name) select ${workspaceId}, ${`${prefix}_`} || i from generate_series(1, ${creators}) i`.execute(
    db,
  );
  await sql`insert into accounts (workspace_id, creator_id, platform, username, platform_user_id)
    select ${workspaceId}, c.id, 'instagram', c.name, (100000 + c.id)::text from creators c where c.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`insert into profile_snapshots (account_id, captured_at, followers, following, posts)
    select a.id, now(), 5000 + (a.id * 7919) % 25000, 300 + a.id % 900, 200 from accounts a where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`insert into posts (account_id, platform_post_id, taken_at, kind, likes, comments)
    select a.id, 'p' || j, now() - (j * interval '3 days'), 'image', 200 + (a.id * j * 31) % 600, ${commentsPerCreator / postsPerCreator}
    from accounts a, generate_series(1, ${postsPerCreator}) j where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`insert into comments (account_id, platform_comment_id, platform_post_id, parent_id, author_id, author_username, text, created_at, likes)
    select a.id, 'c' || k, 'p' || (k % ${postsPerCreator} + 1),
      case when k % 10 = 5 then 'c' || (k - 1) end,
      case when k % 10 = 5 then (100000 + a.id)::text else (k * 13 % 5000)::text end,
      case when k % 10 = 5 then a.username else 'fan_' || (k * 13 % 5000) end,
      (array['love this place', 'where was this taken?', '🔥🔥', 'nice pic', 'how long did the trip take?', 'amazing light in this one'])[k % 6 + 1] || case when k % 3 = 0 then ' ' || k else '' end,
      now() - ((k % ${postsPerCreator} + 1) * interval '3 days') + (k % 500) * interval '1 minute', k % 4
    from accounts a, generate_series(1, ${commentsPerCreator}) k where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`update accounts a set stored_posts = ${postsPerCreator}, stored_comments = ${commentsPerCreator} where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`analyze`.execute(db);
}
