// Tracked links through the API and the page (issue 17), on every database: made with
// the UTM parameters, refused at the field (a javascript: destination, a taken or
// reserved slug), switched off; a viewer reads but may not write; another workspace
// gets 404 on the page's routes (the API's are in api-isolation.test.ts); the page shows
// each link's short URL and QR code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  type Json,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const UTM = "utm_source=instagram&utm_medium=influencer&utm_campaign=spring-launch&utm_content=tiny_baker";

describe.each(DATABASE_KINDS)("tracked links' API and page on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let member: string;
  let partnership: number;

  const get = (ws: TestWorkspace, path: string) => app.request(path, { headers: session(ws) });
  const post = (ws: TestWorkspace, path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: session(ws, { "content-type": "application/x-www-form-urlencoded" }),
    });

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 20 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        redirectUrl: "https://go.example/",
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Alpha brand");
    b = await signUpWorkspace(s, "Bravo brand");
    member = (await createToken(s, a, "member")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      audit: "false",
    });
    expect(r.status).toBe(201);
    const creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    const campaign = await call(s.app, "POST", "/api/v1/campaigns", bearer(member), {
      name: "Spring launch",
      startsOn: "2027-03-01",
      endsOn: "2027-04-30",
      currency: "EUR",
      goal: "visits",
      kpis: [],
      landingUrl: "https://shop.example/spring",
    });
    partnership = (
      await call(s.app, "POST", `/api/v1/campaigns/${campaign.body.id}/partnerships`, bearer(member), {
        creatorId,
      })
    ).body.id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("makes, lists, refuses and switches off links through the API", async () => {
    const made = await app.request(`/api/v1/partnerships/${partnership}/links`, {
      method: "POST",
      body: JSON.stringify({ slug: "spring" }),
      headers: bearer(member, { "content-type": "application/json" }),
    });
    expect(made.status).toBe(201);
    const link: Json = await made.json();
    expect(link).toMatchObject({
      slug: "spring",
      shortUrl: "https://go.example/spring",
      targetUrl: `https://shop.example/spring?${UTM}`,
      enabled: true,
      clicks: 0,
    });
    const send = (body: unknown) =>
      app.request(`/api/v1/partnerships/${partnership}/links`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: bearer(member, { "content-type": "application/json" }),
      });
    const taken = await send({ slug: "spring" });
    expect([taken.status, ((await taken.json()) as Json).error.code]).toEqual([409, "conflict"]);
    const bad = await send({ slug: "api", destination: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    const issues = ((await bad.json()) as Json).error.details.issues
      .map((i: { path: string }) => i.path)
      .sort();
    expect(issues).toEqual(["destination", "slug"]);

    const off = await app.request(`/api/v1/links/${link.id}`, {
      method: "PATCH",
      body: JSON.stringify({ enabled: false }),
      headers: bearer(member, { "content-type": "application/json" }),
    });
    expect([off.status, ((await off.json()) as Json).enabled]).toEqual([200, false]);
    const list = await call(app, "GET", `/api/v1/partnerships/${partnership}/links`, bearer(member));
    expect(list.body.items.map((l: { slug: string; enabled: boolean }) => [l.slug, l.enabled])).toEqual([
      ["spring", false],
    ]);

    const viewer = (await createToken(s, a, "viewer")).token;
    expect((await call(app, "GET", `/api/v1/links/${link.id}`, bearer(viewer))).status).toBe(200);
    const refused = await app.request(`/api/v1/links/${link.id}`, {
      method: "PATCH",
      body: JSON.stringify({ enabled: true }),
      headers: bearer(viewer, { "content-type": "application/json" }),
    });
    expect(refused.status).toBe(403);
  });

  it("shows each link with its short URL and QR code, and takes the form", async () => {
    const made = await post(a, `/partnerships/${partnership}/links`, {
      slug: "page-made",
      destination: "https://shop.example/box",
      expiresAt: "2027-04-30T23:59",
    });
    expect([made.status, made.headers.get("location")]).toEqual([303, `/partnerships/${partnership}/links`]);
    const page = await (await get(a, `/partnerships/${partnership}/links`)).text();
    expect(page).toContain("<h2>https://go.example/page-made</h2>");
    expect(page).toContain(`https://shop.example/box?${UTM.replaceAll("&", "&amp;")}`);
    expect(page).toContain("on until 2027-04-30 23:59 UTC");
    const qr =
      /<img src="data:image\/svg\+xml;base64,([^"]+)"[^>]*alt="QR code of https:\/\/go.example\/page-made"/.exec(
        page,
      );
    expect(Buffer.from(qr?.[1] ?? "", "base64").toString()).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );

    const refused = await post(a, `/partnerships/${partnership}/links`, {
      slug: "Page Made",
      destination: "data:text/html,hi",
      expiresAt: "",
    });
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toContain('value="Page Made"');
    expect(again).toMatch(/must start with http/);
    expect(again).toMatch(/lowercase letters, digits and hyphens, starting/);

    const partnershipPage = await (await get(a, `/partnerships/${partnership}`)).text();
    expect(partnershipPage).toContain(`href="/partnerships/${partnership}/links"`);
  });

  it("answers another workspace 404 on every links page route", async () => {
    const id = (await call(app, "GET", `/api/v1/partnerships/${partnership}/links`, bearer(member))).body
      .items[0].id;
    expect((await get(b, `/partnerships/${partnership}/links`)).status).toBe(404);
    expect((await post(b, `/partnerships/${partnership}/links`, { slug: "bravo" })).status).toBe(404);
    expect((await post(b, `/links/${id}/enabled`, { enabled: "true" })).status).toBe(404);
    const still = await call(app, "GET", `/api/v1/links/${id}`, bearer(member));
    expect(still.body.enabled).toBe(false);
    expect((await post(a, `/links/${id}/enabled`, { enabled: "true" })).status).toBe(303);
    expect((await call(app, "GET", `/api/v1/links/${id}`, bearer(member))).body.enabled).toBe(true);
  });
});
