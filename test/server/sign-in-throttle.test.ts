// Failed sign-ins are limited per address and account, per account and per address, so a
// guesser is slowed down but cannot lock the owner out: once the probe tripped the old
// limit (requests per address), the right password was refused too. Addresses are given
// to app.request as the Node server's socket would. In-process on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { SIGN_IN_LIMITS } from "../../src/server/sign-in-throttle.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { NOW, openTestServer, signUpWorkspace, type TestServer } from "../helpers/server.js";

const PASSWORD = "correct horse battery";
const ATTACKER = "203.0.113.7";
const OWNER_ELSEWHERE = "198.51.100.20";

describe.each(DATABASE_KINDS)("sign-in limits on %s", (kind) => {
  let s: TestServer;
  let owner: string;
  let neighbour: string;
  const clock = { now: NOW };
  let app: ReturnType<typeof createApp>;

  /** A sign-in form post from `address`; the answer's status. */
  const signIn = async (address: string, email: string, password: string) =>
    (
      await app.request(
        "http://localhost/sign-in",
        {
          method: "POST",
          body: new URLSearchParams({ email, password }).toString(),
          headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
        },
        { incoming: { socket: { remoteAddress: address, remoteFamily: "IPv4", remotePort: 40_000 } } },
      )
    ).status;

  beforeAll(async () => {
    s = await openTestServer(kind);
    owner = (await signUpWorkspace(s, "Owner brand")).owner.email ?? "";
    neighbour = (await signUpWorkspace(s, "Neighbour brand")).owner.email ?? "";
  });
  afterAll(async () => {
    await s?.close();
  });

  // Each test starts a new app (its own counts) at its own time.
  const fresh = () => {
    clock.now = NOW;
    app = createApp(
      {
        db: s.d.db,
        now: () => clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10,
        secureCookies: false,
      },
      registerPages,
    );
  };

  it("stops a guesser's address after 5 failures, and still lets the owner in from elsewhere", async () => {
    fresh();
    expect(SIGN_IN_LIMITS.perAddressAndAccount.failures).toBe(5);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push(await signIn(ATTACKER, owner, `guess number ${i}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // The guesser learns nothing more, even with the right password.
    expect(await signIn(ATTACKER, owner, PASSWORD)).toBe(429);
    // The owner, elsewhere: a typo is a plain failure, the right password works.
    expect(await signIn(OWNER_ELSEWHERE, owner, "a typo in it")).toBe(401);
    expect(await signIn(OWNER_ELSEWHERE, owner, PASSWORD)).toBe(303);
    // Someone else at the guesser's address signs in to their own account.
    expect(await signIn(ATTACKER, neighbour, PASSWORD)).toBe(303);
    // After 15 minutes the guesser's address may try again.
    clock.now += 15 * 60_000;
    expect(await signIn(ATTACKER, owner, "guess number 9")).toBe(401);
  });

  it("stops every address that failed on an account after 20 failures, not one that did not", async () => {
    fresh();
    expect(SIGN_IN_LIMITS.perAccount.failures).toBe(20);
    // 20 guessers, one failure each (each below its own limit).
    for (let i = 1; i <= 20; i++) expect(await signIn(`192.0.2.${i}`, owner, `guess ${i}`)).toBe(401);
    expect(await signIn("192.0.2.1", owner, PASSWORD)).toBe(429);
    expect(await signIn("192.0.2.21", owner, "guess 21")).toBe(401);
    expect(await signIn("192.0.2.21", owner, "guess 22")).toBe(429);
    expect(await signIn(OWNER_ELSEWHERE, owner, PASSWORD)).toBe(303);
  });

  it("stops an address that fails on many accounts (VOUCH_AUTH_RATE_LIMIT a minute), for a minute", async () => {
    fresh();
    for (let i = 0; i < 10; i++)
      expect(await signIn(ATTACKER, `nobody-${i}@example.test`, "guess")).toBe(401);
    const refused = await app.request(
      "http://localhost/sign-in",
      {
        method: "POST",
        body: new URLSearchParams({ email: "nobody-10@example.test", password: "guess" }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      },
      { incoming: { socket: { remoteAddress: ATTACKER, remoteFamily: "IPv4", remotePort: 40_000 } } },
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toEqual({
      error: {
        code: "rate_limited",
        message: "too many failed sign-ins from your address; wait 1 minute and try again",
        details: {},
      },
    });
    expect(await signIn(OWNER_ELSEWHERE, owner, PASSWORD)).toBe(303);
    clock.now += 60_000;
    expect(await signIn(ATTACKER, neighbour, PASSWORD)).toBe(303);
  });

  it("counts only failures: signing in 30 times a minute from one address is fine", async () => {
    fresh();
    for (let i = 0; i < 30; i++) expect(await signIn(ATTACKER, neighbour, PASSWORD)).toBe(303);
  });

  it("forgets an address's failures on an account once it signs in", async () => {
    fresh();
    for (let i = 0; i < 4; i++) expect(await signIn(OWNER_ELSEWHERE, owner, `typo ${i}`)).toBe(401);
    expect(await signIn(OWNER_ELSEWHERE, owner, PASSWORD)).toBe(303);
    for (let i = 0; i < 4; i++) expect(await signIn(OWNER_ELSEWHERE, owner, `typo ${i}`)).toBe(401);
    expect(await signIn(OWNER_ELSEWHERE, owner, PASSWORD)).toBe(303);
  });
});
