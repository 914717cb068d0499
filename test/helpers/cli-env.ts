// An environment for running CLI commands against a fresh database of each kind:
// a temporary PGlite data folder, or a new PostgreSQL schema through DATABASE_URL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseKind } from "../../src/db/open-database.js";
import { openTestDatabase } from "./databases.js";

export async function cliEnv(
  kind: DatabaseKind,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "vouch-cli-"));
    return { env: { VOUCH_DATA: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const d = await openTestDatabase("postgres");
  return { env: d.env, cleanup: () => d.close() };
}
