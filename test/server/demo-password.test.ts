// The demo sign-in's password is random for each data folder and kept there (0600), never
// the published "vouch-demo-password" a DNS-rebinding page once signed in with. A demo
// account made by an older version gets the folder's password, and loses its sessions.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD_FILE, demoPassword } from "../../src/server/demo-password.js";
import { validateSession } from "../../src/services/auth/sessions.js";
import { signIn } from "../../src/services/auth/sign-in.js";
import { DEMO_EMAIL, ensureDemoWorkspace } from "../../src/services/ensure-demo-workspace.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const PUBLISHED = "vouch-demo-password";
const SHAPE = /^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/;

describe("demoPassword", () => {
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "vouch-demo-"));
    folders.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("makes 80 random bits per folder, kept readable by the owner only", () => {
    const dir = folder();
    const password = demoPassword(dir);
    expect(password).toMatch(SHAPE);
    expect(demoPassword(dir)).toBe(password);
    expect(readFileSync(join(dir, DEMO_PASSWORD_FILE), "utf8")).toBe(`${password}\n`);
    expect(statSync(join(dir, DEMO_PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(demoPassword(folder())).not.toBe(password);
  });

  it("makes a new one each time without a folder (DATABASE_URL)", () => {
    expect(demoPassword(null)).toMatch(SHAPE);
    expect(demoPassword(null)).not.toBe(demoPassword(null));
  });
});

describe.each(DATABASE_KINDS)("the demo sign-in on %s", (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await d?.close();
  });

  it("replaces an older version's published password and signs its sessions out", async () => {
    // What older versions made: the demo account with the published password, signed in.
    expect((await ensureDemoWorkspace(d.db, NOW, PUBLISHED)).created).toBe(true);
    const old = await signIn(d.db, DEMO_EMAIL, PUBLISHED, NOW);
    expect(await validateSession(d.db, old.sessionToken, NOW)).not.toBeNull();

    const password = demoPassword(null);
    expect(await ensureDemoWorkspace(d.db, NOW, password)).toEqual({
      created: false,
      email: DEMO_EMAIL,
      password,
    });
    await expect(signIn(d.db, DEMO_EMAIL, PUBLISHED, NOW)).rejects.toThrow("wrong email or password");
    expect(await validateSession(d.db, old.sessionToken, NOW)).toBeNull();
    const now = await signIn(d.db, DEMO_EMAIL, password, NOW);

    // A later start with the same folder's password changes nothing, and keeps sessions.
    await ensureDemoWorkspace(d.db, NOW, password);
    expect(await validateSession(d.db, now.sessionToken, NOW)).not.toBeNull();
  });
});
