// Issue 15, deliverables: the accepted contract's pieces of content, one row each ("2
// reels" is two rows), stored in the transaction that accepts the version so that the
// delivery issue (16) has rows to move through their statuses. Made by
// core/contract-deliverables.ts from the frozen terms; the statuses are
// core/deliverable-status.ts's list. Rows go with their partnership (unlike the frozen
// version they came from, which stays as evidence and can make them again).
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table deliverables (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  partnership_id integer not null references partnerships (id) on delete cascade,
  contract_version_id integer not null references contract_versions (id),
  number integer not null check (number >= 1),
  platform text not null,
  kind text not null,
  of_index integer not null check (of_index between 1 and of_count),
  of_count integer not null,
  frames integer,
  draft_due date,
  go_live date not null,
  up_until date,
  highlight_until date,
  link_sticker boolean not null,
  disclosure_wording text not null,
  disclosure_placement jsonb not null,
  mentions jsonb not null,
  hashtags jsonb not null,
  links jsonb not null,
  codes jsonb not null,
  status text not null default 'due' check (status in ('due', 'draft_submitted',
    'changes_requested', 'approved', 'posted', 'late', 'removed_early',
    'disclosure_problem', 'done')),
  created_at timestamptz not null,
  unique (contract_version_id, number)
)`,
  "create index deliverables_by_partnership on deliverables (workspace_id, partnership_id, number)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table deliverables`.execute(db);
}
