// New passwords are checked with a strength estimator (zxcvbn-ts, common dictionaries):
// the probe signed up with "aaaaaaaaaa" and "1234567890", ten characters each. Both are
// refused now, with the reason next to the password field, and nothing is stored; a few
// unrelated words pass. In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { createInvitation } from "../../src/services/auth/invitations.js";
import { MIN_PASSWORD_SCORE, passwordWeakness } from "../../src/services/auth/password-strength.js";
import { DATABASE_KINDS, dumpTables } from "../helpers/databases.js";
import { NOW, openTestServer, signUpWorkspace, type TestServer } from "../helpers/server.js";

describe("passwordWeakness", () => {
  it.each([
    ["aaaaaaaaaa", [], "this password repeats one character (like aaaa)"],
    ["1234567890", [], "this password is one of the hundred most used passwords"],
    ["qwertyuiop", [], "this password is one of the hundred most used passwords"],
    ["password2026", [], "this password is a commonly used password with small changes"],
    [
      "Maple Crumbs Bakery",
      ["maple@example.test", "Maple Crumbs", "Maple Crumbs Bakery"],
      "this password uses your email, name or workspace name",
    ],
  ])("refuses %j: %s", async (password, inputs, reason) => {
    expect(await passwordWeakness(password, inputs)).toBe(
      `${reason}; a few unrelated words make a strong one`,
    );
  });

  it.each(["correct horse battery", "k3jd-92md-x8aa-pq4z", "lantern oboe tuesday"])("takes %j", async (p) => {
    expect(MIN_PASSWORD_SCORE).toBe(3);
    expect(await passwordWeakness(p)).toBeNull();
  });
});

describe.each(DATABASE_KINDS)("weak passwords at sign-up on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
    });

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      { db: s.d.db, now: () => NOW, maxUploadBytes: 1024 ** 2, authRateLimit: 10_000, secureCookies: false },
      registerPages,
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each([
    ["aaaaaaaaaa", "this password repeats one character (like aaaa)"],
    ["1234567890", "this password is one of the hundred most used passwords"],
  ])("refuses %j with the reason next to the field, storing nothing", async (password, reason) => {
    const before = await dumpTables(s.d);
    const users = await s.d.db.selectFrom("users").select("id").execute();
    const res = await post("/sign-up", { email: "weak@example.test", password, workspaceName: "Weak" });
    expect(res.status).toBe(400);
    const page = await res.text();
    const field = page.split('<div class="field">').find((f) => f.includes('id="f-password"')) ?? "";
    expect(field).toContain('aria-describedby="f-password-hint f-password-error" aria-invalid="true"');
    expect(field).toContain(
      `<p class="field-error" id="f-password-error"><span class="visually-hidden">Error: </span>${reason}; a few unrelated words make a strong one</p>`,
    );
    // The rest of the form is kept, the password is not.
    expect(page).toContain('value="weak@example.test"');
    expect(page).not.toContain(`value="${password}"`);
    expect(await dumpTables(s.d)).toEqual(before);
    expect(await s.d.db.selectFrom("users").select("id").execute()).toEqual(users);
  });

  it("refuses a weak password through an invitation link too", async () => {
    const ws = await signUpWorkspace(s, "Inviting brand");
    const inv = await createInvitation(s.d.db, ws.owner, "viewer", NOW);
    const res = await post(`/invite/${inv.token}/sign-up`, {
      email: "invited@example.test",
      password: "1234567890",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      '<p class="field-error" id="f-password-error"><span class="visually-hidden">Error: </span>this password is one of the hundred most used passwords',
    );
  });

  it("takes a few unrelated words", async () => {
    const res = await post("/sign-up", {
      email: "strong@example.test",
      password: "lantern oboe tuesday",
      workspaceName: "Strong",
    });
    expect(res.status).toBe(303);
  });
});
