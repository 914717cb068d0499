// The brand's kit view (GET /media-kits/:id) draws each breakdown of a submitted kit as a
// Chart.js bar chart, on PGlite and PostgreSQL: one canvas per breakdown the kit fills
// (none for the empty ones), its data in the canvas's data-kit-chart attribute (escaped
// by the html template, read back as the same JSON), the table with the same shares
// still behind it, chart.js and public/kit-charts.js loaded as files, no inline script;
// a request without a kit loads no chart at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { createKitRequest } from "../../src/services/media-kits/create-kit-request.js";
import { submitKit } from "../../src/services/media-kits/submit-kit.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  type App,
  bearer,
  call,
  createToken,
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

/** Five breakdowns filled, household income left empty; a city name that must be escaped. */
const KIT = {
  platforms: [{ platform: "instagram", handle: "tiny_baker", followers: 8000 }],
  gender: { female: 62, male: 36, other: 2 },
  ageBands: { "18-24": 30, "25-34": 45, "35-44": 25 },
  countries: [
    { country: "DE", share: 55 },
    { country: "AT", share: 20.5 },
  ],
  cities: [{ city: `Zürich "Kreis 1" & <Altstadt>`, country: "CH", share: 12 }],
  languages: [
    { language: "de", share: 70 },
    { language: "en", share: 20 },
  ],
  rates: [{ deliverable: "reel", amount: 250, currency: "eur" }],
};

/** What the page should chart, in its order: the labels and shares each table lists. */
const EXPECTED = [
  { labels: ["female", "male", "other"], shares: [62, 36, 2] },
  { labels: ["18-24", "25-34", "35-44"], shares: [30, 45, 25] },
  { labels: ["DE", "AT"], shares: [55, 20.5] },
  { labels: [`Zürich "Kreis 1" & <Altstadt> (CH)`], shares: [12] },
  { labels: ["de", "en"], shares: [70, 20] },
];

const decode = (s: string) =>
  s
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

describe.each(DATABASE_KINDS)("the kit view's charts on %s", (kind) => {
  let s: TestServer;
  let app: App;
  let a: TestWorkspace;
  let creatorId: number;

  const newRequest = () =>
    createKitRequest(s.d.db, a.owner, { creatorId }, { now: s.clock.now, origin: "http://localhost" });
  const view = async (id: number) => {
    const res = await app.request(`/media-kits/${id}`, { headers: session(a) });
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
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
    const member = (await createToken(s, a, "member")).token;
    const r = await upload(app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect(r.status).toBe(201);
    creatorId = (await call(app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("draws one bar chart per filled breakdown, with the table's shares in data-kit-chart", async () => {
    s.clock.now = NOW;
    const made = await newRequest();
    await submitKit(s.d.db, made.token, KIT, NOW + 60_000);
    const page = await view(made.request.id);

    const canvases = [...page.matchAll(/<canvas data-kit-chart="([^"]*)"([^>]*)><\/canvas>/g)];
    expect(canvases.map((m) => JSON.parse(decode(m[1] as string)))).toEqual(EXPECTED);
    // The quotes and angle brackets of the city stay inside the attribute, escaped.
    expect(page).toContain("&quot;Zürich \\&quot;Kreis 1\\&quot; &amp; &lt;Altstadt&gt; (CH)&quot;");
    expect(page).not.toContain("<Altstadt>");
    for (const m of canvases)
      expect(m[2]).toMatch(
        /^ role="img" aria-label="Bar chart of [^"]+; the table below has the same values"$/,
      );
    // Household income was left empty: neither a chart nor a table for it.
    expect(page).not.toContain("<caption>Household income</caption>");
    // Every chart keeps its table: the same shares as rows.
    expect(page).toContain('<th scope="row">25-34</th><td data-label="Share" class="num">45%</td>');
    expect(page).toContain('<th scope="row">AT</th><td data-label="Share" class="num">20.5%</td>');
    for (const caption of ["Gender", "Age", "Top countries", "Top cities", "Languages"])
      expect(page).toContain(`<caption>${caption}</caption>`);

    // Scripts only as files: Chart.js, then the script that draws every canvas[data-kit-chart].
    expect(page).toContain(
      '<script src="/assets/chart.js"></script><script src="/assets/kit-charts.js"></script>',
    );
    expect(page).not.toMatch(/<script>/);
    const asset = await app.request("/assets/kit-charts.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await asset.text()).toContain('querySelectorAll("canvas[data-kit-chart]")');
  });

  it("loads no chart for a request without a kit", async () => {
    const made = await newRequest();
    const page = await view(made.request.id);
    expect(page).toContain("The creator has not submitted the kit yet.");
    expect(page).not.toContain("<canvas");
    expect(page).not.toContain("/assets/chart.js");
    expect(page).not.toContain("/assets/kit-charts.js");
  });
});
