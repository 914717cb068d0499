// The first schema: creators and their platform accounts, profile snapshots,
// posts, comments (replies point at their parent by platform id), follower
// samples and stored audits. Rows are keyed by platform ids so re-imports upsert.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table creators (
  id integer generated always as identity primary key,
  name text not null,
  created_at timestamptz not null default now()
)`,
  `create table accounts (
  id integer generated always as identity primary key,
  creator_id integer not null references creators (id) on delete cascade,
  platform text not null check (platform in ('instagram', 'youtube', 'tiktok')),
  username text not null,
  platform_user_id text,
  created_at timestamptz not null default now(),
  unique (platform, username),
  unique (creator_id, platform)
)`,
  `create table profile_snapshots (
  account_id integer not null references accounts (id) on delete cascade,
  captured_at timestamptz not null,
  followers bigint,
  following bigint,
  posts bigint,
  full_name text,
  bio text,
  external_url text,
  is_verified boolean,
  is_business boolean,
  category text,
  primary key (account_id, captured_at)
)`,
  `create table posts (
  account_id integer not null references accounts (id) on delete cascade,
  platform_post_id text not null,
  shortcode text,
  taken_at timestamptz not null,
  kind text,
  caption text,
  likes bigint,
  comments bigint,
  views bigint,
  is_ad boolean,
  sponsors jsonb,
  location text,
  primary key (account_id, platform_post_id)
)`,
  `create table comments (
  account_id integer not null,
  platform_comment_id text not null,
  platform_post_id text not null,
  parent_id text,
  author_id text,
  author_username text,
  text text not null,
  created_at timestamptz not null,
  likes bigint,
  primary key (account_id, platform_comment_id)
)`,
  `create table follower_samples (
  account_id integer not null references accounts (id) on delete cascade,
  username text not null,
  platform_user_id text,
  followers bigint,
  following bigint,
  posts bigint,
  has_avatar boolean,
  is_private boolean,
  is_verified boolean,
  full_name text,
  bio_length bigint,
  captured_at timestamptz not null,
  primary key (account_id, username)
)`,
  `create table audits (
  id integer generated always as identity primary key,
  account_id integer not null references accounts (id) on delete cascade,
  method_version text not null,
  computed_at timestamptz not null,
  inputs_from timestamptz,
  inputs_to timestamptz,
  result jsonb not null
)`,
  `create index audits_by_account on audits (account_id, computed_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audits, follower_samples, comments, posts, profile_snapshots, accounts, creators`.execute(
    db,
  );
}
