// DNS rebinding: a page on a domain of the attacker's that resolves to 127.0.0.1 reached
// the server as a request for that domain, same-origin in the browser's eyes, and signed
// in, listed creators and made an API token. The server now answers only to the loopback
// names, VOUCH_PUBLIC_URL's host and VOUCH_ALLOWED_HOSTS (others: 421 before any route),
// and a form post's Origin must be the app's own: VOUCH_PUBLIC_URL's origin or exactly the
// served origin the request was made to. In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS, dumpTables } from "../helpers/databases.js";
import {
  bearer,
  createToken,
  NOW,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

const REBIND = "http://rebind.attacker.example:3000";
const PASSWORD = "correct horse battery";

describe.each(DATABASE_KINDS)("allowed hosts and the CSRF origin on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let email: string;
  let token: string;

  const app = (deps: Partial<AppDeps> = {}) =>
    createApp(
      {
        db: s.d.db,
        now: () => NOW,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        ...deps,
      },
      registerPages,
    );

  /** A browser's form post to `url`, sent from a page at `origin`. */
  const formPost = (
    a: ReturnType<typeof app>,
    url: string,
    origin: string | null,
    fields: Record<string, string>,
    more: Record<string, string> = {},
  ) =>
    a.request(url, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(origin ? { origin } : {}),
        ...more,
      },
    });

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Hosts brand");
    email = ws.owner.email ?? "";
    token = (await createToken(s, ws, "member")).token;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers 421 to the rebinding page, before any route, and stores nothing", async () => {
    const before = await dumpTables(s.d);
    const a = app();
    // What the probe's page did, as the browser sends it: its own origin, same-origin.
    const signIn = await formPost(
      a,
      `${REBIND}/sign-in`,
      REBIND,
      { email, password: PASSWORD },
      { "sec-fetch-site": "same-origin" },
    );
    expect(signIn.status).toBe(421);
    expect(signIn.headers.get("set-cookie")).toBeNull();
    const list = await a.request(`${REBIND}/api/v1/creators`, { headers: bearer(token) });
    expect(list.status).toBe(421);
    expect(await list.json()).toEqual({
      error: {
        code: "misdirected_request",
        message:
          "this server does not answer to the name rebind.attacker.example; its operator can add it to VOUCH_ALLOWED_HOSTS",
        details: {},
      },
    });
    const made = await a.request(`${REBIND}/api/v1/tokens`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": "application/json" },
      body: JSON.stringify({ name: "stolen", role: "member" }),
    });
    expect(made.status).toBe(421);
    // Not even a page that needs no one: the public sign-in form, the OpenAPI document.
    for (const path of ["/sign-in", "/openapi.json", "/no-such-page"])
      expect((await a.request(`${REBIND}${path}`)).status).toBe(421);
    expect(await dumpTables(s.d)).toEqual(before);
  });

  it("shows a browser the 421 as a page", async () => {
    const res = await app().request(`${REBIND}/`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(421);
    expect(await res.text()).toContain("does not answer to the name rebind.attacker.example");
  });

  it("answers to the loopback names, VOUCH_PUBLIC_URL's host and VOUCH_ALLOWED_HOSTS", async () => {
    const a = app({
      publicUrl: "https://Vouch.Example.com",
      allowedHosts: ["intranet.example:8443", " 192.168.1.5 "],
    });
    for (const origin of [
      "http://localhost:3000",
      "http://127.0.0.1",
      "http://[::1]:3000",
      "http://vouch.example.com",
      "https://VOUCH.example.com",
      "http://intranet.example:3000",
      "http://192.168.1.5:3000",
    ])
      expect((await a.request(`${origin}/sign-in`)).status, origin).toBe(200);
    for (const origin of ["http://vouch.example.com.attacker.example", "http://127.0.0.2", "http://0.0.0.0"])
      expect((await a.request(`${origin}/sign-in`)).status, origin).toBe(421);
    // Without the settings only loopback is served.
    expect((await app().request("http://vouch.example.com/sign-in")).status).toBe(421);
  });

  it("takes a form post whose Origin is VOUCH_PUBLIC_URL's, behind a proxy that ends TLS", async () => {
    // The proxy forwards http with the public Host; the browser says https and, being
    // older or a privacy extension's, sends no Sec-Fetch-Site.
    const a = app({ publicUrl: "https://vouch.example.com" });
    const res = await formPost(a, "http://vouch.example.com/sign-in", "https://vouch.example.com", {
      email,
      password: PASSWORD,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("set-cookie")).toMatch(/^vouch_session=/);
    // The same through a proxy that sets Host to the upstream's loopback address.
    const upstream = await formPost(a, "http://127.0.0.1:3000/sign-in", "https://vouch.example.com", {
      email,
      password: PASSWORD,
    });
    expect(upstream.status).toBe(303);
  });

  it("refuses a form post from any other origin, a sibling port on loopback included", async () => {
    const a = app({ publicUrl: "https://vouch.example.com" });
    for (const [url, origin] of [
      ["http://localhost:3000/sign-in", "http://localhost:8080"],
      ["http://localhost:3000/sign-in", "http://127.0.0.1:3000"],
      ["http://vouch.example.com/sign-in", "http://vouch.example.com.attacker.example"],
      ["http://vouch.example.com/sign-in", "https://attacker.example"],
      ["http://vouch.example.com/sign-in", null],
    ] as const) {
      const res = await formPost(a, url, origin, { email, password: PASSWORD });
      expect(res.status, `${origin} → ${url}`).toBe(403);
    }
    // The request's own served origin still passes (an operator on the machine itself).
    const own = await formPost(a, "http://localhost:3000/sign-in", "http://localhost:3000", {
      email,
      password: PASSWORD,
    });
    expect(own.status).toBe(303);
  });
});
