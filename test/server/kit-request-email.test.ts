// A media-kit request's email is checked before it is stored: the API fuzzer
// (test/fuzz/api-bodies.test.ts) sent "creator@example.test\u0000\u0000", which passed the
// address check and failed in the database (HTTP 500). An address with a control character
// or a lone surrogate is now refused naming the field, and no request is made. In-process
// on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe.each(DATABASE_KINDS)("a media-kit request's email on %s", (kind) => {
  let s: TestServer;
  let member: string;
  let path: string;

  beforeAll(async () => {
    s = await openTestServer(kind);
    member = (await createToken(s, await signUpWorkspace(s, "Alpha agency"), "member")).token;
    expect(
      (await upload(s.app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT })).status,
    ).toBe(201);
    const creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    path = `/api/v1/creators/${creatorId}/media-kit-requests`;
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each([
    ["NUL", "creator@example.test\u0000\u0000"],
    ["a control character", "crea\u001btor@example.test"],
    ["a lone surrogate", "creator@exa\ud800mple.test"],
  ])("with %s is refused naming the field", async (_what, email) => {
    const r = await call(s.app, "POST", path, bearer(member), { email });
    expect(r.status, r.text).toBe(400);
    expect(r.body.error).toEqual({
      code: "invalid_input",
      message: "email: enter an email address",
      details: { field: "email" },
    });
    expect((await call(s.app, "GET", "/api/v1/media-kit-requests", bearer(member))).body.items).toEqual([]);
  });

  it("an ordinary address, even an international one, is kept", async () => {
    const r = await call(s.app, "POST", path, bearer(member), { email: "jürgen@beispiel.de" });
    expect(r.status, r.text).toBe(201);
    expect(r.body.email).toBe("jürgen@beispiel.de");
  });
});
