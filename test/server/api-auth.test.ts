// Who may call the API: no credentials, unknown and revoked tokens, roles
// (viewer reads; member also imports and audits; only an owner's session manages
// tokens), token secrets shown once, security headers and the rate limit on the
// token endpoints. In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listApiTokens } from "../../src/services/auth/api-tokens.js";
import { DATABASE_KINDS, dumpTables } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  fixtureFile,
  NOW,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  upload,
} from "../helpers/server.js";

const UNAUTHORIZED_NO_CALLER = {
  error: {
    code: "unauthorized",
    message: "sign in, or send an API token as Authorization: Bearer <token>",
    details: {},
  },
};
const UNAUTHORIZED_TOKEN = {
  error: { code: "unauthorized", message: "the API token is missing, unknown or revoked", details: {} },
};

describe.each(DATABASE_KINDS)("API authentication and authorisation on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let member: string;
  let viewer: string;
  let creatorId: number;

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Auth brand");
    member = (await createToken(s, ws, "member")).token;
    viewer = (await createToken(s, ws, "viewer")).token;
    // One creator to read and (try to) audit: trail_runner, 2 posts and 4 comments in the snapshot.
    // Stored only: the audits below are the ones these tests run.
    const imported = await upload(s.app, bearer(member), [fixtureFile("snapshot/trail_runner.json")], {
      audit: "false",
    });
    expect(imported.status).toBe(201);
    const list = await call(s.app, "GET", "/api/v1/creators", bearer(member));
    creatorId = list.body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("no credentials: 401 unauthorized on every kind of operation", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/creators"],
      ["GET", `/api/v1/creators/${creatorId}`],
      ["POST", `/api/v1/creators/${creatorId}/audits`],
      ["GET", "/api/v1/tokens"],
    ] as const) {
      // The Origin a same-site page would send, so that CSRF protection is not what answers.
      const r = await call(s.app, method, path, { origin: "http://localhost" });
      expect([method, path, r.status, r.body]).toEqual([method, path, 401, UNAUTHORIZED_NO_CALLER]);
    }
    const r = await s.app.request("/api/v1/imports", {
      method: "POST",
      body: (() => {
        const f = new FormData();
        f.append("files", fixtureFile("snapshot/trail_runner.json"));
        return f;
      })(),
      headers: { origin: "http://localhost" },
    });
    expect([r.status, await r.json()]).toEqual([401, UNAUTHORIZED_NO_CALLER]);
  });

  it("an unknown token, a malformed header, a session token as bearer, an unknown cookie: 401", async () => {
    const unknown = await call(s.app, "GET", "/api/v1/creators", bearer(`vch_${"a".repeat(32)}`));
    expect([unknown.status, unknown.body]).toEqual([401, UNAUTHORIZED_TOKEN]);
    // Another scheme (a proxy's Basic auth) is not ours: no caller, as without the header.
    const basic = await call(s.app, "GET", "/api/v1/creators", { authorization: "Basic dXNlcjpwYXNz" });
    expect([basic.status, basic.body]).toEqual([401, UNAUTHORIZED_NO_CALLER]);
    // A session token is no API token, though both are random secrets of the same kind.
    const sessionAsBearer = await call(s.app, "GET", "/api/v1/creators", bearer(ws.sessionToken));
    expect([sessionAsBearer.status, sessionAsBearer.body]).toEqual([401, UNAUTHORIZED_TOKEN]);
    const cookie = await call(s.app, "GET", "/api/v1/creators", {
      cookie: `vouch_session=vs_${"b".repeat(32)}`,
    });
    expect([cookie.status, cookie.body]).toEqual([401, UNAUTHORIZED_NO_CALLER]);
  });

  it("a viewer token reads, but may not import or audit (403 forbidden, nothing stored)", async () => {
    const list = await call(s.app, "GET", "/api/v1/creators", bearer(viewer));
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { account: string }) => c.account)).toEqual(["instagram:trail_runner"]);
    expect((await call(s.app, "GET", `/api/v1/creators/${creatorId}`, bearer(viewer))).status).toBe(200);
    expect((await call(s.app, "GET", `/api/v1/creators/${creatorId}/audits`, bearer(viewer))).body).toEqual({
      items: [],
    });

    const before = await dumpTables(s.d);
    const forbiddenWrite = {
      error: {
        code: "forbidden",
        message: "your role (viewer) may not do this",
        details: { role: "viewer", needs: "write" },
      },
    };
    const imported = await upload(s.app, bearer(viewer), [fixtureFile("graphql/pixel_potter/CXa1.json")]);
    expect([imported.status, imported.body]).toEqual([403, forbiddenWrite]);
    const audit = await call(s.app, "POST", `/api/v1/creators/${creatorId}/audits`, bearer(viewer));
    expect([audit.status, audit.body]).toEqual([403, forbiddenWrite]);
    expect(await dumpTables(s.d)).toEqual(before);
  });

  it("a member token imports and audits, but may not manage tokens; neither may a viewer", async () => {
    const audit = await call(s.app, "POST", `/api/v1/creators/${creatorId}/audits`, bearer(member));
    expect(audit.status).toBe(201);
    for (const [role, token] of [
      ["member", member],
      ["viewer", viewer],
    ] as const) {
      const forbidden = {
        error: {
          code: "forbidden",
          message: `your role (${role}) may not do this`,
          details: { role, needs: "manage" },
        },
      };
      const list = await call(s.app, "GET", "/api/v1/tokens", bearer(token));
      expect([list.status, list.body]).toEqual([403, forbidden]);
      const create = await call(s.app, "POST", "/api/v1/tokens", bearer(token), { name: "escalate" });
      expect([create.status, create.body]).toEqual([403, forbidden]);
      const revoke = await call(s.app, "DELETE", "/api/v1/tokens/1", bearer(token));
      expect([revoke.status, revoke.body]).toEqual([403, forbidden]);
    }
    // The member's attempt created no token: the workspace still has the two of beforeAll.
    expect((await listApiTokens(s.d.db, ws.workspaceId)).map((t) => t.name)).toEqual([
      "member token",
      "viewer token",
    ]);
  });

  it("an owner session creates a token whose secret is shown once, then revokes it", async () => {
    const created = await call(s.app, "POST", "/api/v1/tokens", session(ws), {
      name: "  CI export  ",
      role: "viewer",
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.token;
    // "vch_" and 20 random bytes in base32 (32 characters); the prefix is the first 8 characters.
    expect(secret).toMatch(/^vch_[a-z2-7]{32}$/);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: "CI export",
      prefix: secret.slice(0, 8),
      role: "viewer",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      lastUsedAt: null,
      token: secret,
    });
    const id: number = created.body.id;

    // The new token works at once, with the role it was given, and is marked used at the app's clock.
    expect((await call(s.app, "GET", "/api/v1/creators", bearer(secret))).status).toBe(200);
    const list = await call(s.app, "GET", "/api/v1/tokens", session(ws));
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(secret);
    expect(list.text).not.toContain(secret.slice(8));
    expect(list.body.items.map((t: object) => Object.keys(t).sort())).toEqual(
      Array(3).fill(["createdAt", "id", "lastUsedAt", "name", "prefix", "role"]),
    );
    expect(list.body.items.find((t: { id: number }) => t.id === id)).toEqual({
      id,
      name: "CI export",
      prefix: secret.slice(0, 8),
      role: "viewer",
      createdAt: created.body.createdAt,
      lastUsedAt: new Date(NOW).toISOString(),
    });

    const revoked = await call(s.app, "DELETE", `/api/v1/tokens/${id}`, session(ws));
    expect([revoked.status, revoked.text]).toEqual([204, ""]);
    const after = await call(s.app, "GET", "/api/v1/creators", bearer(secret));
    expect([after.status, after.body]).toEqual([401, UNAUTHORIZED_TOKEN]);
    const listed = await call(s.app, "GET", "/api/v1/tokens", session(ws));
    expect(listed.body.items.map((t: { name: string }) => t.name)).toEqual(["member token", "viewer token"]);
    const again = await call(s.app, "DELETE", `/api/v1/tokens/${id}`, session(ws));
    expect([again.status, again.body.error.code]).toEqual([404, "not_found"]);
  });

  it("token creation validates its body and names the field", async () => {
    const blank = await call(s.app, "POST", "/api/v1/tokens", session(ws), { name: "   " });
    expect([blank.status, blank.body.error.code, blank.body.error.details.field]).toEqual([
      400,
      "invalid_input",
      "name",
    ]);
    // An API token can never be an owner: owners are people with sessions.
    const owner = await call(s.app, "POST", "/api/v1/tokens", session(ws), { name: "root", role: "owner" });
    expect([owner.status, owner.body.error.code, owner.body.error.details.field]).toEqual([
      400,
      "invalid_input",
      "role",
    ]);
  });

  it("a browser form post from another site is refused (CSRF); the same site passes", async () => {
    const headers = { cookie: `vouch_session=${ws.sessionToken}` };
    const foreign = await call(s.app, "POST", `/api/v1/creators/${creatorId}/audits`, {
      ...headers,
      origin: "https://evil.example",
    });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, "forbidden"]);
    const same = await call(s.app, "POST", `/api/v1/creators/${creatorId}/audits`, session(ws));
    expect(same.status).toBe(201);
  });

  it("security headers on API answers, errors included", async () => {
    for (const [what, headers] of [
      ["a 200 answer", bearer(member)],
      ["a 401 answer", {}],
    ] as const) {
      const res = await s.app.request("/api/v1/creators", { headers });
      expect(res.status, what).toBe(what === "a 200 answer" ? 200 : 401);
      const csp = Object.fromEntries(
        (res.headers.get("content-security-policy") ?? "").split(/;\s*/).map((d) => {
          const [name, ...values] = d.split(" ");
          return [name, values.join(" ")];
        }),
      );
      // Scripts only from the app itself: no inline script, no eval, no CDN.
      expect(csp["script-src"], what).toBe("'self'");
      expect(csp["default-src"], what).toBe("'self'");
      expect(csp["object-src"], what).toBe("'none'");
      // Framing refused twice over: CSP frame-ancestors and X-Frame-Options for older browsers.
      expect(csp["frame-ancestors"], what).toBe("'none'");
      expect(res.headers.get("x-frame-options"), what).toBe("SAMEORIGIN");
      expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), what).toBe("same-origin");
      expect(res.headers.get("content-type"), what).toMatch(/^application\/json/);
    }
  });

  // Each request counts once: "/api/v1/tokens" must not also be counted by the "/api/v1/tokens/*" rule.
  it("rate limit: with 3 a minute, the 4th token request in a minute is 429 rate_limited", async () => {
    const limited = s.appWith({ authRateLimit: 3 });
    const start = s.clock.now;
    try {
      for (let i = 1; i <= 3; i++) {
        const r = await call(limited, "POST", "/api/v1/tokens", session(ws), { name: `burst ${i}` });
        expect(r.status).toBe(201);
      }
      const fourth = await call(limited, "POST", "/api/v1/tokens", session(ws), { name: "burst 4" });
      expect([fourth.status, fourth.body]).toEqual([
        429,
        {
          error: {
            code: "rate_limited",
            message: "too many attempts; wait a minute and try again",
            details: {},
          },
        },
      ]);
      // The window opened at `start`: 60 s left now, 30 s left half a minute on.
      expect(fourth.headers.get("retry-after")).toBe("60");
      s.clock.now = start + 30_000;
      const later = await call(limited, "POST", "/api/v1/tokens", session(ws), { name: "burst 5" });
      expect([later.status, later.headers.get("retry-after")]).toEqual([429, "30"]);
      // Reads of creators are not limited.
      for (let i = 0; i < 5; i++)
        expect((await call(limited, "GET", "/api/v1/creators", bearer(member))).status).toBe(200);
      // A minute after the window opened, a new window.
      s.clock.now = start + 60_000;
      const next = await call(limited, "POST", "/api/v1/tokens", session(ws), { name: "next minute" });
      expect(next.status).toBe(201);
    } finally {
      s.clock.now = start;
    }
    // The refused requests created nothing: burst 1–3 and "next minute" only.
    const names = (await listApiTokens(s.d.db, ws.workspaceId)).map((t) => t.name);
    expect(names.filter((n) => n.startsWith("burst") || n === "next minute")).toEqual([
      "burst 1",
      "burst 2",
      "burst 3",
      "next minute",
    ]);
  });
});
