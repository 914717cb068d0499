// Use-case: load the two demo creators of fixtures/demo into the caller's workspace, so
// a first-time user sees what Vouch shows before bringing data. The same import and
// audit as any import (importAndAudit over importSources), so the demo creators are
// ordinary creators: re-loading them updates them, deleting them works as for any other.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { type ImportResult, importAndAudit } from "./import-and-audit.js";
import { importSources } from "./import-sources.js";

const DEMO_DIR = fileURLToPath(new URL("../../fixtures/demo/", import.meta.url));

/** The demo creators' snapshot files (one Vouch snapshot JSON per creator). */
export function demoCreatorPaths(): string[] {
  return readdirSync(DEMO_DIR)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => join(DEMO_DIR, n));
}

export function importDemoCreators(db: Kysely<DB>, workspaceId: number, now: number): Promise<ImportResult> {
  return importAndAudit(db, workspaceId, () => importSources(db, workspaceId, demoCreatorPaths(), { now }), {
    audit: true,
    now,
  });
}
