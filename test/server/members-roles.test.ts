// Owners change members' roles and remove members (issue 14, item 9); a workspace keeps an
// owner: its last owner can be neither demoted nor removed and cannot leave, also when two
// owners demote each other at the same moment. A removed member's sessions there end; one
// who leaves keeps a session in their other workspace. In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VouchError } from "../../src/core/errors.js";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { changeMemberRole } from "../../src/services/auth/change-member-role.js";
import { createInvitation } from "../../src/services/auth/invitations.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { openTestServer, signUpWorkspace, type TestServer, type TestWorkspace } from "../helpers/server.js";

describe.each(DATABASE_KINDS)("members and roles on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let acme: TestWorkspace;
  let owner: string;

  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    app.request(`http://localhost${path}`, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
        ...(cookie ? { cookie } : {}),
      },
    });
  const get = (path: string, cookie?: string) =>
    app.request(`http://localhost${path}`, cookie ? { headers: { cookie } } : {});
  const cookieOf = (res: Response) => {
    const token = /vouch_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
    if (!token) throw new Error(`no session cookie (status ${res.status})`);
    return `vouch_session=${token}`;
  };
  /** A new user who joins Acme through an invitation link with this role; their session there. */
  const join = async (email: string, role: "owner" | "member" | "viewer") => {
    const { token } = await createInvitation(s.d.db, acme.owner, role, s.clock.now);
    return cookieOf(await post(`/invite/${token}/sign-up`, { email, password: "invited password 1" }));
  };
  const userId = async (email: string) =>
    (await s.d.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
  const roles = async (workspaceId = acme.workspaceId) =>
    Object.fromEntries(
      (
        await s.d.db
          .selectFrom("memberships as m")
          .innerJoin("users as u", "u.id", "m.user_id")
          .select(["u.email", "m.role"])
          .where("m.workspace_id", "=", workspaceId)
          .execute()
      ).map((r) => [r.email, r.role]),
    );

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    acme = await signUpWorkspace(s, "Acme");
    owner = `vouch_session=${acme.sessionToken}`;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("changes a member's role, which their session follows at once", async () => {
    const bob = await join("bob@example.test", "member");
    expect((await get("/import", bob)).status).toBe(200);
    const bobId = await userId("bob@example.test");
    const page = await (await get("/settings/members", owner)).text();
    expect(page).toContain(`action="/settings/members/${bobId}/role"`);
    expect(page).toContain(
      `<label for="f-role-${bobId}"><span class="visually-hidden">Role of bob@example.test</span></label>`,
    );
    expect(page).toContain(`href="/settings/members/${bobId}/remove"`);

    const changed = await post(`/settings/members/${bobId}/role`, { role: "viewer" }, owner);
    expect([changed.status, changed.headers.get("location")]).toEqual([303, "/settings/members?done=role"]);
    expect((await roles())["bob@example.test"]).toBe("viewer");
    expect((await get("/import", bob)).status).toBe(403);
    expect(await (await get("/settings/members?done=role", owner)).text()).toContain("The role was changed");

    const bad = await post(`/settings/members/${bobId}/role`, { role: "admin" }, owner);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("choose owner, member or viewer");
    // Only owners: Bob (a viewer now) may not change roles, not even his own.
    expect((await post(`/settings/members/${bobId}/role`, { role: "owner" }, bob)).status).toBe(403);
    expect((await roles())["bob@example.test"]).toBe("viewer");
  });

  it("keeps the last owner: no demotion, no leaving, no Remove link", async () => {
    const page = await (await get("/settings/members", owner)).text();
    expect(page).toContain('<span class="sub">the only owner</span>');
    expect(page).not.toContain(`href="/settings/members/${acme.userId}/remove"`);
    const demoted = await post(`/settings/members/${acme.userId}/role`, { role: "member" }, owner);
    expect(demoted.status).toBe(409);
    expect(await demoted.text()).toContain(
      "the role was not changed: this is the workspace&#39;s only owner; make another member an owner first",
    );
    const left = await post("/settings/leave", {}, owner);
    expect(left.status).toBe(409);
    expect(await left.text()).toContain("you did not leave: this is the workspace&#39;s only owner");
    // Removing yourself is leaving.
    const self = await post(`/settings/members/${acme.userId}/remove`, {}, owner);
    expect([self.status, self.headers.get("location")]).toEqual([303, "/settings/leave"]);
    expect((await roles())[acme.owner.email ?? ""]).toBe("owner");
  });

  it("removes a member after a confirmation: their sessions there end", async () => {
    const cara = await join("cara@example.test", "member");
    const caraId = await userId("cara@example.test");
    const confirm = await get(`/settings/members/${caraId}/remove`, owner);
    expect(confirm.status).toBe(200);
    const text = await confirm.text();
    expect(text).toContain("<h1>Remove cara@example.test from Acme?</h1>");
    expect(text).toContain(`<form method="post" action="/settings/members/${caraId}/remove"`);
    expect((await roles())["cara@example.test"]).toBe("member"); // the GET removed nothing

    const removed = await post(`/settings/members/${caraId}/remove`, {}, owner);
    expect([removed.status, removed.headers.get("location")]).toEqual([
      303,
      "/settings/members?done=removed",
    ]);
    expect((await roles())["cara@example.test"]).toBeUndefined();
    expect((await get("/", cara)).headers.get("location")).toBe("/sign-in?next=%2F");
    const sessions = await s.d.db.selectFrom("sessions").select("id").where("user_id", "=", caraId).execute();
    expect(sessions).toEqual([]);
    // Gone: a second removal, an unknown id and a malformed one are not found.
    expect((await post(`/settings/members/${caraId}/remove`, {}, owner)).status).toBe(404);
    expect((await get("/settings/members/99999/remove", owner)).status).toBe(404);
    expect((await post("/settings/members/abc/role", { role: "viewer" }, owner)).status).toBe(404);
  });

  it("finds no member of another workspace", async () => {
    const other = await signUpWorkspace(s, "Other brand");
    expect((await post(`/settings/members/${other.userId}/role`, { role: "viewer" }, owner)).status).toBe(
      404,
    );
    expect((await post(`/settings/members/${other.userId}/remove`, {}, owner)).status).toBe(404);
    expect((await roles(other.workspaceId))[other.owner.email ?? ""]).toBe("owner");
  });

  it("lets an owner leave once another owner stays; their session moves to their own workspace", async () => {
    const agency = await signUpWorkspace(s, "Agency");
    const dana = `vouch_session=${agency.sessionToken}`;
    const { token } = await createInvitation(s.d.db, acme.owner, "owner", s.clock.now);
    const accepted = await post(`/invite/${token}`, {}, dana);
    const danaInAcme = cookieOf(accepted);
    expect(await (await get("/settings", danaInAcme)).text()).toContain("owner of Acme");
    const left = await post("/settings/leave", {}, danaInAcme);
    expect([left.status, left.headers.get("location")]).toEqual([303, "/"]);
    expect(await (await get("/settings", danaInAcme)).text()).toContain("owner of Agency");
    expect((await roles())[agency.owner.email ?? ""]).toBeUndefined();
  });

  it("an owner who makes themselves a member goes to their settings", async () => {
    const { token } = await createInvitation(s.d.db, acme.owner, "owner", s.clock.now);
    const erin = cookieOf(
      await post(`/invite/${token}/sign-up`, { email: "erin@example.test", password: "invited password 1" }),
    );
    const erinId = await userId("erin@example.test");
    const res = await post(`/settings/members/${erinId}/role`, { role: "member" }, erin);
    expect([res.status, res.headers.get("location")]).toEqual([303, "/settings"]);
    expect((await get("/settings/members", erin)).status).toBe(403);
  });

  it("two owners demoting each other at once leave one owner", async () => {
    const { token } = await createInvitation(s.d.db, acme.owner, "owner", s.clock.now);
    await post(`/invite/${token}/sign-up`, { email: "finn@example.test", password: "invited password 1" });
    const finnId = await userId("finn@example.test");
    const outcomes = await Promise.allSettled([
      changeMemberRole(s.d.db, acme.workspaceId, acme.userId, "member"),
      changeMemberRole(s.d.db, acme.workspaceId, finnId, "member"),
    ]);
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(VouchError);
    expect(((refused[0] as PromiseRejectedResult).reason as VouchError).code).toBe("conflict");
    const owners = Object.values(await roles()).filter((r) => r === "owner");
    expect(owners).toHaveLength(1);
  });
});
