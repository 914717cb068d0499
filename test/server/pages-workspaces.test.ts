// A user in two workspaces (an agency and a client) moves between them; a
// workspace that is not theirs is not found, and the creators list follows the switch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { createInvitation } from "../../src/services/auth/invitations.js";
import { validateSession } from "../../src/services/auth/sessions.js";
import { importSources } from "../../src/services/import-sources.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const ORIGIN = "http://localhost";
const NOW = Date.parse("2026-11-01T12:00:00Z");

describe.each(DATABASE_KINDS)("switching workspaces on %s", (kind) => {
  let d: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const form = (path: string, fields: Record<string, string>, cookie?: string) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: ORIGIN,
        ...(cookie ? { Cookie: cookie } : {}),
      },
    });
  // Sign-up signs no one in (it answers a taken email alike): sign in after it.
  const signUpAndIn = async (fields: Record<string, string>) => {
    await form("/sign-up", fields);
    return form("/sign-in", { email: fields.email ?? "", password: fields.password ?? "" });
  };
  const cookieOf = (res: Response) =>
    `vouch_session=${/vouch_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1]}`;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    app = createApp(
      { db: d.db, now: () => NOW, maxUploadBytes: 10 * 1024 ** 2, authRateLimit: 1000, secureCookies: false },
      registerPages,
    );
  });
  afterAll(async () => {
    await d?.close();
  });

  it("lists the user's workspaces, opens another, refuses a foreign one", async () => {
    const agency = cookieOf(
      await signUpAndIn({
        email: "ana@agency.example",
        password: "correct horse battery",
        workspaceName: "Agency",
      }),
    );
    const client = cookieOf(
      await signUpAndIn({
        email: "cleo@client.example",
        password: "correct horse battery",
        workspaceName: "Client brand",
      }),
    );
    const stranger = cookieOf(
      await signUpAndIn({
        email: "sam@else.example",
        password: "correct horse battery",
        workspaceName: "Elsewhere",
      }),
    );
    const clientCaller = await validateSession(d.db, client.split("=")[1] as string, NOW);
    const strangerCaller = await validateSession(d.db, stranger.split("=")[1] as string, NOW);
    if (!clientCaller || !strangerCaller) throw new Error("no session");
    // The client's workspace has a creator; the agency's has none.
    await importSources(d.db, clientCaller.workspaceId, [`${FIXTURES}/snapshot/trail_runner.json`], {
      now: NOW,
    });
    // Ana joins the client's workspace by invitation (as a viewer), then signs in again: her first workspace opens.
    const { token } = await createInvitation(d.db, clientCaller, "viewer", NOW);
    expect((await form(`/invite/${token}`, {}, agency)).status).toBe(303);
    const ana = cookieOf(
      await form("/sign-in", { email: "ana@agency.example", password: "correct horse battery" }),
    );

    const list = await (await app.request("/workspaces", { headers: { Cookie: ana } })).text();
    expect(list).toContain('<strong>Agency</strong> <span class="badge">current</span>');
    expect(list).toContain(`action="/workspaces/${clientCaller.workspaceId}"`);
    expect(await (await app.request("/", { headers: { Cookie: ana } })).text()).not.toContain("trail_runner");

    const moved = await form(`/workspaces/${clientCaller.workspaceId}`, {}, ana);
    expect([moved.status, moved.headers.get("location")]).toEqual([303, "/"]);
    const page = await (await app.request("/", { headers: { Cookie: ana } })).text();
    expect(page).toContain("trail_runner");
    expect(page).toContain("Client brand");

    const foreign = await form(`/workspaces/${strangerCaller.workspaceId}`, {}, ana);
    expect(foreign.status).toBe(404);
    // Still in the client's workspace after the refused move.
    expect(await (await app.request("/", { headers: { Cookie: ana } })).text()).toContain("trail_runner");
  });
});
