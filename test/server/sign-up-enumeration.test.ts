// The sign-up form does not tell who has an account: the probe read "an account with
// this email exists already". A new and a taken email now get the same answer (303 to
// the sign-in page, no cookie, the same body); the taken account is left as it was, and
// with SMTP its owner is mailed. In-process on PGlite and PostgreSQL.

import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS, dumpTables } from "../helpers/databases.js";
import {
  NOW,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

describe.each(DATABASE_KINDS)("sign-up without telling who has an account on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;

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
  const post = (a: ReturnType<typeof app>, path: string, fields: Record<string, string>) =>
    a.request(`http://localhost${path}`, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
    });
  /** What an observer of the answer sees. */
  const answer = async (res: Response) => ({
    status: res.status,
    location: res.headers.get("location"),
    cookie: res.headers.get("set-cookie"),
    body: await res.text(),
  });

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Owner brand");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers a taken email exactly as a new one, and changes nothing for it", async () => {
    const a = app();
    const before = await dumpTables(s.d);
    const users = await s.d.db.selectFrom("users").selectAll().orderBy("id").execute();
    const taken = await answer(
      await post(a, "/sign-up", {
        email: ws.owner.email ?? "",
        password: "a different long password",
        workspaceName: "Probe",
      }),
    );
    const fresh = await answer(
      await post(a, "/sign-up", {
        email: "newcomer@example.test",
        password: "a different long password",
        workspaceName: "Probe",
      }),
    );
    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ status: 303, location: "/sign-in?signed-up=1", cookie: null, body: "" });
    // The owner's account is as it was (same password hash); only the newcomer was added.
    expect(await dumpTables(s.d)).toEqual(before);
    const after = await s.d.db.selectFrom("users").selectAll().orderBy("id").execute();
    expect(after.slice(0, users.length)).toEqual(users);
    expect(after.slice(users.length).map((u) => u.email)).toEqual(["newcomer@example.test"]);

    // The page it leads to says the same to both, and the newcomer can sign in.
    const page = await (await a.request("http://localhost/sign-in?signed-up=1")).text();
    expect(page).toContain("If this email had an account already, nothing was changed");
    const signIn = await post(a, "/sign-in", {
      email: "newcomer@example.test",
      password: "a different long password",
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get("location")).toBe("/");
  });

  it("mails the owner of a taken email when the server has SMTP, and no one else", async () => {
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
      const a = app({
        kitMail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "Vouch <vouch@example.invalid>" },
        publicUrl: "https://vouch.example.com",
      });
      const fresh = await post(a, "/sign-up", {
        email: "second-newcomer@example.test",
        password: "a different long password",
        workspaceName: "Probe",
      });
      const taken = await post(a, "/sign-up", {
        email: (ws.owner.email ?? "").toUpperCase(),
        password: "a different long password",
        workspaceName: "Probe",
      });
      expect([fresh.status, taken.status]).toEqual([303, 303]);
      // The mail goes out after the answer: wait for it.
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      const mail = received[0] as string;
      expect(mail).toContain(`To: ${ws.owner.email}`);
      expect(mail).toContain("Subject: Someone tried to sign up to Vouch with your email");
      expect(mail).toContain("https://vouch.example.com/sign-in");
      expect(mail).toContain("Nothing was changed.");
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
