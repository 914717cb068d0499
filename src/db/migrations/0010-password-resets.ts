// Issue 14: password reset by mail link. A reset token is 20 random bytes like a session's;
// only its SHA-256 is stored, so a database leak holds no usable link. A row lasts until its
// `expires_at` (an hour) and works once (`used_at`); the user's other links are spent with it.
import { type Kysely, sql } from "kysely";

// One statement per entry: PGlite runs parameterised queries one statement at a time.
const STATEMENTS = [
  `create table password_resets (
    id integer generated always as identity primary key,
    user_id integer not null references users (id) on delete cascade,
    token_hash text not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
  )`,
  // The per-account cap counts a user's recent links.
  "create index password_resets_by_user on password_resets (user_id, created_at)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table password_resets`.execute(db);
}
