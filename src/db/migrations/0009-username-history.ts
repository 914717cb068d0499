// Issue 11: an account's usernames over time. Posts and comments belong to an owner id, and
// an account keeps its id when renamed; each name it was seen under is kept with the first
// and last time seen (post times, profile capture times), so the audit can show a rename.
// Accounts stored before this migration get their one name over the time their stored posts
// and snapshots span: every importer then refused posts under another name.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table account_usernames (
    account_id integer not null references accounts (id) on delete cascade,
    username text not null,
    first_seen timestamptz not null,
    last_seen timestamptz not null,
    primary key (account_id, username)
  )`,
  `insert into account_usernames (account_id, username, first_seen, last_seen)
    select a.id, a.username, min(t.at), max(t.at)
    from accounts a
    join (
      select account_id, taken_at as at from posts
      union all
      select account_id, captured_at from profile_snapshots
    ) t on t.account_id = a.id
    group by a.id, a.username`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table account_usernames`.execute(db);
}
