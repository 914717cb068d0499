// Issue 4: the follower-authenticity model reads more of a follower than issue 2
// stored (biography, external URL, username summaries for sources without the
// name), and audits record which model versions produced them.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `alter table follower_samples
    add column biography text,
    add column external_url text,
    add column has_external_url boolean,
    add column username_length integer,
    add column username_digit_count integer`,
  `alter table audits
    add column follower_model_version text,
    add column comment_model_version text,
    add column fake_share double precision,
    add column spam_share double precision`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits drop column follower_model_version, drop column comment_model_version, drop column fake_share, drop column spam_share`.execute(
    db,
  );
  await sql`alter table follower_samples drop column biography, drop column external_url, drop column has_external_url, drop column username_length, drop column username_digit_count`.execute(
    db,
  );
}
