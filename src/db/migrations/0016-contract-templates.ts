// Issue 15, the brand's contract builder: one contract template per workspace, the
// terms a new contract starts from. It is kept without any campaign's dates: every
// day is an offset from the campaign's start ("+14"), laid onto the next campaign's
// dates when a builder opens (core/contract-days.ts). It goes with its workspace.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table contract_templates (
  workspace_id integer primary key references workspaces (id) on delete cascade,
  terms jsonb not null,
  saved_by text not null,
  saved_at timestamptz not null
)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table contract_templates`.execute(db);
}
