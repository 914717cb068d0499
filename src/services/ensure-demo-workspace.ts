// Use-case: on a first start, a demo workspace with a demo sign-in and the two
// sample creators of fixtures/demo, imported and audited. Later starts leave it be.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { parseAccountKey } from "../core/account-key.js";
import type { DB } from "../db/schema.js";
import { auditAccount } from "./audit-account.js";
import { signUp } from "./auth/sign-up.js";
import { importSources } from "./import-sources.js";

export const DEMO_EMAIL = "demo@vouch.local";
export const DEMO_PASSWORD = "vouch-demo-password";
const DEMO_DIR = fileURLToPath(new URL("../../fixtures/demo/", import.meta.url));

export async function ensureDemoWorkspace(db: Kysely<DB>, now: number) {
  const existing = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", DEMO_EMAIL)
    .executeTakeFirst();
  if (existing) return { created: false, email: DEMO_EMAIL, password: DEMO_PASSWORD };
  const { workspaceId } = await signUp(
    db,
    { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo marketer", workspaceName: "Demo brand" },
    now,
  );
  const paths = readdirSync(DEMO_DIR)
    .filter((n) => n.endsWith(".json"))
    .map((n) => join(DEMO_DIR, n));
  const summary = await importSources(db, workspaceId, paths, { now });
  for (const a of summary.accounts) await auditAccount(db, workspaceId, parseAccountKey(a.account), { now });
  return { created: true, email: DEMO_EMAIL, password: DEMO_PASSWORD };
}
