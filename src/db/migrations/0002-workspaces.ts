// Workspaces (a brand or an agency) with members and roles, sign-in sessions,
// API tokens and invitation links. Creators and accounts now belong to a
// workspace; existing data moves to the "local" workspace the CLI uses.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table workspaces (
  id integer generated always as identity primary key,
  slug text not null unique,
  name text not null,
  created_at timestamptz not null default now()
)`,
  `insert into workspaces (slug, name) values ('local', 'Local (command line)')`,
  `create table users (
  id integer generated always as identity primary key,
  email text not null unique,
  name text,
  password_hash text not null,
  created_at timestamptz not null default now()
)`,
  `create table memberships (
  workspace_id integer not null references workspaces (id) on delete cascade,
  user_id integer not null references users (id) on delete cascade,
  role text not null check (role in ('owner', 'member', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (workspace_id, user_id)
)`,
  `create table sessions (
  id text primary key,
  user_id integer not null references users (id) on delete cascade,
  workspace_id integer not null references workspaces (id) on delete cascade,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
)`,
  `create table api_tokens (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  role text not null check (role in ('member', 'viewer')),
  created_by integer references users (id) on delete set null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
)`,
  `create table invitations (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  role text not null check (role in ('owner', 'member', 'viewer')),
  token_hash text not null unique,
  created_by integer references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by integer references users (id) on delete set null
)`,
  "alter table creators add column workspace_id integer references workspaces (id) on delete cascade",
  "update creators set workspace_id = (select id from workspaces where slug = 'local')",
  "alter table creators alter column workspace_id set not null",
  "alter table accounts add column workspace_id integer references workspaces (id) on delete cascade",
  "update accounts a set workspace_id = c.workspace_id from creators c where c.id = a.creator_id",
  "alter table accounts alter column workspace_id set not null",
  "alter table accounts drop constraint accounts_platform_username_key",
  "alter table accounts add constraint accounts_workspace_platform_username_key unique (workspace_id, platform, username)",
  "create index creators_by_workspace on creators (workspace_id)",
  // The headline figures of each audit beside its JSON, so lists filter and sort without
  // reading a thousand result documents per request.
  "alter table audits add column tier text",
  "alter table audits add column median_rate float8",
  "alter table audits add column benchmark_rate float8",
  "alter table audits add column reply_share float8",
  "alter table audits add column generic_share float8",
  `update audits set tier = result->'engagement'->>'tier',
  median_rate = (result->'engagement'->>'medianRate')::float8,
  benchmark_rate = (result->'engagement'->'benchmark'->>'rate')::float8,
  reply_share = (result->'responsiveness'->>'replyShare')::float8,
  generic_share = (result->'comments'->>'genericShare')::float8`,
  // Row counts kept by each import, so lists need not count a million comments per request.
  "alter table accounts add column stored_posts bigint not null default 0",
  "alter table accounts add column stored_comments bigint not null default 0",
  "alter table accounts add column stored_followers bigint not null default 0",
  `update accounts a set
  stored_posts = (select count(*) from posts p where p.account_id = a.id),
  stored_comments = (select count(*) from comments c where c.account_id = a.id),
  stored_followers = (select count(*) from follower_samples f where f.account_id = a.id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts drop constraint accounts_workspace_platform_username_key`.execute(db);
  await sql`alter table accounts add constraint accounts_platform_username_key unique (platform, username)`.execute(
    db,
  );
  await sql`alter table audits drop column tier, drop column median_rate, drop column benchmark_rate, drop column reply_share, drop column generic_share`.execute(
    db,
  );
  await sql`alter table accounts drop column workspace_id, drop column stored_posts, drop column stored_comments, drop column stored_followers`.execute(
    db,
  );
  await sql`alter table creators drop column workspace_id`.execute(db);
  await sql`drop table invitations, api_tokens, sessions, memberships, users, workspaces`.execute(db);
}
