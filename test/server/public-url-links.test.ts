// Behind a proxy that ends TLS (VOUCH_PUBLIC_URL=https://…) requests arrive as plain http
// and the browser's form posts carry Origin: https://… without Sec-Fetch-Site. The probe
// found invitation links made with http:// and such a post refused; every link the app
// hands out now uses VOUCH_PUBLIC_URL's scheme and host. In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  fixtureFile,
  NOW,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  upload,
} from "../helpers/server.js";

const PUBLIC = "https://vouch.example.com";
// What the proxy forwards: the public host over http.
const UPSTREAM = "http://vouch.example.com";

describe.each(DATABASE_KINDS)("links behind a TLS proxy on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let creatorId: number;
  let app: ReturnType<typeof createApp>;

  /** The browser's form post through the proxy: the session cookie, Origin https, no Sec-Fetch-Site. */
  const post = (path: string, fields: Record<string, string>) =>
    app.request(`${UPSTREAM}${path}`, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: PUBLIC,
        cookie: `vouch_session=${ws.sessionToken}`,
      },
    });

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Proxy brand");
    const member = (await createToken(s, ws, "member")).token;
    const imported = await upload(s.app, bearer(member), [fixtureFile("snapshot/trail_runner.json")]);
    expect(imported.status).toBe(201);
    creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    app = createApp(
      {
        db: s.d.db,
        now: () => NOW,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: true,
        publicUrl: PUBLIC,
      },
      registerPages,
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it("an invitation link uses VOUCH_PUBLIC_URL's https origin", async () => {
    const res = await post("/settings/members/invitations", { role: "viewer" });
    expect(res.status).toBe(201);
    expect(await res.text()).toMatch(/value="https:\/\/vouch\.example\.com\/invite\/vinv_[a-z0-9]+"/);
  });

  it("a media-kit link too", async () => {
    const res = await post(`/creators/${creatorId}/media-kit-requests`, {});
    expect(res.status).toBe(201);
    expect(await res.text()).toMatch(/https:\/\/vouch\.example\.com\/kit\/vkit_[a-z0-9]+/);
  });
});
