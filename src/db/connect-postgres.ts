// Kysely over `pg`: for a PostgreSQL server, and for a PGlite data folder served by
// its owner process (embedded-server.ts) on a Unix socket. `pg` is loaded only when used.
import { Kysely, PostgresDialect } from "kysely";
import { wantsArrayRows } from "./array-rows.js";
import type { DB } from "./schema.js";
import { StorableTextPlugin } from "./storable-text-plugin.js";

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
  const pg = await importPg();
  // bigint columns (views, counts) as numbers, as PGlite returns them: every value we store fits in 2^53.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === pg.types.builtins.INT8
        ? Number
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const connection = typeof target === "string" ? { connectionString: target } : target;
  // A query marked ARRAY_ROWS (array-rows.ts) asks pg for arrays instead of row objects.
  class Client extends pg.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg.Client.query's overloads, passed through.
    override query(config: any, values?: any, callback?: any): any {
      if (wantsArrayRows(config)) return super.query({ text: config, values, rowMode: "array" }, callback);
      return super.query(config, values, callback);
    }
  }
  const pool = new pg.Pool({ ...connection, max: maxConnections, types, Client });
  // An idle connection that drops (the server stopped) is an 'error' event on the pool, which
  // would end the process with a stack trace; the next query fails instead, and says why.
  // A client in use gets the same event (a rollback written to the closed socket: EPIPE).
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new StorableTextPlugin()] });
}

/**
 * pg asks on load whether it runs in a Cloudflare Worker by constructing a `Response`,
 * and on Node 20 (which has no `navigator`) that first touch of `Response` loads
 * undici: 50–250 ms of every command that talks to a database server. A `navigator`
 * that says Node, there only while pg loads, answers the question without it (Node 21
 * and later have one of their own, and keep it).
 */
async function importPg(): Promise<typeof import("pg").default> {
  const g = globalThis as { navigator?: unknown };
  const lend = g.navigator === undefined;
  if (lend) g.navigator = { userAgent: `Node.js/${process.versions.node}` };
  try {
    return (await import("pg")).default;
  } finally {
    if (lend) delete g.navigator;
  }
}
