// What the security review found, kept fixed: big bodies refused unread, strangers'
// uploads refused before they are read, xz and zip bombs stopped, NUL bytes in
// input handled, redirects after sign-in kept on this site.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeNext } from "../../src/server/pages/page-context.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  upload,
} from "../helpers/server.js";

describe("hardening", () => {
  let s: TestServer;
  let member: Record<string, string>;
  beforeAll(async () => {
    s = await openTestServer("pglite");
    const ws = await signUpWorkspace(s, "Hardened brand");
    member = bearer((await createToken(s, ws, "member")).token);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("refuses a large body on a small route without reading it (413)", async () => {
    const body = `email=a%40b.c&password=${"a".repeat(300 * 1024)}`;
    const res = await s.app.request("/sign-in", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
        accept: "application/json",
      },
      body,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      code: "payload_too_large",
      message: "the request body is larger than 256 KB",
    });
  });

  it("answers 401 to an upload from a stranger before reading it", async () => {
    const res = await s.app.request("/api/v1/imports", {
      method: "POST",
      // Same-site (passes the CSRF check), no session, no token.
      headers: { "content-type": "multipart/form-data; boundary=x", origin: "http://localhost" },
      body: "not really multipart",
    });
    expect(res.status).toBe(401);
  });

  it("stops a .json.xz that unpacks to more than 256 MB", async () => {
    // 300 MB of zeros compress to a few kB.
    const dir = mkdtempSync(join(tmpdir(), "vouch-xz-bomb-"));
    const path = join(dir, "bomb.json.xz");
    execFileSync("sh", ["-c", `head -c 314572800 /dev/zero | xz -1 --check=none > ${path}`]);
    const file = new File([readFileSync(path)], "bomb.json.xz");
    const r = await upload(s.app, member, [file]);
    expect(r.status).toBe(422);
    expect(r.body.error.message).toBe(
      "bomb.json.xz: unpacks to more than 256 MB; Instaloader metadata files are a few kB",
    );
  });

  it("stops a zip that unpacks to more than 512 MB", async () => {
    const zero = new Uint8Array(300 * 1024 ** 2);
    const zip = zipSync({ "a.json": zero, "b.json": zero }, { level: 1 });
    const r = await upload(s.app, member, [new File([zip], "bomb.zip")]);
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe("bomb.zip unpacks to more than 512 MB");
  }, 180_000); // zipping 600 MB of zeros first takes over a minute on a loaded 2-core machine

  it("treats a NUL byte in a search as nothing, not as a server error", async () => {
    const r = await call(s.app, "GET", "/api/v1/creators?search=a%00b", member);
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
  });

  it("keeps the page after sign-in on this site", () => {
    expect(safeNext("/creators/2?x=1")).toBe("/creators/2?x=1");
    for (const evil of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example/phish",
      "/\n/evil",
      "https://evil.example",
      "",
    ])
      expect(safeNext(evil)).toBe("/");
  });

  it("ignores an Authorization header of another scheme: the session still counts", async () => {
    const ws = await signUpWorkspace(s, "Proxy brand");
    const r = await call(s.app, "GET", "/api/v1/creators", {
      ...session(ws),
      authorization: "Basic dXNlcjpwYXNz",
    });
    expect(r.status).toBe(200);
  });
});
