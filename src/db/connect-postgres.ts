// Kysely over `pg`: for a PostgreSQL server, and for a PGlite data folder served by
// its owner process (embedded-server.ts) on a Unix socket. `pg` is loaded only when used.
import { Kysely, PostgresDialect } from "kysely";
import type { DB } from "./schema.js";

/** A Unix socket as `pg` finds it: <host>/.s.PGSQL.<port>, host being a directory. */
export interface UnixSocketTarget {
  host: string;
  port: number;
  user: string;
  database: string;
}

export async function connectPostgres(
  target: string | UnixSocketTarget,
  maxConnections: number,
): Promise<Kysely<DB>> {
  const { default: pg } = await import("pg");
  // bigint columns (views, counts) as numbers, as PGlite returns them: every value we store fits in 2^53.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === pg.types.builtins.INT8
        ? Number
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const connection = typeof target === "string" ? { connectionString: target } : target;
  const pool = new pg.Pool({ ...connection, max: maxConnections, types });
  // An idle connection that drops (the server stopped) is an 'error' event on the pool, which
  // would end the process with a stack trace; the next query fails instead, and says why.
  // A client in use gets the same event (a rollback written to the closed socket: EPIPE).
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
