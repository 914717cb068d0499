// What every request handler may use: the database, the clock and the caller.
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { Caller } from "../services/auth/sessions.js";

export interface AppDeps {
  db: Kysely<DB>;
  now: () => number;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** Requests per minute per client address on sign-in, sign-up and token endpoints. */
  authRateLimit: number;
  /** Cookies get the Secure flag (behind HTTPS). */
  secureCookies: boolean;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    caller: Caller | null;
  };
}
