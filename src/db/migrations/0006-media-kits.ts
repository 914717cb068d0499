// Issue 6: brand targets per workspace, media-kit requests (an unguessable link per
// creator: only its SHA-256 is stored), the kit a creator fills in (draft and the
// submitted version), the files they upload, and audience demographics as the
// Instagram Graph API's follower_demographics breaks them down.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table brand_targets (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  name text not null,
  spec jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (workspace_id, name)
)`,
  `create table media_kit_requests (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  creator_id integer not null references creators (id) on delete cascade,
  token_hash text not null unique,
  created_by integer references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  opened_at timestamptz,
  email text,
  emailed_at timestamptz,
  draft jsonb,
  draft_saved_at timestamptz,
  kit jsonb,
  submitted_at timestamptz
)`,
  "create index media_kit_requests_by_creator on media_kit_requests (workspace_id, creator_id, created_at desc)",
  `create table media_kit_files (
  id integer generated always as identity primary key,
  request_id integer not null references media_kit_requests (id) on delete cascade,
  name text not null,
  mime text not null,
  size integer not null,
  data bytea not null,
  uploaded_at timestamptz not null default now()
)`,
  "create index media_kit_files_by_request on media_kit_files (request_id)",
  `create table account_demographics (
  account_id integer not null references accounts (id) on delete cascade,
  captured_at timestamptz not null,
  dimension text not null check (dimension in ('age', 'gender', 'country', 'city')),
  key text not null,
  value bigint not null,
  primary key (account_id, captured_at, dimension, key)
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table account_demographics, media_kit_files, media_kit_requests, brand_targets`.execute(db);
}
