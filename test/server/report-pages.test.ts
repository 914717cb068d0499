// The creator report in the web app and the API, on every database kind: the printable
// report page (name, score, figures, print stylesheet; an XSS-ish name and comment stay
// text), its PDF download (application/pdf, %PDF-, attachment with a safe file name), the
// API's report.pdf with its OpenAPI description, the creator page's link, 409 before the
// first audit, and 404 for another workspace's id.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METHOD_VERSION } from "../../src/core/audit.js";
import { createApp } from "../../src/server/app.js";
import { headlineFigures } from "../../src/server/pages/figures.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { pdfText, savePdf } from "../helpers/pdf.js";
import {
  type App,
  bearer,
  call,
  createToken,
  fixtureFile,
  type Json,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  upload,
} from "../helpers/server.js";

const XSS_NAME = `<script>alert("x")</script> Mallory`;
const XSS_COMMENT = `<img src=x onerror="window.__xss=1">`;

/** A creator whose name and comments try to be markup. */
function hostileSnapshot(dir: string): File {
  const post = (i: number) => ({
    id: `hx-${i}`,
    takenAt: `2026-10-0${i}T10:00:00Z`,
    kind: "image",
    caption: `caption ${i}`,
    likes: 100 + i,
    commentCount: 1,
    comments: [
      {
        id: `hx-c${i}`,
        author: { username: "mallory" },
        text: XSS_COMMENT,
        createdAt: `2026-10-0${i}T11:00:00Z`,
      },
    ],
  });
  const path = join(dir, "hostile.json");
  writeFileSync(
    path,
    JSON.stringify({
      format: "vouch.snapshot/v1",
      capturedAt: "2026-10-10T00:00:00Z",
      account: { platform: "instagram", username: "hostile_one", id: "hx-1" },
      profile: { followers: 2000, fullName: XSS_NAME },
      posts: [1, 2, 3, 4].map(post),
    }),
  );
  return new File([readFileSync(path)], "hostile.json");
}

async function bytes(app: App, path: string, headers: Record<string, string>) {
  const res = await app.request(path, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

describe.each(DATABASE_KINDS)("the creator report in the web app on %s", (kind) => {
  let s: TestServer;
  /** The app with its pages (the helper's app serves the API only). */
  let app: App;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let tmp: string;
  const ids: Record<string, number> = {};
  let sunnyAudit: Json;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "vouch-report-pages-"));
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 50 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Alpha agency");
    b = await signUpWorkspace(s, "Bravo brand");
    const member = (await createToken(s, a, "member")).token;
    const r = await upload(
      app,
      bearer(member),
      [fixtureFile("demo/sunny_trails.json"), fixtureFile("demo/glowup_daily.json"), hostileSnapshot(tmp)],
      { audit: "false" },
    ); // audited one by one below; glowup_daily stays unaudited
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    for (const c of (await call(app, "GET", "/api/v1/creators", bearer(member))).body.items)
      ids[c.username] = c.creatorId;
    // glowup_daily stays unaudited.
    for (const name of ["sunny_trails", "hostile_one"]) {
      const audit = await call(app, "POST", `/api/v1/creators/${ids[name]}/audits`, bearer(member));
      expect(audit.status).toBe(201);
      if (name === "sunny_trails") sunnyAudit = audit.body.result;
    }
  });
  afterAll(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("shows the report page with the name, score, figures, method and the PDF button", async () => {
    const res = await call(app, "GET", `/creators/${ids.sunny_trails}/report`, session(a));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = res.text;
    expect(page).toContain("Sunny Trails | slow travel");
    expect(page).toContain("@sunny_trails");
    expect(page).toContain(`<code>${METHOD_VERSION}</code>`);
    expect(page).toContain(`<strong>${sunnyAudit.score.value} / 100</strong>`);
    for (const f of headlineFigures(sunnyAudit))
      expect(page).toContain(`<p class="value">${f.value.replace("'", "&#39;")}</p>`);
    expect(page).toContain(`href="/creators/${ids.sunny_trails}/report.pdf"`);
    expect(page).toContain('download="vouch-report-sunny_trails-2026-11-01.pdf"');
    expect(page).toContain('<link rel="stylesheet" href="/assets/report.css">');
    // Charts are inline SVG, sections carry the ids the score's evidence links use.
    expect(page).toContain('<svg class="report-svg"');
    expect(page).toContain('<polyline class="line"'); // the growth line
    for (const id of ["score", "engagement", "responsiveness", "comments", "audience", "growth", "method"])
      expect(page).toContain(`<section id="${id}"`);
    // The print stylesheet is served.
    const css = await call(app, "GET", "/assets/report.css", {});
    expect(css.status).toBe(200);
    expect(css.text).toContain("@media print");
  });

  it("keeps an XSS-ish name and comment as text", async () => {
    const res = await call(app, "GET", `/creators/${ids.hostile_one}/report`, session(a));
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(XSS_NAME);
    expect(res.text).not.toContain(XSS_COMMENT);
    expect(res.text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mallory");
    expect(res.text).toContain("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;");
    // In the PDF the same texts are plain text.
    const pdf = await bytes(app, `/creators/${ids.hostile_one}/report.pdf`, session(a));
    expect(pdf.status).toBe(200);
    const text = pdfText(savePdf(`hostile_one-${kind}`, pdf.body));
    expect(text).toContain(XSS_NAME);
    expect(text).toContain(XSS_COMMENT);
  });

  it("downloads the report as a PDF from the page and from the API", async () => {
    const fromPage = await bytes(app, `/creators/${ids.sunny_trails}/report.pdf`, session(a));
    const token = (await createToken(s, a, "viewer")).token;
    const fromApi = await bytes(app, `/api/v1/creators/${ids.sunny_trails}/report.pdf`, bearer(token));
    for (const r of [fromPage, fromApi]) {
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe("application/pdf");
      expect(r.headers.get("content-disposition")).toBe(
        'attachment; filename="vouch-report-sunny_trails-2026-11-01.pdf"',
      );
      expect(r.headers.get("cache-control")).toBe("private, no-store");
      expect(r.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    const path = savePdf(`sunny_trails-api-${kind}`, fromApi.body);
    const text = pdfText(path);
    expect(text).toContain("Sunny Trails | slow travel");
    expect(text).toContain(`${sunnyAudit.score.value} / 100`);
    expect(execFileSync("pdfinfo", [path], { encoding: "utf8" })).toMatch(/Author:\s+Vouch/);
  });

  it("says there is no report before the first audit: the page with the audit button, 409 for the PDF", async () => {
    const page = await call(app, "GET", `/creators/${ids.glowup_daily}/report`, session(a));
    expect(page.status).toBe(200);
    expect(page.text).toContain("has not been audited yet");
    expect(page.text).toContain(`action="/creators/${ids.glowup_daily}/audit"`);
    const pdf = await call(app, "GET", `/creators/${ids.glowup_daily}/report.pdf`, session(a));
    expect(pdf.status).toBe(409);
    expect(pdf.text).toContain("run the audit first");
    const api = await call(app, "GET", `/api/v1/creators/${ids.glowup_daily}/report.pdf`, session(a));
    expect(api.status).toBe(409);
    expect(api.body.error.code).toBe("conflict");
    expect(api.body.error.message).toMatch(/has not been audited yet.*run the audit first/);
  });

  it("answers 404 to another workspace, as for an id that does not exist", async () => {
    for (const path of [
      `/creators/${ids.sunny_trails}/report`,
      `/creators/${ids.sunny_trails}/report.pdf`,
      `/api/v1/creators/${ids.sunny_trails}/report.pdf`,
      "/creators/999999/report.pdf",
    ]) {
      const r = await call(app, "GET", path, session(b));
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.text).not.toContain("Sunny Trails");
    }
    const api = await call(app, "GET", `/api/v1/creators/${ids.sunny_trails}/report.pdf`, session(b));
    expect(api.body.error.code).toBe("not_found");
    // Not signed in: the page asks to sign in, the API answers 401.
    expect((await call(app, "GET", `/creators/${ids.sunny_trails}/report.pdf`, {})).status).toBe(303);
    expect((await call(app, "GET", `/api/v1/creators/${ids.sunny_trails}/report.pdf`, {})).status).toBe(401);
  });

  it("links the report from the creator page and describes the PDF in /openapi.json", async () => {
    const creator = await call(app, "GET", `/creators/${ids.sunny_trails}`, session(a));
    expect(creator.text).toContain(`href="/creators/${ids.sunny_trails}/report"`);
    const unaudited = await call(app, "GET", `/creators/${ids.glowup_daily}`, session(a));
    expect(unaudited.text).not.toContain(`/creators/${ids.glowup_daily}/report"`);

    const doc = (await call(app, "GET", "/openapi.json", {})).body;
    const op = doc.paths["/api/v1/creators/{creatorId}/report.pdf"].get;
    expect(op.operationId).toBe("getCreatorReportPdf");
    expect(Object.keys(op.responses["200"].content)).toEqual(["application/pdf"]);
    expect(op.responses["200"].content["application/pdf"].schema).toMatchObject({
      type: "string",
      format: "binary",
    });
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "404", "409"]));
  });
});
