// Issue 5: each audit keeps its trust score and the score's method version in columns
// beside the JSON result, so lists and the audit history read them without the document.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits add column trust_score double precision, add column score_version text`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits drop column trust_score, drop column score_version`.execute(db);
}
