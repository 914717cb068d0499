// Issue 15, the contract document: every version a brand issues of a partnership's
// contract (its terms, the document as rendered, the PDF and its SHA-256), the links a
// creator opens it by without an account (only the token's SHA-256 stored), and the
// changes a creator proposes per term. A trigger freezes an accepted version: UPDATE
// and DELETE are refused (PGlite and PostgreSQL alike). Versions, like the trail, keep
// no foreign key to the partnership: a signed contract is evidence and stays when the
// creator's data goes; links and proposals go with the partnership.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table contract_versions (
  id integer generated always as identity primary key,
  workspace_id integer not null,
  partnership_id integer not null,
  number integer not null check (number >= 1),
  terms jsonb not null,
  document jsonb not null,
  pdf bytea not null,
  pdf_sha256 text not null,
  status text not null check (status in ('issued', 'superseded', 'accepted')),
  created_by text not null,
  created_at timestamptz not null,
  accepted_name text,
  accepted_at timestamptz,
  accepted_pdf bytea,
  accepted_pdf_sha256 text,
  trail_head text,
  unique (partnership_id, number),
  check ((status = 'accepted') = (accepted_at is not null))
)`,
  "create index contract_versions_by_workspace on contract_versions (workspace_id, partnership_id)",
  "create index contract_versions_by_pdf on contract_versions (pdf_sha256)",
  "create index contract_versions_by_accepted_pdf on contract_versions (accepted_pdf_sha256)",
  `create function vouch_freeze_accepted() returns trigger language plpgsql as $$
begin
  if old.status = 'accepted' then
    raise exception 'contract version % is accepted and frozen: % refused', old.id, tg_op using errcode = 'P0001';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end
$$`,
  `create trigger contract_versions_frozen before update or delete on contract_versions
  for each row execute function vouch_freeze_accepted()`,
  `create table contract_links (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  partnership_id integer not null references partnerships (id) on delete cascade,
  token_hash text not null unique,
  created_by text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz
)`,
  "create index contract_links_by_partnership on contract_links (partnership_id)",
  `create table contract_proposals (
  id integer generated always as identity primary key,
  workspace_id integer not null references workspaces (id) on delete cascade,
  partnership_id integer not null references partnerships (id) on delete cascade,
  version_number integer not null,
  field text not null,
  proposed text not null,
  comment text not null,
  created_at timestamptz not null
)`,
  "create index contract_proposals_by_partnership on contract_proposals (partnership_id, id)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table contract_proposals, contract_links, contract_versions`.execute(db);
  await sql`drop function vouch_freeze_accepted()`.execute(db);
}
