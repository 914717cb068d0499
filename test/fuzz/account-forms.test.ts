// Fuzzing the account forms of issue 14's item 9, in-process through the Hono app with its
// pages, on PGlite and PostgreSQL: POST /forgot-password, the reset link's form (a live
// link, and hostile text where the token goes), the settings page's name and password
// forms, and a member's role. Fields get hostile values (NUL, lone surrogates, control and
// bidi characters, very long text) or go missing; bodies are url-encoded or multipart.
// Property: never a 5xx, and a refused post answers a page that says what is wrong.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { createInvitation } from "../../src/services/auth/invitations.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { openTestServer, signUpWorkspace, type TestServer, type TestWorkspace } from "../helpers/server.js";
import { fuzzCases, fuzzParameters, fuzzTimeout } from "./fuzz-runs.js";
import { hostileString } from "./hostile-values.js";

const ORIGIN = "http://localhost";
/** What a refused account form shows: an error next to a field, at the top, or an error page. */
const SAYS = /class="field-error"|role="alert"|class="error-message"/;

// A post hashes at most one password: 10 to 80 ms. 30 cases per target and database kind
// under npm test; under npm run fuzz a tenth of FUZZ_RUNS on each.
const runs = fuzzCases(30, 0.1);
const timeout = fuzzTimeout(runs, 200);

/** A value for one field: a hostile string, or absent (null). */
const value = fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constant(null) });

function body(fields: Record<string, string | null>, multipart: boolean, cookie?: string): RequestInit {
  const present = Object.entries(fields).filter((e): e is [string, string] => e[1] !== null);
  const headers: Record<string, string> = {
    origin: ORIGIN,
    accept: "text/html",
    ...(cookie ? { cookie } : {}),
  };
  if (!multipart)
    return {
      method: "POST",
      body: new URLSearchParams(present).toString(),
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    };
  const form = new FormData();
  for (const [k, v] of present) form.append(k, v);
  return { method: "POST", body: form, headers };
}

describe.each(DATABASE_KINDS)("fuzzing the account forms on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let ws: TestWorkspace;
  let owner: string;

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: Number.MAX_SAFE_INTEGER,
        secureCookies: false,
        print: () => {},
      },
      registerPages,
    );
    ws = await signUpWorkspace(s, "Fuzz brand");
    owner = `vouch_session=${ws.sessionToken}`;
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Posts; never 5xx; a 4xx page says what is wrong. */
  async function post(path: string, init: RequestInit, accepted: number[]) {
    const res = await app.request(path, init);
    const page = await res.text();
    expect(res.status, `${path}: ${page.slice(0, 1_000)}`).toBeLessThan(500);
    if (!accepted.includes(res.status)) {
      expect(res.status, page.slice(0, 1_000)).toBeGreaterThanOrEqual(400);
      expect(page, `${res.status}: ${page.slice(0, 1_000)}`).toMatch(SAYS);
    }
    return res;
  }

  it(
    "POST /forgot-password",
    async () => {
      const email = fc.oneof(value, fc.constant(ws.owner.email), fc.constant("nobody@example.test"));
      await fc.assert(
        fc.asyncProperty(email, fc.boolean(), async (e, multipart) => {
          // Every shape of address that passes is answered "check your mail" (303).
          await post("/forgot-password", body({ email: e }, multipart), [303]);
        }),
        fuzzParameters(`forgot-password form on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /reset-password/:token",
    async () => {
      // A live link of an account whose password nobody else uses here.
      const { token } = await createInvitation(s.d.db, ws.owner, "member", s.clock.now);
      await app.request(
        `/invite/${token}/sign-up`,
        body({ email: "reset@example.test", password: "invited password 1" }, false),
      );
      const printed: string[] = [];
      const withPrint = createApp(
        {
          db: s.d.db,
          now: () => s.clock.now,
          maxUploadBytes: 1024 ** 2,
          authRateLimit: Number.MAX_SAFE_INTEGER,
          secureCookies: false,
          print: (line) => printed.push(line),
        },
        registerPages,
      );
      await withPrint.request("/forgot-password", body({ email: "reset@example.test" }, false));
      await expect.poll(() => printed.length, { timeout: 10_000 }).toBe(1); // made after the answer
      const link = /(\/reset-password\/vpr_[a-z2-7]{32})$/.exec(printed[0] ?? "")?.[1] as string;
      expect(link).toBeDefined();
      const path = fc.oneof(
        { weight: 3, arbitrary: fc.constant(link) },
        {
          weight: 1,
          arbitrary: hostileString.map((t) => `/reset-password/${encodeURIComponent(t.toWellFormed())}`),
        },
      );
      await fc.assert(
        fc.asyncProperty(path, value, fc.boolean(), async (p, password, multipart) => {
          await post(p, body({ password }, multipart), [303]);
        }),
        fuzzParameters(`reset-password form on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /settings/name and /settings/password",
    async () => {
      const form = fc.oneof(
        value.map((name) => ["/settings/name", { name }] as const),
        fc
          .tuple(fc.oneof(value, fc.constant("correct horse battery")), value)
          .map(
            ([currentPassword, newPassword]) =>
              ["/settings/password", { currentPassword, newPassword }] as const,
          ),
      );
      await fc.assert(
        fc.asyncProperty(form, fc.boolean(), async ([path, fields], multipart) => {
          await post(path, body(fields, multipart, owner), [303]);
        }),
        fuzzParameters(`settings forms on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /settings/members/:userId/role",
    async () => {
      const { token } = await createInvitation(s.d.db, ws.owner, "member", s.clock.now);
      await app.request(
        `/invite/${token}/sign-up`,
        body({ email: "role@example.test", password: "invited password 1" }, false),
      );
      const member = await s.d.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", "role@example.test")
        .executeTakeFirstOrThrow();
      const id = fc.oneof(
        fc.constantFrom(String(member.id), String(ws.userId)),
        hostileString.map((t) => encodeURIComponent(t.toWellFormed())),
      );
      const role = fc.oneof(fc.constantFrom("owner", "member", "viewer"), value);
      await fc.assert(
        fc.asyncProperty(id, role, fc.boolean(), async (userId, r, multipart) => {
          // The owner demoting themselves is refused (409) while they are the only owner.
          await post(`/settings/members/${userId}/role`, body({ role: r }, multipart, owner), [303]);
          if (userId === String(ws.userId)) {
            const owners = await s.d.db
              .selectFrom("memberships")
              .select("user_id")
              .where("workspace_id", "=", ws.workspaceId)
              .where("role", "=", "owner")
              .execute();
            expect(owners.length).toBeGreaterThanOrEqual(1);
          }
        }),
        fuzzParameters(`member role form on ${kind}`, runs),
      );
    },
    timeout,
  );
});
