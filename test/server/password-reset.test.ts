// Password reset by mail link (issue 14, item 9): "check your mail" for every address, so the
// form tells nobody who has an account; the link works once, for an hour, and only its
// SHA-256 is stored; without SMTP it is printed on the server's output; a reset signs every
// session out; requests are rate-limited per address and capped per account. In-process on
// PGlite and PostgreSQL.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { signUp } from "../../src/services/auth/sign-up.js";
import { hashToken } from "../../src/services/auth/tokens.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { openTestServer, signUpWorkspace, type TestServer, type TestWorkspace } from "../helpers/server.js";

const HOUR = 3_600_000;

describe.each(DATABASE_KINDS)("password reset on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let email: string;
  const printed: string[] = [];

  const app = (deps: Partial<AppDeps> = {}) =>
    createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        print: (line) => printed.push(line),
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
  const answer = async (res: Response) => ({
    status: res.status,
    location: res.headers.get("location"),
    cookie: res.headers.get("set-cookie"),
    body: await res.text(),
  });
  /** Waits until `n` lines were printed in all: the link is made after the answer. */
  const printedLines = (n: number) => expect.poll(() => printed.length, { timeout: 10_000 }).toBe(n);
  /** The link in the last printed line, as a path. */
  const lastLink = () =>
    /http:\/\/localhost(\/reset-password\/vpr_[a-z2-7]{32})$/.exec(printed.at(-1) ?? "")?.[1];
  const resetRows = () =>
    s.d.db.selectFrom("password_resets").selectAll().where("user_id", "=", ws.userId).orderBy("id").execute();

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Reset brand");
    email = ws.owner.email ?? "";
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers a known and an unknown address alike, and prints the link without SMTP", async () => {
    const a = app();
    const known = await answer(await post(a, "/forgot-password", { email: email.toUpperCase() }));
    const unknown = await answer(await post(a, "/forgot-password", { email: "nobody@example.test" }));
    expect(known).toEqual(unknown);
    expect(known).toEqual({ status: 303, location: "/forgot-password?sent=1", cookie: null, body: "" });
    // One line, for the known address only (requests are worked out in turn, after the answer).
    await printedLines(1);
    expect(printed[0]).toContain(`Password reset link for ${email} (no VOUCH_SMTP_URL`);
    expect(printed[0]).toContain("valid until 2026-11-01T13:00:00.000Z, once");
    const link = lastLink() as string;
    expect(link).toBeDefined();
    // Only the token's SHA-256 is stored, with an expiry one hour from now.
    const rows = await resetRows();
    expect(rows).toHaveLength(1);
    const token = link.split("/").at(-1) as string;
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(new Date(rows[0]?.expires_at as Date).toISOString()).toBe("2026-11-01T13:00:00.000Z");
    expect(rows[0]?.used_at).toBeNull();

    const page = await get(a, "/forgot-password?sent=1");
    const text = await page.text();
    expect(text).toContain("Check your mail.");
    expect(text).toContain("This server sends no mail: its administrator finds the link in the server");
  });

  it("refuses a weak password with the reason, then changes it once and signs every session out", async () => {
    const a = app();
    const link = lastLink() as string;
    const form = await get(a, link);
    expect(form.status).toBe(200);
    expect(form.headers.get("cache-control")).toBe("no-store");
    const formText = await form.text();
    expect(formText).toContain("Choose a new password");
    expect(formText).toContain(`For <strong>${email}</strong>`);

    const weak = await post(a, link, { password: "aaaaaaaaaa" });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain("this password repeats one character (like aaaa)");
    expect((await get(a, link)).status).toBe(200); // still works

    const cookie = `vouch_session=${ws.sessionToken}`;
    expect((await get(a, "/", cookie)).status).toBe(200);
    const done = await post(a, link, { password: "lantern orbit pebble sketch" });
    expect([done.status, done.headers.get("location")]).toEqual([303, "/sign-in?reset=1"]);
    expect(await (await get(a, "/sign-in?reset=1")).text()).toContain("Your password was changed");
    // The session from before is gone; the old password no longer signs in, the new one does.
    expect((await get(a, "/", cookie)).headers.get("location")).toBe("/sign-in?next=%2F");
    expect((await post(a, "/sign-in", { email, password: "correct horse battery" })).status).toBe(401);
    expect((await post(a, "/sign-in", { email, password: "lantern orbit pebble sketch" })).status).toBe(303);

    // Used: the same answer as an unknown link.
    const used = await get(a, link);
    expect(used.status).toBe(404);
    expect(await used.text()).toContain(
      "This reset link is unknown, used already or expired; ask for a new one.",
    );
    expect((await post(a, link, { password: "another fine passphrase here" })).status).toBe(404);
    expect((await get(a, "/reset-password/vpr_nottoken")).status).toBe(404);
  });

  it("lasts one hour, and a reset spends the account's other links", async () => {
    const a = app();
    s.clock.now += 2 * HOUR; // past the cap's hour
    await post(a, "/forgot-password", { email });
    await printedLines(printed.length + 1);
    const first = lastLink() as string;
    await post(a, "/forgot-password", { email });
    await printedLines(printed.length + 1);
    const second = lastLink() as string;
    expect(second).not.toBe(first);
    s.clock.now += HOUR - 1;
    expect((await get(a, first)).status).toBe(200);
    s.clock.now += 1; // exactly one hour after the first: expired
    expect((await get(a, first)).status).toBe(404);
    s.clock.now -= 1;
    expect((await post(a, second, { password: "quiet harbour maple violin" })).status).toBe(303);
    expect((await get(a, first)).status).toBe(404);
    s.clock.now += 1;
  });

  it("sends an account at most three links an hour, answering alike", async () => {
    const a = app();
    s.clock.now += 2 * HOUR;
    const before = printed.length;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await answer(await post(a, "/forgot-password", { email })));
    expect(new Set(answers.map((x) => JSON.stringify(x))).size).toBe(1);
    // A request for another account after them, in turn: once its line is out, all four ran.
    await signUp(
      s.d.db,
      { email: "second@example.test", password: "correct horse battery", workspaceName: "Second" },
      s.clock.now,
    );
    await post(a, "/forgot-password", { email: "second@example.test" });
    await printedLines(before + 4);
    expect(printed.slice(before).filter((l) => l.includes(email))).toHaveLength(3);
    s.clock.now += HOUR + 1; // the first three were made at one instant: an hour later they no longer count
    await post(a, "/forgot-password", { email });
    await printedLines(before + 5);
    expect(printed.at(-1)).toContain(email);
  });

  it("mails the link when the server has SMTP, to known addresses only", async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let text = "";
        stream.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
        });
        stream.on("end", () => {
          received.push(text);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    try {
      s.clock.now += 2 * HOUR;
      const before = printed.length;
      const a = app({
        kitMail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "Vouch <vouch@example.invalid>" },
        publicUrl: "https://vouch.example.com",
      });
      const unknown = await answer(await post(a, "/forgot-password", { email: "stranger@example.test" }));
      const known = await answer(await post(a, "/forgot-password", { email }));
      expect(known).toEqual(unknown);
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      expect(printed.length).toBe(before); // mailed, not printed
      const mail = (received[0] as string).replace(/=\r?\n/g, "");
      expect(mail).toContain(`To: ${email}`);
      expect(mail).toContain("Subject: Choose a new Vouch password");
      const link = /https:\/\/vouch\.example\.com(\/reset-password\/vpr_[a-z2-7]{32})/.exec(
        mail,
      )?.[1] as string;
      expect(link).toBeDefined();
      expect((await get(a, link)).status).toBe(200);
      const page = await (await get(a, "/forgot-password?sent=1")).text();
      expect(page).toContain("Check your mail.");
      expect(page).not.toContain("This server sends no mail");
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it("prints an address's control characters as text, never raw to the terminal", async () => {
    // Sign-up refuses only spaces and a second "@": an escape sequence (here one that would
    // set the terminal's title) can be part of a stored address.
    const sneaky = "esc\u001b]0;owned\u0007@example.test";
    await signUp(
      s.d.db,
      { email: sneaky, password: "correct horse battery", workspaceName: "Esc" },
      s.clock.now,
    );
    const before = printed.length;
    await post(app(), "/forgot-password", { email: sneaky });
    await printedLines(before + 1);
    const line = printed.at(-1) as string;
    expect(line).toContain("Password reset link for esc\\x1b]0;owned\\x07@example.test (no VOUCH_SMTP_URL");
    expect([...line].filter((c) => c < " " || (c >= "\u007f" && c <= "\u009f"))).toEqual([]);
  });

  it("checks the address's shape and rate-limits requests per address", async () => {
    const a = app({ authRateLimit: 2 });
    const bad = await post(a, "/forgot-password", { email: "not an address" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("enter an email address");
    expect((await post(a, "/forgot-password", { email: "x@example.test" })).status).toBe(303);
    const limited = await post(a, "/forgot-password", { email: "y@example.test" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
  });

  it("refuses a cross-site post (CSRF)", async () => {
    const res = await app().request("http://localhost/forgot-password", {
      method: "POST",
      body: new URLSearchParams({ email }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
  });
});
