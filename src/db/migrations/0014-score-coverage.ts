// Issue 14: each audit keeps the share of its trust score's weight that had data (its
// confidence) in a column beside the score, so the creators list can show it and sort
// provisional scores after complete ones without reading the result documents. Audits
// stored before are filled from their document: the weights of the components with a value.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits add column score_coverage double precision`.execute(db);
  await sql`
    update audits set score_coverage = (
      select round(coalesce(sum((c ->> 'weight')::numeric), 0), 3)::float8
      from jsonb_array_elements(result -> 'score' -> 'components') c
      where jsonb_typeof(c -> 'value') = 'number')
    where jsonb_typeof(result -> 'score' -> 'components') = 'array'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audits drop column score_coverage`.execute(db);
}
