// Use-case: on a first start, a demo workspace with a demo sign-in and the two
// sample creators of fixtures/demo, imported and audited, a brand target, and a
// media kit each creator submitted (fixtures/demo-kits), so fit and claims show
// from the start. Later starts leave it be, but for its password: the caller's (random,
// kept with the data), which replaces any other, such as the published one older
// versions used, and signs out every session made with it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { parseAccountKey } from "../core/account-key.js";
import type { DB } from "../db/schema.js";
import { auditAccount } from "./audit-account.js";
import { hashPassword, verifyPassword } from "./auth/passwords.js";
import type { Caller } from "./auth/sessions.js";
import { signUp } from "./auth/sign-up.js";
import { createBrandTarget } from "./brand-targets/create-brand-target.js";
import { findAccount } from "./find-account.js";
import { demoCreatorPaths } from "./import-demo-creators.js";
import { importSources } from "./import-sources.js";
import { createKitRequest } from "./media-kits/create-kit-request.js";
import { submitKit } from "./media-kits/submit-kit.js";

export const DEMO_EMAIL = "demo@vouch.local";
const DEMO_KITS = fileURLToPath(new URL("../../fixtures/demo-kits/", import.meta.url));

/** The demo brand sells outdoor and travel gear in German- and English-speaking Europe. */
const DEMO_TARGET = {
  name: "Outdoor travellers, DACH and UK",
  countries: ["DE", "AT", "CH", "GB"],
  ageBands: ["25-34", "35-44"],
  niches: ["travel", "outdoors"],
  languages: ["de", "en"],
};

export async function ensureDemoWorkspace(db: Kysely<DB>, now: number, password: string) {
  const existing = await db
    .selectFrom("users")
    .select(["id", "password_hash"])
    .where("email", "=", DEMO_EMAIL)
    .executeTakeFirst();
  if (existing) {
    if (!(await verifyPassword(existing.password_hash, password))) {
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash })
          .where("id", "=", existing.id)
          .execute();
        await trx.deleteFrom("sessions").where("user_id", "=", existing.id).execute();
      });
    }
    return { created: false, email: DEMO_EMAIL, password };
  }
  const { workspaceId } = await signUp(
    db,
    { email: DEMO_EMAIL, password, name: "Demo marketer", workspaceName: "Demo brand" },
    now,
  );
  const summary = await importSources(db, workspaceId, demoCreatorPaths(), { now });
  for (const a of summary.accounts) await auditAccount(db, workspaceId, parseAccountKey(a.account), { now });
  await createBrandTarget(db, workspaceId, DEMO_TARGET, now);
  const owner: Caller = {
    userId: null,
    email: DEMO_EMAIL,
    workspaceId,
    workspaceName: "Demo brand",
    role: "owner",
    via: "session",
  };
  for (const name of readdirSync(DEMO_KITS).filter((n) => n.endsWith(".json"))) {
    const account = await findAccount(db, workspaceId, {
      platform: "instagram",
      username: name.replace(/\.json$/, ""),
    });
    const made = await createKitRequest(
      db,
      owner,
      { creatorId: account.creator_id },
      { now, origin: "http://localhost" },
    );
    await submitKit(db, made.token, JSON.parse(readFileSync(join(DEMO_KITS, name), "utf8")), now);
  }
  return { created: true, email: DEMO_EMAIL, password };
}
