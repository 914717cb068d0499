// The campaign pages, on PGlite and PostgreSQL: the list with its new-campaign form (a
// refused form keeps what was typed and shows every error in one round, each next to its
// field), a campaign's page with its facts in words, adding a creator, moving the
// partnership on (a move the deal cannot make says which it can), the partnership's
// timeline; another workspace gets 404 for every id, a viewer may read but not write.
// Workspace A: tiny_baker imported (Instaloader fixture), not audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const GOOD = {
  name: "Spring launch",
  startsOn: "2027-03-01",
  endsOn: "2027-04-30",
  goal: "sell",
  kpiMetric0: "sales",
  kpiTarget0: "1,200",
  kpiMetric1: "",
  kpiTarget1: "",
  kpiMetric2: "",
  kpiTarget2: "",
  landingUrl: "https://shop.example/spring",
  currency: "eur",
  budget: "2500.50",
  products: "Granola, Trail mix",
  brandTargetId: "",
};

describe.each(DATABASE_KINDS)("the campaign pages on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let baker: number;

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
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Alpha brand");
    b = await signUpWorkspace(s, "Bravo brand");
    const member = (await createToken(s, a, "member")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      audit: "false",
    });
    expect(r.status).toBe(201);
    baker = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists no campaign yet and offers the form, under its own menu item", async () => {
    const r = await get(a, "/campaigns");
    expect(r.status).toBe(200);
    const page = await r.text();
    expect(page).toContain('<a href="/campaigns" aria-current="page">Campaigns</a>');
    expect(page).toContain("No campaigns yet.");
    expect(page).toContain('<form method="post" action="/campaigns"');
  });

  it("refuses a bad campaign with every error at once, keeping what was typed", async () => {
    const r = await post(a, "/campaigns", {
      ...GOOD,
      endsOn: "2027-02-01",
      budget: "lots",
      kpiMetric0: "new_followers",
      kpiTarget1: "50",
      landingUrl: "",
    });
    expect(r.status).toBe(400);
    const page = await r.text();
    expect(page).toContain("The campaign was not saved: check the fields marked below.");
    // The form's own checks…
    expect(page).toContain("“lots” is not an amount");
    expect(page).toContain("choose what the target counts");
    // …and the service's, in the same answer.
    expect(page).toContain("ends (2027-02-01) before it starts (2027-03-01)");
    expect(page).toContain("new_followers does not measure the goal &quot;sell&quot;");
    expect(page).toContain("the goal &quot;sell&quot; counts clicks: give the landing page");
    // Each error is tied to its control, and what was typed is still there.
    expect(page).toMatch(
      /<input id="f-endsOn" name="endsOn" type="date" value="2027-02-01" required aria-describedby="f-endsOn-error" aria-invalid="true">/,
    );
    expect(page).toContain('value="lots"');
    expect(page).toContain(">Granola, Trail mix</textarea>");
    expect(await (await get(a, "/campaigns")).text()).toContain("No campaigns yet.");
  });

  it("creates a campaign and shows its facts in words", async () => {
    const r = await post(a, "/campaigns", GOOD);
    expect(r.status).toBe(303);
    const path = r.headers.get("location") ?? "";
    expect(path).toMatch(/^\/campaigns\/\d+$/);
    const page = await (await get(a, path)).text();
    expect(page).toContain("<h1>Spring launch</h1>");
    expect(page).toContain("<dd>2027-03-01 to 2027-04-30</dd>");
    expect(page).toContain("<dd>Sell a product</dd>");
    expect(page).toContain("<dd>1,200 sales</dd>");
    // The goal "sell" is counted through a link and a code (core/campaign.ts).
    expect(page).toContain("<dd>a tracked link and a discount code</dd>");
    // 2,500.50 EUR typed as "2500.50" in lower-case "eur": 250,050 cents.
    expect(page).toContain("<dd>2,500.50 EUR</dd>");
    expect(page).toContain("No creators in this campaign yet.");
    expect(page).toContain(`<option value="${baker}">instagram:tiny_baker</option>`);
    expect(await (await get(a, "/campaigns")).text()).toMatch(
      /<a href="\/campaigns\/\d+">Spring launch<\/a>/,
    );
  });

  it("adds a creator, moves the partnership on, and keeps the timeline", async () => {
    const campaignPath = (await (await get(a, "/campaigns")).text()).match(/\/campaigns\/\d+/)?.[0] ?? "";
    const added = await post(a, `${campaignPath}/partnerships`, { creatorId: String(baker) });
    expect(added.status).toBe(303);
    let page = await (await get(a, campaignPath)).text();
    const partnership = page.match(/\/partnerships\/(\d+)/)?.[1] ?? "";
    expect(page).toContain(`<a href="/partnerships/${partnership}">instagram:tiny_baker</a>`);
    expect(page).toContain('<td data-label="Status">Proposed</td>');
    expect(page).toContain("Every creator of the workspace is in this campaign.");

    const moved = await post(a, `/partnerships/${partnership}/status`, {
      status: "negotiating",
      note: "asked for more",
    });
    expect(moved.status).toBe(303);
    expect(moved.headers.get("location")).toBe(campaignPath);
    const refused = await post(a, `/partnerships/${partnership}/status`, { status: "live", note: "" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("it cannot become live (it can become contract_sent, cancelled)");

    page = await (await get(a, `/partnerships/${partnership}`)).text();
    expect(page).toContain("<h1>instagram:tiny_baker in Spring launch</h1>");
    expect(page).toContain('<td data-label="Change">Proposed → Negotiating</td>');
    expect(page).toContain(`<td data-label="By">${a.owner.email}</td>`);
    expect(page).toContain('<td data-label="Note">asked for more</td>');
    expect(page).toContain("No contract has been sent yet.");
    expect(page).toContain("None yet: they are listed once the creator accepts a contract.");
  });

  it("answers another workspace 404 for every id, and lets a viewer read but not write", async () => {
    const campaignPath = (await (await get(a, "/campaigns")).text()).match(/\/campaigns\/\d+/)?.[0] ?? "";
    const partnership = (await (await get(a, campaignPath)).text()).match(/\/partnerships\/(\d+)/)?.[1] ?? "";
    expect((await get(b, campaignPath)).status).toBe(404);
    expect((await get(b, `/partnerships/${partnership}`)).status).toBe(404);
    expect((await post(b, `${campaignPath}/partnerships`, { creatorId: String(baker) })).status).toBe(404);
    expect((await post(b, `/partnerships/${partnership}/status`, { status: "cancelled" })).status).toBe(404);
    expect(await (await get(b, "/campaigns")).text()).toContain("No campaigns yet.");
    expect((await get(a, "/campaigns/abc")).status).toBe(404);

    const viewer = (await createToken(s, a, "viewer")).token;
    const read = await app.request(campaignPath, { headers: bearer(viewer) });
    expect(read.status).toBe(200);
    const page = await read.text();
    expect(page).toContain("<h1>Spring launch</h1>");
    expect(page).not.toContain('/status"');
    const write = await app.request(`/partnerships/${partnership}/status`, {
      method: "POST",
      body: "status=cancelled",
      headers: bearer(viewer, { "content-type": "application/x-www-form-urlencoded" }),
    });
    expect(write.status).toBe(403);
  });
});
