// When the database goes away under a command (the web server that serves the data
// folder stopped, PostgreSQL restarted), `pg` throws "Connection terminated
// unexpectedly" and the like. The user gets that in words: what stopped, that a write
// in progress was rolled back (or, for an import writing in steps through the server,
// that the journal finishes it), and what to do.
import { VouchError } from "../core/errors.js";
import { dataDir } from "../db/database-settings.js";
import { ImportInterrupted } from "../services/import-interrupted.js";

const LOST_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNREFUSED", "57P01", "57P02", "57P03"]);
const LOST_MESSAGES = /Connection terminated|connection error and is not queryable|terminating connection/i;

export function connectionLost(caught: unknown, env: NodeJS.ProcessEnv): VouchError | null {
  if (!(caught instanceof Error)) return null;
  // The migration runner wraps what went wrong in its own message.
  const err = caught.cause instanceof Error ? caught.cause : caught;
  const { code, syscall } = err as { code?: unknown; syscall?: unknown };
  // A server that stopped between two steps of a command leaves no socket file behind:
  // the next connection fails with `connect ENOENT`.
  const gone = code === "ENOENT" && syscall === "connect";
  if (!gone && !LOST_MESSAGES.test(err.message) && !(typeof code === "string" && LOST_CODES.has(code)))
    return null;
  if (code === "ECONNREFUSED")
    return new VouchError(
      "unavailable",
      `cannot reach the database (${err.message}); is ${env.DATABASE_URL ? "the PostgreSQL server in DATABASE_URL" : "the Vouch server"} running?`,
    );
  const what = env.DATABASE_URL
    ? "the connection to PostgreSQL was lost during the command"
    : `the Vouch server serving the data folder ${dataDir(env)} stopped during the command`;
  if (caught instanceof ImportInterrupted)
    return new VouchError(
      "unavailable",
      `${what} (${err.message}), while the import was writing its rows in steps: what it wrote stays, and the rest is written from its journal the next time the server or a vouch command opens the data folder.`,
    );
  return new VouchError(
    "unavailable",
    `${what} (${err.message}); a write in progress was rolled back, so nothing of it is stored. Run the command again${env.DATABASE_URL ? " when the database is back" : ""}.`,
  );
}
