// Kysely over `pg`: for a PostgreSQL server, and for a PGlite data folder served by
// its owner process (embedded-server.ts). `pg` is loaded only when used.
import { Kysely, PostgresDialect } from "kysely";
import type { DB } from "./schema.js";

export async function connectPostgres(url: string, maxConnections: number): Promise<Kysely<DB>> {
  const { default: pg } = await import("pg");
  // bigint columns (views, counts) as numbers, as PGlite returns them: every value we store fits in 2^53.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === pg.types.builtins.INT8
        ? Number
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, types });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
