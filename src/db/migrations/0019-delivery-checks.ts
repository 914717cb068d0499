// Issue 16, delivery checks: each deliverable keeps the post that fulfils it (matched by
// core/deliverable-match.ts or by hand), why, when it went up, the problems the last
// check found (core/delivery-state.ts) and when that check ran. A brand's own decisions
// ("this post is that deliverable", "this post is not") are kept apart, so a re-check
// never undoes them.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `alter table deliverables
  add column post_account_id integer references accounts (id) on delete set null,
  add column post_id text,
  add column match_by text check (match_by in ('rule', 'hand')),
  add column match_reasons jsonb not null default '[]',
  add column posted_at timestamptz,
  add column problems jsonb not null default '[]',
  add column checked_at timestamptz`,
  `create table deliverable_decisions (
  deliverable_id integer not null references deliverables (id) on delete cascade,
  account_id integer not null references accounts (id) on delete cascade,
  post_id text not null,
  decision text not null check (decision in ('match', 'unmatch')),
  decided_by text not null,
  decided_at timestamptz not null,
  primary key (deliverable_id, account_id, post_id)
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table deliverable_decisions`.execute(db);
  for (const column of [
    "post_account_id",
    "post_id",
    "match_by",
    "match_reasons",
    "posted_at",
    "problems",
    "checked_at",
  ])
    await sql.raw(`alter table deliverables drop column ${column}`).execute(db);
}
