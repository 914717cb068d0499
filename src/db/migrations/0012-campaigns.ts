// Issue 15: campaigns, a partnership per creator in a campaign with its status and a
// timeline of every change, and the contract trail: an append-only log of what happened
// to a partnership's contract, each entry chained to the one before by SHA-256. A trigger
// refuses updates and deletes on the trail (on PGlite and PostgreSQL alike), and the
// trail has no foreign key to the partnership, so deleting a creator never cascades into
// the evidence.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table campaigns (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  name text not null,
  brand_target_id integer references brand_targets (id) on delete set null,
  starts_on date not null,
  ends_on date not null,
  budget_minor bigint,
  currency text not null,
  goal text not null check (goal in ('sell', 'visits', 'following', 'awareness')),
  kpis jsonb not null,
  call_to_action jsonb not null,
  landing_url text,
  products jsonb not null,
  created_by integer references users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (workspace_id, name),
  check (ends_on >= starts_on)
)`,
  `create table partnerships (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  campaign_id integer not null references campaigns (id) on delete cascade,
  creator_id integer not null references creators (id) on delete cascade,
  status text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (campaign_id, creator_id)
)`,
  `create table partnership_events (
  id integer generated always as identity primary key,
  partnership_id integer not null references partnerships (id) on delete cascade,
  at timestamptz not null,
  actor text not null,
  from_status text,
  to_status text not null,
  note text
)`,
  "create index partnership_events_by_partnership on partnership_events (partnership_id, id)",
  `create table contract_trail (
  id integer generated always as identity primary key,
  workspace_id integer not null,
  partnership_id integer not null,
  seq integer not null,
  at timestamptz not null,
  kind text not null,
  actor text not null,
  ip_hash text,
  user_agent text,
  detail jsonb not null,
  prev_sha256 text not null,
  sha256 text not null,
  unique (partnership_id, seq)
)`,
  `create function vouch_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end
$$`,
  `create trigger contract_trail_append_only before update or delete on contract_trail
  for each row execute function vouch_refuse_change()`,
  `create trigger contract_trail_no_truncate before truncate on contract_trail
  for each statement execute function vouch_refuse_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table contract_trail, partnership_events, partnerships, campaigns`.execute(db);
  await sql`drop function vouch_refuse_change()`.execute(db);
}
