// Ranking the creators list by audience fit reads, per creator, the latest audit's
// follower count, niches and comment languages. Taken out of the result document that
// meant reading 1,000 large JSON documents per list request; this small column holds
// just those (older audits fall back to the document).
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits add column fit_inputs jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits drop column fit_inputs`.execute(db);
}
