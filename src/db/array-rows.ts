// A query that starts with ARRAY_ROWS comes back as arrays of column values instead of
// row objects, on both drivers (pg's rowMode "array", PGlite's the same). Bulk reads
// (100,000 comments for an audit) spend most of their time building row objects or
// JSON; arrays cost a third of that. Kysely has no per-query driver options, so the
// marker travels in the SQL text itself, as a comment the server ignores.
import { type RawBuilder, sql } from "kysely";

export const ARRAY_ROWS = "/* vouch:array-rows */";

/** One column value as both drivers give it back (bigint as a number: connect-postgres.ts). */
export type Cell = string | number | boolean | null;

/** A raw query whose rows are arrays of cells, in the order of its select list. */
export function arrayRows(query: RawBuilder<unknown>): RawBuilder<Cell[]> {
  return sql<Cell[]>`${sql.raw(ARRAY_ROWS)} ${query}`;
}

export function wantsArrayRows(text: unknown): boolean {
  return typeof text === "string" && text.startsWith(ARRAY_ROWS);
}
