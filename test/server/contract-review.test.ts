// The creator's review of a contract over HTTP, in-process, on PGlite and PostgreSQL: the
// brand issues a version and makes a link (API); the creator's page (no account) shows the
// document and names only the brand's workspace and the creator's handle; a change
// proposed by form reaches the brand beside the term's value; the brand's next version
// is what the link shows; acceptance without consent is refused next to the checkbox, with
// consent and a name it signs; the signed PDF verifies (API) and a copy with one byte
// changed does not; the accepted version's deliverables are listed by the API and on the
// partnership's page; a revoked link is the same 404 page as an unknown one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  type App,
  bearer,
  call,
  createToken,
  type Json,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const ORIGIN = "http://localhost";

describe.each(DATABASE_KINDS)("the contract review page on %s", (kind) => {
  let s: TestServer;
  let app: App;
  let member: string;
  let base: string;
  let token: string;
  let linkId: number;
  const get = (path: string) =>
    app.request(path, { headers: { accept: "text/html", "user-agent": "Phone" } });
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, accept: "text/html" },
    });

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    const ws = await signUpWorkspace(s, "Crumb & Co");
    member = (await createToken(s, ws, "member")).token;
    expect(
      (await upload(s.app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT })).status,
    ).toBe(201);
    const creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    const campaign = (
      await call(s.app, "POST", "/api/v1/campaigns", bearer(member), {
        name: "Spring bake",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "sell",
        kpis: [{ metric: "sales", target: 200 }],
        landingUrl: "https://example.com/spring",
      })
    ).body;
    const p = await call(s.app, "POST", `/api/v1/campaigns/${campaign.id}/partnerships`, bearer(member), {
      creatorId,
    });
    base = `/api/v1/partnerships/${p.body.id}/contract`;
    expect(
      (await call(s.app, "POST", `${base}/versions`, bearer(member), { terms: springTerms() })).status,
    ).toBe(201);
    const link = await call(s.app, "POST", `${base}/links`, bearer(member), { expiresInDays: 7 });
    expect(link.status, link.text).toBe(201);
    token = link.body.token;
    linkId = link.body.id;
    expect(link.body.url).toBe(`${ORIGIN}/contract/${token}`);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows the document with the brand's name and the creator's handle, nothing else of the workspace", async () => {
    const res = await get(`/contract/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const page = await res.text();
    expect(page).toContain("Crumb &amp; Co sent you this contract for @tiny_baker");
    expect(page).toContain("1,200.00 EUR");
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).not.toContain(member);
    expect(page).not.toContain("@example"); // no member's address
    const pdf = await get(`/contract/${token}/pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });

  it("takes a proposal by form; the brand sees it beside the term and answers with a version", async () => {
    const res = await post(`/contract/${token}/propose`, {
      field: "compensation.fee",
      proposed: "1,500.00 EUR",
      comment: "More prep than usual.",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/contract/${token}?proposed=1`);
    const proposals = await call(s.app, "GET", `${base}/proposals`, bearer(member));
    expect(proposals.body.items).toMatchObject([
      { field: "compensation.fee", label: "Fee", was: "1,200.00 EUR", proposed: "1,500.00 EUR" },
    ]);
    const t = springTerms();
    t.compensation.fee = { amount: 150_000, currency: "EUR" };
    t.payment.instalments = [{ amount: { amount: 150_000, currency: "EUR" }, due: "2027-03-01" }];
    expect((await call(s.app, "POST", `${base}/versions`, bearer(member), { terms: t })).status).toBe(201);
    const page = await (await get(`/contract/${token}`)).text();
    expect(page).toContain("Accept version 2");
    expect(page).toContain("1,500.00 EUR");
  });

  it("refuses acceptance without consent beside the checkbox, signs with it, and the PDF verifies", async () => {
    const refused = await post(`/contract/${token}/accept`, { version: "2", fullName: "Tina Baker" });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('id="c-consent-error"');
    expect(page).toContain("tick the box to agree to sign electronically");
    const ok = await post(`/contract/${token}/accept`, {
      version: "2",
      fullName: "Tina Baker",
      consent: "yes",
    });
    expect(ok.status).toBe(303);
    expect(await (await get(`/contract/${token}?accepted=1`)).text()).toContain("was accepted by Tina Baker");
    // Once accepted the page has no forms, so a refused post says why at the top (the
    // fuzz test found one that said nothing).
    const late = await post(`/contract/${token}/accept`, { version: "2", fullName: "Tina Baker" });
    expect(late.status).toBe(400);
    expect(await late.text()).toMatch(
      /role="alert"><p>consent: tick the box to agree to sign electronically/,
    );

    const signed = new Uint8Array(await (await get(`/contract/${token}/pdf`)).arrayBuffer());
    const verify = (bytes: Uint8Array) =>
      app.request("/api/v1/contracts/verify", {
        method: "POST",
        body: bytes,
        headers: { ...bearer(member), "content-type": "application/pdf" },
      });
    const verdict = (await (await verify(signed)).json()) as Json;
    expect(verdict.match).toMatchObject({
      version: 2,
      copy: "accepted",
      status: "accepted",
      acceptedBy: "Tina Baker",
    });
    const changed = Uint8Array.from(signed);
    changed[1000] = (changed[1000] as number) ^ 0x20;
    expect(((await (await verify(changed)).json()) as Json).match).toBeNull();
    const versions = await call(s.app, "GET", `${base}/versions`, bearer(member));
    expect(versions.body.items[0]).toMatchObject({ number: 2, status: "accepted", acceptedBy: "Tina Baker" });
  });

  it("lists the accepted version's deliverables in the API and on the partnership's page", async () => {
    const partnership = base.split("/")[4];
    const r = await call(s.app, "GET", `/api/v1/partnerships/${partnership}/deliverables`, bearer(member));
    expect(r.status, r.text).toBe(200);
    // springTerms: 2 reels, 1 story of 3 frames, 1 YouTube video; version 2 was accepted.
    expect(r.body.items.map((d: Json) => [d.number, d.kind, d.contractVersion, d.status])).toEqual([
      [1, "reel", 2, "due"],
      [2, "reel", 2, "due"],
      [3, "story", 2, "due"],
      [4, "video", 2, "due"],
    ]);
    expect(r.body.items[2]).toMatchObject({ frames: 3, goLive: "2027-03-10", highlightUntil: "2027-04-09" });
    const page = await (
      await app.request(`/partnerships/${partnership}`, { headers: bearer(member, { accept: "text/html" }) })
    ).text();
    expect(page).toContain("4 pieces of content, from version 2 of the contract");
    expect(page).toContain('<th scope="row">3. Instagram story (1 of 1), 3 frames, link sticker</th>');
    expect(page).toContain('<td data-label="Stays up until">2027-06-03</td>');
    expect(page).toContain('<td data-label="Stays up until">highlight until 2027-04-09</td>');
    expect(page).toContain('<td data-label="Draft due">no draft</td>');
  });

  it("answers a revoked link with the same 404 page as an unknown one", async () => {
    expect((await call(s.app, "DELETE", `${base}/links/${linkId}`, bearer(member))).status).toBe(200);
    const revoked = await get(`/contract/${token}`);
    const unknown = await get("/contract/vcon_nothing");
    expect([revoked.status, unknown.status]).toEqual([404, 404]);
    expect(await revoked.text()).toBe(await unknown.text());
  });
});
