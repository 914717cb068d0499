// Issue 11: what Instaloader's post files say beyond the counts. A pinned post sits at the
// top of the grid whatever its age, so the audit's latest-N windows leave it out; the
// "Paid partnership" label may name no sponsor; a creator may hide a post's like and view
// counts (the counts are then unknown, and this says why). Null: the source did not say.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table posts
    add column pinned boolean,
    add column paid_partnership boolean,
    add column likes_hidden boolean`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table posts drop column pinned, drop column paid_partnership, drop column likes_hidden`.execute(
    db,
  );
}
