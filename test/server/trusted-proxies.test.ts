// Rate limits count per client address, and X-Forwarded-For names the client only when
// the socket's peer is a trusted proxy (VOUCH_TRUSTED_PROXIES): without the setting, or
// from a peer outside it, a client cannot escape a limit by changing the header. Peer
// addresses are given to app.request as the Node server's socket would. In-process on
// PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { parseTrustedProxies, type TrustedProxies } from "../../src/server/client-address.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { NOW, openTestServer, signUpWorkspace, type TestServer } from "../helpers/server.js";

const PROXY = "10.0.0.5";
const STRANGER = "203.0.113.7";

describe("parseTrustedProxies", () => {
  it("takes addresses and CIDR ranges, IPv4 and IPv6, and matches IPv4-mapped peers", () => {
    const proxies = parseTrustedProxies(" 127.0.0.1, 10.0.0.0/8 ,fd00::/8,::1,");
    expect(proxies.entries).toEqual(["127.0.0.1", "10.0.0.0/8", "fd00::/8", "::1"]);
    for (const address of ["127.0.0.1", "10.200.3.4", "::ffff:10.0.0.5", "fd12::1", "::1"])
      expect(proxies.has(address), address).toBe(true);
    for (const address of ["127.0.0.2", "11.0.0.1", "fe80::1", "in-process", "unknown", ""])
      expect(proxies.has(address), address).toBe(false);
  });

  it("refuses what is not an address or a range, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.1, proxy.internal")).toThrow(
      '"proxy.internal" is not an IP address or CIDR range',
    );
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(
      '"10.0.0.0/33" has a prefix length that is not 0–32',
    );
    expect(() => parseTrustedProxies("fd00::/129")).toThrow("not 0–128");
    expect(() => parseTrustedProxies("10.0.0.0/8/8")).toThrow("is not an IP address");
    expect(() => parseTrustedProxies("10.0.0.0/")).toThrow("prefix length");
  });
});

describe.each(DATABASE_KINDS)("client addresses behind a proxy on %s", (kind) => {
  let s: TestServer;
  let owner: string;
  const clock = { now: NOW };
  let app: ReturnType<typeof createApp>;

  // Each test starts a new app (its own counts): 3 token requests a minute per address.
  const fresh = (trustedProxies: TrustedProxies | null) => {
    clock.now = NOW;
    app = createApp(
      {
        db: s.d.db,
        now: () => clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 3,
        secureCookies: false,
        trustedProxies,
      },
      registerPages,
    );
  };

  /** A post (JSON to the API, else a form) from the socket peer `peer`, with X-Forwarded-For when given; its status. */
  const send = async (path: string, body: Record<string, string>, peer: string, forwardedFor?: string) =>
    (
      await app.request(
        `http://localhost${path}`,
        {
          method: "POST",
          body: path.startsWith("/api/") ? JSON.stringify(body) : new URLSearchParams(body).toString(),
          headers: {
            "content-type": path.startsWith("/api/")
              ? "application/json"
              : "application/x-www-form-urlencoded",
            origin: "http://localhost",
            ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
          },
        },
        { incoming: { socket: { remoteAddress: peer, remoteFamily: "IPv4", remotePort: 40_000 } } },
      )
    ).status;
  // Without a caller the token route answers 401, after the limit has counted the request.
  const tokenRequest = (peer: string, forwardedFor?: string) =>
    send("/api/v1/tokens", { name: "a token" }, peer, forwardedFor);

  beforeAll(async () => {
    s = await openTestServer(kind);
    owner = (await signUpWorkspace(s, "Proxied brand")).owner.email ?? "";
  });
  afterAll(async () => {
    await s?.close();
  });

  it("without the setting ignores X-Forwarded-For: a client cannot escape the limit by changing it", async () => {
    fresh(null);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await tokenRequest(STRANGER, `198.51.100.${i}`));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another peer has a budget of its own.
    expect(await tokenRequest("203.0.113.8", "198.51.100.0")).toBe(401);
  });

  it("with the peer among the trusted proxies counts per forwarded address", async () => {
    fresh(parseTrustedProxies("10.0.0.0/8"));
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await tokenRequest(PROXY, "198.51.100.1"));
    expect(first).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy is served; the same client through another
    // proxy address is not.
    expect(await tokenRequest(PROXY, "198.51.100.2")).toBe(401);
    expect(await tokenRequest("10.0.0.6", "198.51.100.1")).toBe(429);
    // A client that writes the header itself cannot pick its address: the proxy appends the
    // address it heard from, and the rightmost untrusted one counts.
    expect(await tokenRequest(PROXY, "192.0.2.99, 198.51.100.1")).toBe(429);
    // Trusted hops are skipped: client → inner proxy → outer proxy → Vouch.
    expect(await tokenRequest(PROXY, "198.51.100.1, 10.1.1.1")).toBe(429);
    // No header, or no address in it, from a proxy: the proxy's own address counts.
    for (let i = 0; i < 3; i++) expect(await tokenRequest(PROXY)).toBe(401);
    expect(await tokenRequest(PROXY, "not an address")).toBe(429);
  });

  it("with a peer outside the trusted proxies ignores the header", async () => {
    fresh(parseTrustedProxies("10.0.0.0/8"));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await tokenRequest(STRANGER, `10.0.0.${i + 1}`));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("counts failed sign-ins per forwarded address behind a trusted proxy, per peer otherwise", async () => {
    const signIn = (peer: string, forwardedFor: string) =>
      send("/sign-in", { email: owner, password: "a wrong guess" }, peer, forwardedFor);
    // authRateLimit failures a minute from one address, on any accounts.
    fresh(parseTrustedProxies(PROXY));
    const behindProxy = [];
    for (let i = 0; i < 4; i++) behindProxy.push(await signIn(PROXY, "198.51.100.1"));
    expect(behindProxy).toEqual([401, 401, 401, 429]);
    expect(await signIn(PROXY, "198.51.100.2")).toBe(401);
    fresh(null);
    const direct = [];
    for (let i = 0; i < 4; i++) direct.push(await signIn(STRANGER, `198.51.100.${i}`));
    expect(direct).toEqual([401, 401, 401, 429]);
  });
});
