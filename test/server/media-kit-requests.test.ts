// Media-kit requests end to end, in-process on every database kind: the brand
// creates a link (API), the creator opens the public form without any cookie
// (status opened), saves a draft (draft), submits a kit whose age bands add up to
// 89% (refused, the error names ageBands next to its fieldset, nothing stored),
// submits a good kit (the page's own fields, filled as a browser without
// JavaScript posts them, parse into the kit below), submits it again (nothing
// changes), and the brand reads it; revoked → 404 page, expired → 410 page,
// another workspace → 404; uploads are checked by content and size; the public
// pages are rate-limited; the link can be mailed (a local SMTP server).

import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { kitFieldNames } from "../../src/server/pages/kit-form-fields.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  type Json,
  NOW,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const DAY = 86_400_000;
const ORIGIN = "http://localhost";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

/** The form's fields as a browser sends them untouched: every input's value, every select's chosen option. */
function formDefaults(page: string): Record<string, string> {
  const out: Record<string, string> = {};
  const form =
    /<form method="post" action="\/kit\/[^"]+" enctype="multipart\/form-data" class="kit-form">([\s\S]*?)<\/form>/.exec(
      page,
    )?.[1] ?? "";
  // The file input is the upload's, not an answer.
  for (const m of form.matchAll(/<input id="[^"]*" name="([^"]+)" type="(?!file")[^>]*?value="([^"]*)"/g))
    out[m[1] as string] = decode(m[2] as string);
  for (const m of form.matchAll(/<select id="[^"]*" name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option value="([^"]*)" selected>/.exec(m[2] as string)?.[1];
    out[m[1] as string] = chosen ?? (/<option value="([^"]*)"/.exec(m[2] as string)?.[1] as string);
  }
  for (const m of form.matchAll(/<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    out[m[1] as string] = decode(m[2] as string);
  return out;
}
const decode = (s: string) =>
  s
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** What a creator types: one Instagram account, full gender and age breakdowns, two countries, one city… */
const TYPED: Record<string, string> = {
  "platforms[0].platform": "instagram",
  "platforms[0].handle": "@tiny_baker",
  "platforms[0].followers": "12,400",
  "platforms[0].engagementRate": "3,5",
  "gender.female": "62",
  "gender.male": "36",
  "gender.other": "2",
  "ageBands.13-17": "5",
  "ageBands.18-24": "30",
  "ageBands.25-34": "40",
  "ageBands.35-44": "15",
  "ageBands.45-54": "6",
  "ageBands.55-64": "3",
  "ageBands.65+": "1%",
  "countries[0].country": "de",
  "countries[0].share": "55",
  "countries[1].country": "AT",
  "countries[1].share": "20.5",
  "cities[0].city": "Berlin",
  "cities[0].country": "DE",
  "cities[0].share": "12",
  "languages[0].language": "de",
  "languages[0].share": "70",
  "rates[0].amount": "450",
  "rates[0].currency": "eur",
  "pastWork[0].brand": "Oatly",
  "pastWork[0].year": "2025",
};

/** TYPED as the kit: "@" dropped, "12,400" → 12400, "3,5" → 3.5, codes in their case, blank rows left out. */
const EXPECTED_KIT = {
  creatorName: null,
  platforms: [{ platform: "instagram", handle: "tiny_baker", followers: 12400, engagementRate: 3.5 }],
  gender: { female: 62, male: 36, other: 2 },
  ageBands: { "13-17": 5, "18-24": 30, "25-34": 40, "35-44": 15, "45-54": 6, "55-64": 3, "65+": 1 },
  countries: [
    { country: "DE", share: 55 },
    { country: "AT", share: 20.5 },
  ],
  cities: [{ city: "Berlin", country: "DE", share: 12 }],
  incomeBands: null,
  languages: [{ language: "de", share: 70 }],
  realFollowerShare: null,
  rates: [{ deliverable: "feed_post", amount: 450, currency: "EUR" }],
  pastWork: [{ brand: "Oatly", year: 2025, description: null }],
  notes: null,
};

describe.each(DATABASE_KINDS)("media-kit requests on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let aMember: string;
  let bMember: string;
  let creatorId: number;

  const pagesApp = (more: Partial<AppDeps> = {}) =>
    createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 50 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        kitRateLimit: 10_000,
        ...more,
      },
      registerPages,
    );
  /** A browser without a session: no cookie, the page's own origin. */
  const get = (path: string, on = app) => on.request(path, { headers: { accept: "text/html" } });
  const post = (path: string, fields: Record<string, string>, on = app) =>
    on.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, accept: "text/html" },
    });
  const uploadFiles = (token: string, files: File[], on = app) => {
    const body = new FormData();
    for (const f of files) body.append("files", f);
    return on.request(`/kit/${token}/files`, {
      method: "POST",
      body,
      headers: { origin: ORIGIN, accept: "text/html" },
    });
  };
  const newRequest = async (json: Json = {}) => {
    const r = await call(
      app,
      "POST",
      `/api/v1/creators/${creatorId}/media-kit-requests`,
      bearer(aMember),
      json,
    );
    expect(r.status, r.text).toBe(201);
    return r.body;
  };
  const detail = async (id: number) =>
    (await call(app, "GET", `/api/v1/media-kit-requests/${id}`, bearer(aMember))).body;

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = pagesApp();
    a = await signUpWorkspace(s, "Alpha agency");
    b = await signUpWorkspace(s, "Bravo brand");
    aMember = (await createToken(s, a, "member")).token;
    bMember = (await createToken(s, b, "member")).token;
    const r = await upload(app, bearer(aMember), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect(r.status).toBe(201);
    creatorId = (await call(app, "GET", "/api/v1/creators", bearer(aMember))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("goes from sent to opened, draft and submitted; a bad age sum is refused by field; re-submitting changes nothing", async () => {
    s.clock.now = NOW;
    const req = await newRequest();
    expect(req).toMatchObject({
      status: "sent",
      creatorId,
      expiresAt: new Date(NOW + 14 * DAY).toISOString(),
    });
    expect(req.url).toBe(`${ORIGIN}/kit/${req.token}`);
    expect(req.token).toMatch(/^vkit_[a-z2-7]{32}$/);
    expect(req.mail).toEqual({ status: "not_requested", error: null });

    // The creator opens the link: no cookie, no account.
    const opened = await get(`/kit/${req.token}`);
    expect(opened.status).toBe(200);
    const page = await opened.text();
    expect(page).toContain("Your media kit for Alpha agency");
    expect(page).toContain("@tiny_baker");
    expect(page).not.toContain(a.owner.email as string); // nothing of the workspace but its name
    expect(page).not.toContain("/settings");
    expect(opened.headers.get("set-cookie")).toBeNull();
    expect(opened.headers.get("content-security-policy")).toContain("default-src 'self'");
    // Every input has its label.
    for (const m of page.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g))
      expect(page, m[1]).toContain(`<label for="${m[1]}">`);
    expect((await detail(req.id)).status).toBe("opened");

    // A draft: only the platform so far (shares need not add up yet).
    const fields = formDefaults(page);
    expect(Object.keys(fields).sort()).toEqual(kitFieldNames().sort()); // 89 inputs, each parsed by formToKit
    s.clock.now = NOW + 60_000;
    const draft = await post(`/kit/${req.token}`, {
      ...fields,
      "platforms[0].handle": "tiny_baker",
      "gender.female": "50",
      action: "draft",
    });
    expect(draft.status).toBe(303);
    expect(draft.headers.get("location")).toBe(`/kit/${req.token}?saved=1`);
    expect(await detail(req.id)).toMatchObject({ status: "draft", hasDraft: true, kit: null });
    const back = await (await get(`/kit/${req.token}?saved=1`)).text();
    expect(back).toContain("Your draft is saved");
    expect(formDefaults(back)["gender.female"]).toBe("50");

    // Age bands adding up to 89%: refused, named, shown next to the age fieldset, nothing submitted.
    const bad = { ...fields, ...TYPED, "ageBands.25-34": "30", "ageBands.65+": "", action: "submit" };
    const refused = await post(`/kit/${req.token}`, bad);
    expect(refused.status).toBe(400);
    const errorPage = await refused.text();
    expect(errorPage).toContain('<a href="#k-ageBands">Age: Age band shares add up to 89%');
    expect(errorPage).toMatch(
      /<fieldset id="k-ageBands" aria-describedby="k-ageBands-hint k-ageBands-error">/,
    );
    expect(errorPage).toContain('id="k-ageBands-error"');
    expect(formDefaults(errorPage)["ageBands.25-34"]).toBe("30"); // what was typed stays
    expect(await detail(req.id)).toMatchObject({ status: "draft", submittedAt: null, kit: null });

    // A value that is not a number is named too.
    const nan = await post(`/kit/${req.token}`, {
      ...fields,
      ...TYPED,
      "countries[1].share": "lots",
      action: "submit",
    });
    expect(nan.status).toBe(400);
    expect(await nan.text()).toContain(
      '<a href="#k-countries-1--share">Top countries, row 2, share: must be a number',
    );

    // The good kit.
    s.clock.now = NOW + 120_000;
    const ok = await post(`/kit/${req.token}`, { ...fields, ...TYPED, action: "submit" });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Alpha agency has your media kit.");
    const submitted = await detail(req.id);
    expect(submitted).toMatchObject({
      status: "submitted",
      submittedAt: new Date(NOW + 120_000).toISOString(),
      hasDraft: false,
    });
    expect(submitted.kit).toEqual(EXPECTED_KIT);

    // The same kit again: nothing changes, not even the time.
    s.clock.now = NOW + 180_000;
    const again = await post(`/kit/${req.token}`, { ...fields, ...TYPED, action: "submit" });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("nothing changed");
    expect(await detail(req.id)).toEqual(submitted);

    // A correction: the kit is replaced, the first submission's time stays.
    await post(`/kit/${req.token}`, { ...fields, ...TYPED, "rates[0].amount": "500", action: "submit" });
    const corrected = await detail(req.id);
    expect(corrected.submittedAt).toBe(submitted.submittedAt);
    expect(corrected.draftSavedAt).toBe(new Date(NOW + 180_000).toISOString());
    expect(corrected.kit.rates).toEqual([{ deliverable: "feed_post", amount: 500, currency: "EUR" }]);

    // The brand's pages: the list with its status, the kit as tables.
    const list = await app.request("/media-kits", { headers: session(a) });
    expect(await list.text()).toMatch(/Submitted/);
    const view = await (await app.request(`/media-kits/${req.id}`, { headers: session(a) })).text();
    expect(view).toContain("<caption>Age</caption>");
    expect(view).toContain('<th scope="row">25-34</th><td data-label="Share" class="num">40%</td>');
    expect(view).toContain("Oatly");

    // Another workspace sees nothing of it.
    const foreign = await call(app, "GET", `/api/v1/media-kit-requests/${req.id}`, bearer(bMember));
    expect(foreign.status).toBe(404);
    expect((await app.request(`/media-kits/${req.id}`, { headers: session(b) })).status).toBe(404);
    expect((await call(app, "GET", "/api/v1/media-kit-requests", bearer(bMember))).body.items).toEqual([]);
    const mine = await call(app, "GET", `/api/v1/media-kit-requests?creatorId=${creatorId}`, bearer(aMember));
    expect(mine.body.items.map((x: Json) => x.id)).toContain(req.id);
  });

  it("answers a revoked link with a 404 page and an expired one with a 410 page", async () => {
    s.clock.now = NOW;
    const req = await newRequest({ expiresInDays: 1 });
    const revoked = await call(app, "DELETE", `/api/v1/media-kit-requests/${req.id}`, bearer(aMember));
    expect(revoked.body.status).toBe("revoked");
    const gone = await get(`/kit/${req.token}`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("This link does not work");
    expect((await post(`/kit/${req.token}`, { action: "draft" })).status).toBe(404);
    // Submitting and uploading on a revoked link are refused too.
    expect((await post(`/kit/${req.token}`, { action: "submit" })).status).toBe(404);
    expect((await uploadFiles(req.token, [new File([PNG], "a.png")])).status).toBe(404);
    expect((await get("/kit/vkit_nosuchtoken")).status).toBe(404);

    const old = await newRequest({ expiresInDays: 1 });
    s.clock.now = NOW + 2 * DAY;
    const expired = await get(`/kit/${old.token}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("This link has expired");
    expect((await post(`/kit/${old.token}`, { action: "submit" })).status).toBe(410);
    expect((await uploadFiles(old.token, [new File([PNG], "a.png")])).status).toBe(410);
    expect((await detail(old.id)).status).toBe("expired");
    expect(
      (
        await call(app, "POST", `/api/v1/creators/${creatorId}/media-kit-requests`, bearer(aMember), {
          expiresInDays: 91,
        })
      ).status,
    ).toBe(400);
    s.clock.now = NOW;
  });

  it("keeps PNG, JPEG, WebP and PDF files by their content, up to 5 MB, and hands them to the brand as downloads", async () => {
    s.clock.now = NOW;
    const req = await newRequest();
    const ok = await uploadFiles(req.token, [new File([PNG], "reach.png")]);
    expect(ok.status).toBe(201);
    expect(await ok.text()).toContain("reach.png (PNG, 1 KB)");

    const fake = await uploadFiles(req.token, [new File(["just text, not an image"], "fake.png")]);
    expect(fake.status).toBe(415);
    expect(await fake.text()).toContain("fake.png: not a PNG, JPEG, WebP, PDF file");

    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PNG);
    const tooBig = await uploadFiles(req.token, [new File([big], "huge.png")]);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toContain("huge.png: the file is 6.0 MB; each file may be at most 5 MB");

    const files = (await detail(req.id)).files;
    expect(files.map((f: Json) => [f.name, f.mime, f.size])).toEqual([
      ["reach.png", "image/png", PNG.length],
    ]);
    const res = await app.request(`/api/v1/media-kit-requests/${req.id}/files/${files[0].id}`, {
      headers: bearer(aMember),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="reach.png"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const page = await app.request(`/media-kits/${req.id}/files/${files[0].id}`, { headers: session(a) });
    expect(page.headers.get("content-disposition")).toMatch(/^attachment/);
    const foreign = await call(
      app,
      "GET",
      `/api/v1/media-kit-requests/${req.id}/files/${files[0].id}`,
      bearer(bMember),
    );
    expect(foreign.status).toBe(404);

    // At most 10 files.
    for (let i = 1; i < 10; i++)
      expect((await uploadFiles(req.token, [new File([PNG], `s${i}.png`)])).status).toBe(201);
    expect((await uploadFiles(req.token, [new File([PNG], "eleventh.png")])).status).toBe(409);
  });

  it("lets a member ask from the web app: the link is shown once with a copy button; revoking works from the page", async () => {
    s.clock.now = NOW;
    const res = await app.request(`/creators/${creatorId}/media-kit-requests`, {
      method: "POST",
      body: "email=",
      headers: session(a, { "content-type": "application/x-www-form-urlencoded", accept: "text/html" }),
    });
    expect(res.status).toBe(201);
    const page = await res.text();
    const url = /id="kit-link" class="secret" type="text" value="([^"]+)"/.exec(page)?.[1] as string;
    expect(url).toMatch(/^http:\/\/localhost\/kit\/vkit_[a-z2-7]{32}$/);
    expect(page).toContain('data-copy="kit-link"');
    expect(page).toContain("/assets/copy.js");
    const id = Number(/href="\/media-kits\/(\d+)"/.exec(page)?.[1]);
    expect((await get(new URL(url).pathname)).status).toBe(200);
    const revoke = await app.request(`/media-kits/${id}/revoke`, { method: "POST", headers: session(a) });
    expect(revoke.status).toBe(303);
    expect((await get(new URL(url).pathname)).status).toBe(404);
    expect(await (await app.request(`/media-kits/${id}`, { headers: session(a) })).text()).toContain(
      "Revoked",
    );
    // A viewer reads but may not ask.
    const viewer = await createToken(s, a, "viewer");
    const refused = await call(
      app,
      "POST",
      `/api/v1/creators/${creatorId}/media-kit-requests`,
      bearer(viewer.token),
      {},
    );
    expect(refused.status).toBe(403);
    expect((await call(app, "GET", `/api/v1/media-kit-requests/${id}`, bearer(viewer.token))).status).toBe(
      200,
    );
  });

  it("limits the public pages per client: reads and posts each have a budget", async () => {
    const req = await newRequest();
    const limited = pagesApp({ kitRateLimit: 3 });
    for (let i = 0; i < 3; i++)
      expect((await post(`/kit/${req.token}`, { action: "draft" }, limited)).status).toBe(303);
    const over = await post(`/kit/${req.token}`, { action: "draft" }, limited);
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBeTruthy();
    expect(await over.text()).toContain("Too many requests");
    for (let i = 0; i < 6; i++) expect((await get(`/kit/${req.token}`, limited)).status).toBe(200);
    expect((await get(`/kit/${req.token}`, limited)).status).toBe(429);
    // A cross-site post is refused like every form post (CSRF); the creator's own needs no cookie.
    const crossSite = await app.request(`/kit/${req.token}`, {
      method: "POST",
      body: "action=draft",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
  });

  it("mails the link when SMTP is configured, and says so when the mail fails", async () => {
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
      const mailing = pagesApp({
        kitMail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "Vouch <vouch@example.invalid>" },
      });
      const r = await call(
        mailing,
        "POST",
        `/api/v1/creators/${creatorId}/media-kit-requests`,
        bearer(aMember),
        {
          email: "creator@example.invalid",
        },
      );
      expect(r.status).toBe(201);
      expect(r.body.mail).toEqual({ status: "sent", error: null });
      expect(r.body.emailedAt).toBe(new Date(s.clock.now).toISOString());
      expect(received).toHaveLength(1);
      expect(received[0]).toContain("To: creator@example.invalid");
      expect(received[0]).toContain("Subject: Alpha agency asks for your media kit");
      expect(received[0]?.replace(/=\r?\n/g, "")).toContain(r.body.url);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
    // The server is gone: the request is made, the answer says the mail failed.
    const failing = pagesApp({
      kitMail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: "vouch@example.invalid" },
    });
    const r = await call(
      failing,
      "POST",
      `/api/v1/creators/${creatorId}/media-kit-requests`,
      bearer(aMember),
      {
        email: "creator@example.invalid",
      },
    );
    expect(r.status).toBe(201);
    expect(r.body.mail.status).toBe("failed");
    expect(r.body.emailedAt).toBeNull();
    expect((await detail(r.body.id)).status).toBe("sent");
  });
});
