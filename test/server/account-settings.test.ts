// The settings page (issue 14, item 9): the user's name, a password change (the current
// password first, the new one checked as at sign-up; the other sessions end, this one
// stays), the user's sessions with "sign out the others", and the way to API tokens and
// members ("Settings → API tokens" in the README). In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { createInvitation } from "../../src/services/auth/invitations.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  createToken,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

const PASSWORD = "correct horse battery"; // signUpWorkspace's

describe.each(DATABASE_KINDS)("the settings page on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let email: string;
  let owner: string;

  const app = (deps: Partial<AppDeps> = {}) =>
    createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        ...deps,
      },
      registerPages,
    );
  const post = (a: ReturnType<typeof app>, path: string, fields: Record<string, string>, cookie?: string) =>
    a.request(`http://localhost${path}`, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
        ...(cookie ? { cookie } : {}),
      },
    });
  const get = (a: ReturnType<typeof app>, path: string, cookie?: string) =>
    a.request(`http://localhost${path}`, cookie ? { headers: { cookie } } : {});
  const cookieOf = (res: Response) => {
    const token = /vouch_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
    if (!token) throw new Error(`no session cookie (status ${res.status})`);
    return `vouch_session=${token}`;
  };
  const signIn = async (a: ReturnType<typeof app>, password = PASSWORD) =>
    cookieOf(await post(a, "/sign-in", { email, password }));
  const signedIn = async (a: ReturnType<typeof app>, cookie: string) =>
    (await get(a, "/settings", cookie)).status === 200;

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Settings brand");
    email = ws.owner.email ?? "";
    owner = `vouch_session=${ws.sessionToken}`;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows the account, its one session and the way to API tokens and members", async () => {
    const res = await get(app(), "/settings", owner);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`Signed in as <strong>${email}</strong>, owner of Settings brand.`);
    expect(page).toContain('<a href="/settings" aria-current="page">Settings</a>');
    expect(page).toContain('<a href="/settings/tokens">API tokens</a>');
    expect(page).toContain('<a href="/settings/members">Members</a>');
    expect(page).toContain('<p id="sessions-count">1 session</p>');
    expect(page).toContain('<span class="badge">this browser</span>');
    expect(page).toContain("No other sessions.");
    // The only owner cannot leave: the page says why instead of offering it.
    expect(page).toContain("You are the only owner of Settings brand, so you cannot leave it");
    expect(page).not.toContain('href="/settings/leave"');
  });

  it("is for signed-in users: an API token gets 403, nobody a redirect to sign-in", async () => {
    const { token } = await createToken(s, ws, "member");
    const byToken = await app().request("http://localhost/settings", {
      headers: { authorization: `Bearer ${token}`, accept: "text/html" },
    });
    expect(byToken.status).toBe(403);
    const anonymous = await get(app(), "/settings");
    expect([anonymous.status, anonymous.headers.get("location")]).toEqual([303, "/sign-in?next=%2Fsettings"]);
  });

  it("saves the name, trimmed, and refuses 101 characters next to the field", async () => {
    const a = app();
    const saved = await post(a, "/settings/name", { name: "  Ana Lima  " }, owner);
    expect([saved.status, saved.headers.get("location")]).toEqual([303, "/settings?done=name"]);
    const user = () =>
      s.d.db.selectFrom("users").select("name").where("id", "=", ws.userId).executeTakeFirstOrThrow();
    expect((await user()).name).toBe("Ana Lima");
    const page = await (await get(a, "/settings?done=name", owner)).text();
    expect(page).toContain("Your name was saved.");
    expect(page).toContain('value="Ana Lima"');
    expect(await (await get(a, "/settings/members", owner)).text()).toContain(
      '<td data-label="Name">Ana Lima</td>',
    );

    const long = await post(a, "/settings/name", { name: "x".repeat(101) }, owner);
    expect(long.status).toBe(400);
    const body = await long.text();
    expect(body).toContain(
      '<p class="field-error" id="f-name-error"><span class="visually-hidden">Error: </span>at most 100 characters</p>',
    );
    expect(body).toContain(`value="${"x".repeat(101)}"`); // what was typed is kept
    expect((await user()).name).toBe("Ana Lima");
    // An empty name is no name.
    await post(a, "/settings/name", { name: "  " }, owner);
    expect((await user()).name).toBeNull();
  });

  it("lists every session of the user and signs out the others", async () => {
    const a = app();
    const laptop = await signIn(a);
    const phone = await signIn(a);
    const page = await (await get(a, "/settings", owner)).text();
    expect(page).toContain('<p id="sessions-count">3 sessions</p>');
    expect(page.match(/this browser/g)).toHaveLength(1);
    expect(page).toContain("Sign out the 2 other sessions");

    const done = await post(a, "/settings/sessions/sign-out-others", {}, owner);
    expect([done.status, done.headers.get("location")]).toEqual([303, "/settings?done=sessions"]);
    expect(await signedIn(a, laptop)).toBe(false);
    expect(await signedIn(a, phone)).toBe(false);
    const after = await (await get(a, "/settings?done=sessions", owner)).text();
    expect(after).toContain("Your other sessions were signed out.");
    expect(after).toContain('<p id="sessions-count">1 session</p>');
  });

  it("changes the password after the current one, keeping this session and ending the others", async () => {
    const a = app();
    const other = await signIn(a);
    const wrong = await post(
      a,
      "/settings/password",
      { currentPassword: "not it at all", newPassword: "lantern orbit pebble sketch" },
      owner,
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain(
      'id="f-currentPassword-error"><span class="visually-hidden">Error: </span>this is not your current password</p>',
    );
    const weak = await post(
      a,
      "/settings/password",
      { currentPassword: PASSWORD, newPassword: "1234567890" },
      owner,
    );
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain(
      'id="f-newPassword-error"><span class="visually-hidden">Error: </span>this password is one of the hundred most used passwords',
    );
    const both = await post(a, "/settings/password", {}, owner);
    expect(both.status).toBe(400);
    const bothText = await both.text();
    expect(bothText).toContain("enter your current password");
    expect(bothText).toContain("choose a new password");
    expect(await signedIn(a, other)).toBe(true); // refusals changed nothing

    const done = await post(
      a,
      "/settings/password",
      { currentPassword: PASSWORD, newPassword: "lantern orbit pebble sketch" },
      owner,
    );
    expect([done.status, done.headers.get("location")]).toEqual([303, "/settings?done=password"]);
    expect(await signedIn(a, owner)).toBe(true);
    expect(await signedIn(a, other)).toBe(false);
    expect((await post(a, "/sign-in", { email, password: PASSWORD })).status).toBe(401);
    expect(await signedIn(a, await signIn(a, "lantern orbit pebble sketch"))).toBe(true);
  });

  it("rate-limits password changes per address", async () => {
    const a = app({ authRateLimit: 2 });
    for (let i = 0; i < 2; i++)
      expect(
        (await post(a, "/settings/password", { currentPassword: "wrong guess", newPassword: "x" }, owner))
          .status,
      ).toBe(400);
    expect(
      (await post(a, "/settings/password", { currentPassword: "wrong guess", newPassword: "x" }, owner))
        .status,
    ).toBe(429);
  });

  it("tells a viewer that owners manage tokens and members, and lets them leave", async () => {
    const a = app();
    const { token } = await createInvitation(s.d.db, ws.owner, "viewer", s.clock.now);
    const joined = await post(a, `/invite/${token}/sign-up`, {
      email: "vera@example.test",
      password: "viewer password 1",
    });
    const vera = cookieOf(joined);
    const page = await (await get(a, "/settings", vera)).text();
    expect(page).toContain("viewer of Settings brand");
    expect(page).toContain("API tokens and members are managed by the workspace's owners.");
    expect(page).not.toContain('href="/settings/tokens"');
    expect(page).toContain('<a href="/settings/leave">Leave Settings brand…</a>');
    expect(await (await get(a, "/settings/leave", vera)).text()).toContain("Leave Settings brand?");
    // Vera has no other workspace: leaving signs her out.
    const left = await post(a, "/settings/leave", {}, vera);
    expect([left.status, left.headers.get("location")]).toEqual([303, "/sign-in"]);
    expect(left.headers.get("set-cookie")).toMatch(/vouch_session=;/);
    expect(await signedIn(a, vera)).toBe(false);
    const members = await s.d.db
      .selectFrom("memberships")
      .select("user_id")
      .where("workspace_id", "=", ws.workspaceId)
      .execute();
    expect(members.map((m) => m.user_id)).toEqual([ws.userId]);
  });
});
