// Issue 5: an account's counts by day (daily-counts CSV, a snapshot's history) for
// the growth history. One row per account and day, upserted: re-imports are
// idempotent and a missing count never overwrites a known one.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table daily_counts (
  account_id integer not null references accounts (id) on delete cascade,
  day date not null,
  followers bigint,
  following bigint,
  posts bigint,
  primary key (account_id, day)
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table daily_counts`.execute(db);
}
