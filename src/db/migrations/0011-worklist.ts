// Issue 14, item 8: the working list. A creator of a workspace gets a status on the
// shortlist (every creator starts "to_review"), an archive mark (archived creators leave
// the list but keep their data), tags and notes. Notes keep their author (the user, and a
// name that stays when the user is removed) and time. Both tables hang off creators, so
// they go with the creator; delete-creator.ts still deletes them by name, to count them.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `alter table creators add column status text not null default 'to_review'
    check (status in ('to_review', 'shortlisted', 'contacted', 'rejected'))`,
  "alter table creators add column archived_at timestamptz",
  `create table creator_tags (
    creator_id integer not null references creators (id) on delete cascade,
    tag text not null,
    primary key (creator_id, tag)
  )`,
  "create index creator_tags_by_tag on creator_tags (tag)",
  `create table creator_notes (
    id integer generated always as identity primary key,
    creator_id integer not null references creators (id) on delete cascade,
    author_id integer references users (id) on delete set null,
    author_name text not null,
    text text not null,
    created_at timestamptz not null
  )`,
  "create index creator_notes_by_creator on creator_notes (creator_id, created_at desc)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table creator_notes, creator_tags`.execute(db);
  await sql`alter table creators drop column archived_at, drop column status`.execute(db);
}
