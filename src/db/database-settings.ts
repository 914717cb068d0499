// Which database a process opens, from its environment (the CLI and the server alike):
// DATABASE_URL selects a PostgreSQL server; otherwise PGlite in VOUCH_DATA, by default
// $XDG_DATA_HOME/vouch (~/.local/share/vouch).
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { DatabaseOptions } from "./open-database.js";

export function databaseOptions(env: NodeJS.ProcessEnv): DatabaseOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: dataDir(env) };
}

export function dataDir(env: NodeJS.ProcessEnv): string {
  if (env.VOUCH_DATA) return resolve(env.VOUCH_DATA);
  return join(env.XDG_DATA_HOME || join(homedir(), ".local", "share"), "vouch");
}
