// Fuzzing the public forms, in-process through the Hono app with its pages, on PGlite and
// PostgreSQL: POST /sign-up, POST /sign-in, the media-kit form a creator reaches through a link
// (POST /kit/:token, the fields of kit-form-fields.ts) and its upload (POST
// /kit/:token/files). Fields get hostile values, good values with one odd character,
// numbers that are none, unknown fields, missing ones; bodies are sent url-encoded, as
// multipart, as random bytes or as JSON; links are good or not. Property: never a 5xx; a
// refused form answers a page that says what is wrong (next to its field, or at the top);
// and a refused post leaves every table as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { kitFieldNames } from "../../src/server/pages/kit-form-fields.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";
import { dumpEveryTable } from "./dump-every-table.js";
import { fuzzCases, fuzzParameters, fuzzTimeout } from "./fuzz-runs.js";
import { hostileString } from "./hostile-values.js";

const ORIGIN = "http://localhost";

/** What a creator types into the kit form (test/server/media-kit-requests.test.ts's TYPED). */
const TYPED: Record<string, string> = {
  "platforms[0].platform": "instagram",
  "platforms[0].handle": "@tiny_baker",
  "platforms[0].followers": "12,400",
  "platforms[0].engagementRate": "3,5",
  "gender.female": "62",
  "gender.male": "36",
  "gender.other": "2",
  "ageBands.18-24": "35",
  "ageBands.25-34": "45",
  "ageBands.35-44": "20",
  "countries[0].country": "de",
  "countries[0].share": "55",
  "cities[0].city": "Berlin",
  "cities[0].country": "DE",
  "cities[0].share": "12",
  "languages[0].language": "de",
  "languages[0].share": "70",
  "rates[0].deliverable": "feed_post",
  "rates[0].amount": "450",
  "rates[0].currency": "eur",
  "pastWork[0].brand": "Oatly",
  "pastWork[0].year": "2025",
  notes: "Thanks!",
};

/** Odd characters a good value may carry. */
const ODD = ["\u0000", "\ud800", "\u001b", "\u202e", "\r\n", "%", "&", "=", "+", "<", '"'];

/** A value for a form field: hostile, a number that is none, or the good one with one odd character. */
const fieldValue = (good: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: hostileString },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "1e309",
        "-5",
        "NaN",
        "12,500,50",
        "1.500,00",
        "100.0000001",
        "99999999999999999999",
        "0x10",
        "١٢٣",
        "",
        " ",
      ),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.nat(), fc.constantFrom(...ODD))
        .map(([at, odd]) => good.slice(0, at % (good.length + 1)) + odd + good.slice(at % (good.length + 1))),
    },
    { weight: 1, arbitrary: fc.constant(good.repeat(1_000)) },
  );

/** The good fields with one to five of them changed, dropped or added. */
function editedForm(
  good: Record<string, string>,
  names: readonly string[],
): fc.Arbitrary<Record<string, string>> {
  const edit = fc.oneof(
    fc.constantFrom(...names).chain((name) => fieldValue(good[name] ?? "").map((value) => ({ name, value }))),
    fc.constantFrom(...names).map((name) => ({ name, value: null })),
    fc.tuple(hostileString, hostileString).map(([name, value]) => ({ name, value })),
  );
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    const out = { ...good };
    for (const { name, value } of edits)
      if (value === null) delete out[name];
      else Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

type Encoding = "urlencoded" | "multipart" | "json" | "bytes";

/** The fields as a browser (or not) sends them. */
function body(fields: Record<string, string>, encoding: Encoding, bytes: Uint8Array): RequestInit {
  const headers = { origin: ORIGIN, accept: "text/html" };
  if (encoding === "urlencoded")
    return {
      method: "POST",
      body: new URLSearchParams(Object.entries(fields)).toString(),
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    };
  if (encoding === "multipart") {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return { method: "POST", body: form, headers };
  }
  if (encoding === "json")
    return {
      method: "POST",
      body: JSON.stringify(fields),
      headers: { ...headers, "content-type": "application/json" },
    };
  return {
    method: "POST",
    body: bytes,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
  };
}

const encoding = fc.constantFrom<Encoding>(
  "urlencoded",
  "urlencoded",
  "urlencoded",
  "multipart",
  "json",
  "bytes",
);
const rawBytes = fc.uint8Array({ maxLength: 512 });

// A post and a fingerprint of every table: 10 to 60 ms (a sign-up hashes its password). 50
// cases per database kind under npm test; under npm run fuzz half of FUZZ_RUNS on each kind.
const runs = fuzzCases(50, 0.5);
const timeout = fuzzTimeout(runs, 150);

describe.each(DATABASE_KINDS)("fuzzing the public forms on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let member: string;
  let creatorId: number;
  let ownerEmail: string;
  /** The tables as the last accepted post left them. */
  let before: Record<string, string> | null = null;

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 50 * 1024 ** 2,
        authRateLimit: Number.MAX_SAFE_INTEGER,
        kitRateLimit: Number.MAX_SAFE_INTEGER,
        secureCookies: false,
      },
      registerPages,
    );
    const ws = await signUpWorkspace(s, "Alpha agency");
    ownerEmail = ws.owner.email ?? "";
    member = (await createToken(s, ws, "member")).token;
    expect(
      (await upload(app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT })).status,
    ).toBe(201);
    creatorId = (await call(app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  /** A new media-kit link of the creator, opened once (opening is recorded, refused posts or not). */
  const newLink = async () => {
    const r = await call(app, "POST", `/api/v1/creators/${creatorId}/media-kit-requests`, bearer(member), {});
    expect(r.status, r.text).toBe(201);
    expect((await app.request(`/kit/${r.body.token}`, { headers: { accept: "text/html" } })).status).toBe(
      200,
    );
    before = null; // the tables hold a new request
    return r.body.token as string;
  };

  /**
   * Posts and checks the answer: never 5xx; a 4xx page says what is wrong (`says` finds it);
   * anything but `accepted` leaves the tables as they were (unless `partly`: a post of several
   * files may keep some and refuse others).
   */
  async function expectAcceptedOrRefused(
    path: string,
    init: RequestInit,
    accepted: number[],
    says: RegExp,
    partly = false,
  ) {
    before ??= await dumpEveryTable(s.d);
    const res = await app.request(path, init);
    const page = await res.text();
    expect(res.status, `${path}: ${page.slice(0, 1_000)}`).toBeLessThan(500);
    const answer = { status: res.status, location: res.headers.get("location") };
    if (accepted.includes(res.status)) {
      before = null; // it stored what it was asked to
      return answer;
    }
    expect(res.status, page.slice(0, 1_000)).toBeGreaterThanOrEqual(400);
    expect(page, `${res.status}: ${page.slice(0, 1_000)}`).toMatch(says);
    if (partly) before = null;
    else expect(await dumpEveryTable(s.d)).toEqual(before);
    return answer;
  }

  it(
    "POST /sign-up",
    async () => {
      let n = 0;
      const strong = "correct horse battery staple";
      const good = fc.constantFrom("new", "taken").map((which) => ({
        email: which === "taken" ? ownerEmail : `fuzz-${kind}-${++n}@example.test`,
        name: "Fuzz Person",
        password: strong,
        workspaceName: "Fuzz brand",
      }));
      const cases = good.chain((fields) =>
        fc.tuple(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(fields) },
            { weight: 4, arbitrary: editedForm(fields, Object.keys(fields)) },
          ),
          encoding,
          rawBytes,
        ),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ([fields, enc, bytes]) => {
          // A refused sign-up shows the form again with the message next to its field or at the
          // top; a body too large to read is an error page with its message.
          await expectAcceptedOrRefused(
            "/sign-up",
            body(fields, enc, bytes),
            [303],
            /class="field-error"|role="alert"|class="error-message"/,
          );
        }),
        fuzzParameters(`sign-up form on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /sign-in",
    async () => {
      const good = { email: ownerEmail, password: "correct horse battery", next: "/creators?page=2" };
      const cases = fc.tuple(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(good) },
          { weight: 4, arbitrary: editedForm(good, Object.keys(good)) },
        ),
        encoding,
        rawBytes,
      );
      await fc.assert(
        fc.asyncProperty(cases, async ([fields, enc, bytes]) => {
          // A refused sign-in shows the form again with the message at the top (or an error page);
          // a signed-in one goes on within this site (never to "//evil.example" or "/\\evil").
          const { location } = await expectAcceptedOrRefused(
            "/sign-in",
            body(fields, enc, bytes),
            [303],
            /role="alert"|class="error-message"/,
          );
          if (location !== null) expect(location).toMatch(/^\/(?![/\\])/);
        }),
        fuzzParameters(`sign-in form on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /kit/:token (the media-kit form)",
    async () => {
      const token = await newLink();
      const names = [...kitFieldNames(), "action"];
      const good: Record<string, string> = TYPED;
      const link = fc.oneof(
        { weight: 9, arbitrary: fc.constant(token) },
        {
          weight: 1,
          arbitrary: fc.oneof(
            hostileString.map((t) => encodeURIComponent(t.toWellFormed())),
            fc.constantFrom(`${token}x`, "%ZZ", "%F0%28", "%00", "%ED%A0%80", `${token}%00`),
          ),
        },
      );
      const cases = fc.tuple(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(good) },
          { weight: 6, arbitrary: editedForm(good, names) },
        ),
        encoding,
        rawBytes,
        link,
        fc.constantFrom("submit", "draft"),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ([fields, enc, bytes, t, action]) => {
          // A refused kit lists its problems at the top, each linked to its field; a bad link is a page that says so.
          await expectAcceptedOrRefused(
            `/kit/${t}`,
            body({ action, ...fields }, enc, bytes),
            [200, 303],
            /id="error-summary"|class="error-message"/,
          );
        }),
        fuzzParameters(`media-kit form on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /contract/:token/propose and /accept (the contract review forms)",
    async () => {
      // A campaign, a partnership and version 1 of its contract, a review link opened once.
      const campaign = await call(app, "POST", "/api/v1/campaigns", bearer(member), {
        name: `Fuzz contract ${kind}`,
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "sell",
        kpis: [{ metric: "sales", target: 10 }],
        landingUrl: "https://example.com/spring",
      });
      const p = await call(
        app,
        "POST",
        `/api/v1/campaigns/${campaign.body.id}/partnerships`,
        bearer(member),
        {
          creatorId,
        },
      );
      const base = `/api/v1/partnerships/${p.body.id}/contract`;
      expect(
        (await call(app, "POST", `${base}/versions`, bearer(member), { terms: springTerms() })).status,
      ).toBe(201);
      const link = await call(app, "POST", `${base}/links`, bearer(member), {});
      const token = link.body.token as string;
      expect((await app.request(`/contract/${token}`, { headers: { accept: "text/html" } })).status).toBe(
        200,
      );
      before = null;
      const propose = { field: "compensation.fee", proposed: "1,500.00 EUR", comment: "More prep." };
      const accept = { version: "1", fullName: "Tina Baker", consent: "yes" };
      const cases = fc
        .tuple(
          fc.constantFrom("propose", "accept"),
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(null) },
            { weight: 6, arbitrary: fc.constant("edit") },
          ),
          encoding,
          rawBytes,
          fc.oneof(
            { weight: 9, arbitrary: fc.constant(token) },
            { weight: 1, arbitrary: fc.constantFrom(`${token}x`, "%ZZ", "%00", "vcon_unknown") },
          ),
        )
        .chain(([action, edit, enc, bytes, t]) => {
          const good: Record<string, string> = action === "propose" ? propose : accept;
          const fields = edit ? editedForm(good, Object.keys(good)) : fc.constant(good);
          return fields.map((f) => [action, f, enc, bytes, t] as const);
        });
      await fc.assert(
        fc.asyncProperty(cases, async ([action, fields, enc, bytes, t]) => {
          // A refused proposal or acceptance says why next to its field or at the top; a bad
          // link is a page that says so. Accepted once, every later post is refused (409).
          await expectAcceptedOrRefused(
            `/contract/${t}/${action}`,
            body(fields, enc, bytes),
            [303],
            /class="field-error"|role="alert"|class="error-message"/,
          );
        }),
        fuzzParameters(`contract review forms on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "POST /kit/:token/files (the media-kit upload)",
    async () => {
      let token = await newLink();
      let stored = 0;
      const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
      const PDF = [...new TextEncoder().encode("%PDF-1.7\n")];
      const file = fc.record({
        name: fc.oneof(fc.constantFrom("insights.png", "kit.pdf", "x.jpg", ""), hostileString),
        bytes: fc
          .tuple(fc.constantFrom([], PNG, PDF, [0xff, 0xd8, 0xff]), fc.uint8Array({ maxLength: 256 }))
          .map(([head, rest]) => new Uint8Array([...head, ...rest])),
      });
      const cases = fc.tuple(fc.array(file, { maxLength: 3 }), fc.constantFrom("files", "file", "other"));
      await fc.assert(
        fc.asyncProperty(cases, async ([files, field]) => {
          // A link holds at most 10 files: a new one before it is full, so uploads keep being tried.
          if (stored >= 7) {
            token = await newLink();
            stored = 0;
          }
          const form = new FormData();
          for (const f of files) form.append(field, new File([f.bytes], f.name));
          const { status } = await expectAcceptedOrRefused(
            `/kit/${token}/files`,
            { method: "POST", body: form, headers: { origin: ORIGIN, accept: "text/html" } },
            [201],
            /id="k-files-error"|id="error-summary"|class="error-message"/,
            files.length > 1,
          );
          if (status === 201 || files.length > 1) stored += files.length;
        }),
        fuzzParameters(`media-kit upload on ${kind}`, runs),
      );
    },
    timeout,
  );
});
