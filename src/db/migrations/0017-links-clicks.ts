// Issue 17, first slice: tracked links and their clicks. A link belongs to one
// partnership; its slug is unique across the installation, since the redirect's URL
// (`/<slug>`) names no workspace. Clicks are written by the redirect in batches after it
// has answered: bots flagged, repeats within the hour flagged, never dropped; the visitor
// is a hash of a daily salt, the address and the user agent, and the salts are rows here
// so that every redirect process hashes alike. A trigger notifies `vouch_links` on every
// change of a link, so PostgreSQL redirects refresh their cache without polling.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table links (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  partnership_id integer not null references partnerships (id) on delete cascade,
  slug text not null unique,
  destination text not null,
  target_url text not null,
  enabled boolean not null default true,
  expires_at timestamptz,
  created_by text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null
)`,
  "create index links_by_partnership on links (partnership_id, id)",
  "create index links_by_change on links (updated_at)",
  `create table clicks (
  id bigint generated always as identity primary key,
  link_id integer not null references links (id) on delete cascade,
  at timestamptz not null,
  click_id text not null,
  visitor_hash text not null,
  bot_reason text,
  duplicate boolean not null,
  country text,
  referrer_domain text
)`,
  "create index clicks_by_visitor on clicks (link_id, visitor_hash, at)",
  // A crash log replayed after its batch was stored (src/redirect/click-log.ts) adds nothing.
  "create unique index clicks_by_click_id on clicks (click_id)",
  `create table click_salts (
  day date primary key,
  salt text not null
)`,
  `create function vouch_links_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('vouch_links', new.id::text);
  return null;
end
$$`,
  `create trigger links_notify after insert or update on links
  for each row execute function vouch_links_notify()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table clicks, click_salts, links`.execute(db);
  await sql`drop function vouch_links_notify()`.execute(db);
}
