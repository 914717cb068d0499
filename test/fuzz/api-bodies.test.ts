// Fuzzing the API's request bodies, in-process on PGlite and PostgreSQL: every POST, PUT
// and PATCH under /api/v1 that /openapi.json lists (the uploads of POST /api/v1/imports
// are import-database.test.ts's) gets random JSON values, its valid body mutated, text that
// is not JSON or is nested 100,000 deep, the wrong content type, and odd path ids, as the
// owner signed in (a session) or with a member's API token. Property: never a 5xx; a 4xx is the API's error JSON
// ({"error": {"code", "message", "details"}}) with the status of its code, a refused body
// of the wrong shape names the field (details.field), and a refused request leaves every
// table as it was. A new route with a JSON body fails the first test until it has a valid
// example below.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES, type ErrorCode } from "../../src/core/errors.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";
import { dumpEveryTable } from "./dump-every-table.js";
import { fuzzCases, fuzzParameters, fuzzTimeout } from "./fuzz-runs.js";
import { deepJsonText, editedText, hostileJsonValue, hostileString, mutatedJson } from "./hostile-values.js";
import { uploadName } from "./import-cases.js";

/** A valid body of every operation with a JSON body, by operationId. */
const VALID_BODIES: Record<string, unknown> = {
  createToken: { name: "fuzz token", role: "viewer" },
  createBrandTarget: {
    name: "DACH runners",
    countries: ["de", "AT"],
    cities: ["Berlin"],
    ageBands: ["25-34"],
    gender: { male: 45, female: 55 },
    incomeBands: ["50k_75k"],
    niches: ["fitness"],
    languages: ["DE"],
  },
  updateBrandTarget: { name: "DACH trail runners", countries: ["DE"], gender: null, niches: ["outdoors"] },
  createMediaKitRequest: { email: "creator@example.test", expiresInDays: 14 },
  addCreator: { account: "instagram:fuzz_new" },
  setCreatorStatus: { status: "contacted" },
  setCreatorTags: { tags: ["Summer launch", "bakery"] },
  setCreatorArchived: { archived: true },
  addCreatorNote: { text: "Asked for rates." },
  createCampaign: {
    name: "Spring bake",
    startsOn: "2027-03-01",
    endsOn: "2027-03-31",
    currency: "EUR",
    goal: "visits",
    kpis: [{ metric: "clicks", target: 5000 }],
    landingUrl: "https://example.com/spring",
  },
  addPartnership: { creatorId: 1 },
  setPartnershipStatus: { status: "negotiating", note: "They asked for a higher fee." },
  issueContractVersion: { terms: springTerms() },
  createContractLink: { expiresInDays: 14 },
  createTrackedLink: { destination: "https://example.com/spring?ref=fuzz" },
  updateTrackedLink: { enabled: false },
};

/** Operations that take no body; a body sent anyway must not matter. */
const NO_BODY = ["runAudit"];

interface Operation {
  id: string;
  method: string;
  path: string;
}

/** Path ids a client might send: real ones mostly, else odd ones. */
const oddId = fc.constantFrom(
  "0",
  "-1",
  "1.5",
  "1e3",
  "2147483648",
  "99999999999999999999",
  "abc",
  "%00",
  "%F0%9F%94%A5",
);

// Each case is one request and a fingerprint of every table: 10 to 40 ms. 50 cases per
// database kind and kind of body under npm test; under npm run fuzz half of FUZZ_RUNS.
const runs = fuzzCases(50, 0.5);
const timeout = fuzzTimeout(runs, 60);

describe.each(DATABASE_KINDS)("fuzzing the API's JSON bodies on %s", (kind) => {
  let s: TestServer;
  /** Headers of the two callers: the owner's session (may do everything) and a member's token. */
  const callers: Record<string, Record<string, string>> = {};
  let operations: Operation[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // No rate limit gets in the way of thousands of requests.
    s = await openTestServer(kind, { authRateLimit: Number.MAX_SAFE_INTEGER });
    const ws = await signUpWorkspace(s, "Fuzz brand");
    const token = (await createToken(s, ws, "member")).token;
    callers.owner = session(ws);
    callers.member = bearer(token);
    const imported = await upload(s.app, bearer(token), tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
    });
    expect(imported.status).toBe(201);
    const creators = await call(s.app, "GET", "/api/v1/creators", bearer(token));
    ids.creatorId = String(creators.body.items[0].creatorId);
    const target = await call(s.app, "POST", "/api/v1/brand-targets", bearer(token), { name: "Existing" });
    ids.targetId = String(target.body.id);
    const campaign = await call(s.app, "POST", "/api/v1/campaigns", bearer(token), {
      ...(VALID_BODIES.createCampaign as object),
      name: "Existing campaign",
    });
    ids.campaignId = String(campaign.body.id);
    VALID_BODIES.addPartnership = { creatorId: Number(ids.creatorId) };
    const partnership = await call(
      s.app,
      "POST",
      `/api/v1/campaigns/${ids.campaignId}/partnerships`,
      bearer(token),
      VALID_BODIES.addPartnership,
    );
    ids.partnershipId = String(partnership.body.id);
    const link = await call(
      s.app,
      "POST",
      `/api/v1/partnerships/${ids.partnershipId}/links`,
      bearer(token),
      VALID_BODIES.createTrackedLink,
    );
    expect(link.status).toBe(201);
    ids.trackedLinkId = String(link.body.id);
    const doc = (await call(s.app, "GET", "/openapi.json", {})).body;
    operations = [];
    for (const [path, item] of Object.entries(
      doc.paths as Record<
        string,
        Record<string, { operationId: string; requestBody?: { content: Record<string, unknown> } }>
      >,
    ))
      for (const [method, op] of Object.entries(item))
        if (["post", "put", "patch"].includes(method) && path.startsWith("/api/v1/"))
          if (op.requestBody?.content["application/json"] || NO_BODY.includes(op.operationId))
            operations.push({ id: op.operationId, method: method.toUpperCase(), path });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("knows a valid body of every operation with a JSON body", () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations)
      expect(
        op.id in VALID_BODIES || NO_BODY.includes(op.id),
        `${op.id}: add a valid body to VALID_BODIES`,
      ).toBe(true);
  });

  /** The operation's path with its ids: the real ones, or sometimes an odd one. */
  const pathOf = (op: Operation, odd: string | null) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => odd ?? ids[name] ?? "1");

  /** The tables as the last request that changed them left them. */
  let before: Record<string, string> | null = null;

  async function expectAnsweredOrRefused(
    who: string,
    op: Operation,
    odd: string | null,
    body: string | FormData,
    contentType: string | null,
  ) {
    before ??= await dumpEveryTable(s.d);
    const res = await s.app.request(pathOf(op, odd), {
      method: op.method,
      headers: { ...callers[who], ...(contentType ? { "content-type": contentType } : {}) },
      body,
    });
    const text = await res.text();
    expect(res.status, `${op.method} ${op.path}: ${text.slice(0, 500)}`).toBeLessThan(500);
    if (res.status < 400) {
      before = null; // it changed what it was asked to
      return;
    }
    const answer = JSON.parse(text) as {
      error: { code: ErrorCode; message: string; details: Record<string, unknown> };
    };
    expect(Object.keys(answer)).toEqual(["error"]);
    expect(typeof answer.error.message).toBe("string");
    expect(ERROR_CODES[answer.error.code]?.status, text.slice(0, 500)).toBe(res.status);
    // A JSON object of the wrong shape: the answer names the field.
    if (
      answer.error.code === "invalid_input" &&
      typeof body === "string" &&
      isObject(body) &&
      contentType === "application/json" &&
      !odd
    )
      expect(typeof answer.error.details.field, text.slice(0, 500)).toBe("string");
    expect(await dumpEveryTable(s.d)).toEqual(before);
  }

  // An operation without a body (an audit) is slow and its body ignored: one case in ten of the others'.
  const operation = () =>
    fc.oneof(
      ...operations.map((op) => ({ weight: NO_BODY.includes(op.id) ? 1 : 10, arbitrary: fc.constant(op) })),
    );
  const caller = fc.constantFrom("owner", "member");
  /** The real ids in seven cases of eight, else an odd one. */
  const pathId = fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: oddId });

  it(
    "mutated valid bodies",
    async () => {
      const cases = operation().chain((op) =>
        fc.tuple(fc.constant(op), mutatedJson(VALID_BODIES[op.id] ?? {}), pathId),
      );
      await fc.assert(
        fc.asyncProperty(caller, cases, (who, [op, body, odd]) =>
          expectAnsweredOrRefused(who, op, odd, JSON.stringify(body) ?? "", "application/json"),
        ),
        fuzzParameters(`API mutated bodies on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "random JSON values",
    async () => {
      const body = fc.oneof(hostileJsonValue, fc.dictionary(hostileString, hostileJsonValue, { maxKeys: 5 }));
      await fc.assert(
        fc.asyncProperty(caller, operation(), body, pathId, (who, op, value, odd) =>
          expectAnsweredOrRefused(who, op, odd, JSON.stringify(value) ?? "", "application/json"),
        ),
        fuzzParameters(`API random JSON on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "text that is not JSON, nested deep, or of another content type",
    async () => {
      const body = fc.oneof(
        fc.string({ unit: "binary", maxLength: 200 }),
        deepJsonText,
        fc.constant(JSON.stringify(VALID_BODIES.createBrandTarget)).chain(editedText),
      );
      const contentType = fc.option(
        fc.constantFrom(
          "application/json",
          "application/json; charset=utf-16",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/vnd.api+json",
        ),
      );
      await fc.assert(
        fc.asyncProperty(caller, operation(), body, contentType, (who, op, text, type) =>
          expectAnsweredOrRefused(who, op, null, text, type),
        ),
        fuzzParameters(`API raw bodies on ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "the upload form of POST /api/v1/imports (its fields; the files are import-database.test.ts's)",
    async () => {
      const IMPORT: Operation = { id: "importFiles", method: "POST", path: "/api/v1/imports" };
      const posts = readFileSync(join(FIXTURES, "csv/posts.csv"), "utf8");
      // Described as data (printed when a case fails) and built into a form in the property.
      const file = fc.oneof(
        fc.constant({ name: "posts.csv", text: posts }),
        fc.tuple(uploadName, hostileString).map(([name, text]) => ({ name, text })),
        hostileString,
      );
      const field = fc.oneof(
        fc.constantFrom("instagram:csv_cook", "2026-10-20T00:00:00Z", "tiktok:x", "2026-02-30T00:00:00Z"),
        hostileString,
      );
      const form = fc.record(
        {
          files: fc.array(file, { maxLength: 3 }),
          account: field,
          capturedAt: field,
          other: fc.tuple(hostileString, hostileString),
        },
        { requiredKeys: ["files"] },
      );
      const formData = ({
        files,
        account,
        capturedAt,
        other,
      }: typeof form extends fc.Arbitrary<infer T> ? T : never) => {
        const f = new FormData();
        for (const x of files) f.append("files", typeof x === "string" ? x : new File([x.text], x.name));
        if (account !== undefined) f.append("account", account);
        if (capturedAt !== undefined) f.append("capturedAt", capturedAt);
        if (other) f.append(other[0], other[1]);
        return f;
      };
      await fc.assert(
        fc.asyncProperty(caller, form, (who, fields) =>
          expectAnsweredOrRefused(who, IMPORT, null, formData(fields), null),
        ),
        fuzzParameters(`API upload form on ${kind}`, runs),
      );
    },
    timeout,
  );
});

function isObject(body: string): boolean {
  try {
    const v = JSON.parse(body);
    return Boolean(v) && typeof v === "object" && !Array.isArray(v);
  } catch {
    return false;
  }
}
