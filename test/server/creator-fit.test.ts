// Audience fit and claims end to end, in-process on every database kind: two creators are
// imported from snapshots written here and audited, a brand target is made through the
// API, each creator gets a media-kit request (API) and submits a kit through the public
// form (a plain POST, as a browser without JavaScript sends it); then
// GET /api/v1/creators/{id}/fit, the creators list with targetId and sort=fit, and the
// creators page with ?target= are checked against figures worked out by hand.
//
// Formulas: docs/methodology.md section 10, src/core/audience-fit.ts, src/core/kit-claims.ts.
// Weights: country 0.30, age 0.25, gender 0.15, language 0.15, niche 0.15. The target asks
// for no niche, so the niche part is left out and the other four share its weight:
// Σ weights with a value = 0.85.
//
// Target "DACH women 25-44": countries DE, AT, CH; ages 25-34, 35-44; gender 80/20; German.
//
// - fit_alpha: 20,000 followers, 3 posts of 600 likes, 0 comments → ER 600 / 20,000 = 3.0%
//   each, median 3.0%. Kit: DE 60, AT 20, US 20; ages 18-24 25, 25-34 45, 35-44 15, 45-54 15;
//   gender 70/28/2; German 75%; claims 20,800 followers, 3.5% ER, 95% real; feed post 500 EUR.
//   country 0.6 + 0.2 = 0.8; age 0.45 + 0.15 = 0.6; gender TVD ½(|0.7−0.8| + |0.28−0.2| +
//   |0.02−0|) = ½ × 0.2 = 0.1 → 0.9; language 0.75; niche left out.
//   score = 100 × (0.3 × 0.8 + 0.25 × 0.6 + 0.15 × 0.9 + 0.15 × 0.75) / 0.85
//         = 100 × (0.24 + 0.15 + 0.135 + 0.1125) / 0.85 = 100 × 0.6375 / 0.85 = 75.
//   Price per 1,000: 500 / 20,000 × 1000 = 25.00 EUR. No follower sample → no fake share →
//   no real share, so the price in the target is null (the real-share claim says why).
//   Claims: followers (20,800 − 20,000) / 20,000 = +4.0% ≤ 5% → consistent; ER 3.5 − 3.0 =
//   +0.5 points ≤ 1 → consistent; countries DE, AT, US (each ≥ 10%) and German → cannot check
//   (no comments, so no comment languages); 95% real → cannot check (no follower sample).
// - fit_bravo: 10,000 followers, 3 posts of 250 likes → ER 2.5%. Kit: US 70, DE 10; ages 13-17
//   10, 18-24 60, 25-34 20, 35-44 5, 45-54 5; gender 50/50; English 80, German 10; claims 11,000
//   followers; feed post 200 EUR.
//   country 0.1; age 0.2 + 0.05 = 0.25; gender TVD ½(0.3 + 0.3 + 0) = 0.3 → 0.7; language 0.1.
//   score = 100 × (0.03 + 0.0625 + 0.105 + 0.015) / 0.85 = 100 × 0.2125 / 0.85 = 25.
//   Price per 1,000: 200 / 10,000 × 1000 = 20.00 EUR. Followers (11,000 − 10,000) / 10,000 =
//   +10% > 5% → off by "+10%".
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
  upload,
} from "../helpers/server.js";

const ORIGIN = "http://localhost";

/** A snapshot of an account with `followers` and three posts of `likes` likes and no comments. */
function snapshot(username: string, id: string, followers: number, likes: number): File {
  const posts = [10, 12, 14].map((day, i) => ({
    id: `${username}-${i + 1}`,
    takenAt: new Date(Date.UTC(2026, 9, day, 10, 0)).toISOString(),
    kind: "image",
    likes,
    commentCount: 0,
    comments: [],
  }));
  const body = {
    format: "vouch.snapshot/v1",
    capturedAt: "2026-10-20T00:00:00Z",
    account: { platform: "instagram", username, id },
    profile: { followers, following: 300, posts: 3, fullName: username },
    posts,
  };
  return new File([JSON.stringify(body)], `${username}.json`);
}

const TARGET = {
  name: "DACH women 25-44",
  countries: ["DE", "AT", "CH"],
  ageBands: ["25-34", "35-44"],
  gender: { female: 80, male: 20 },
  languages: ["de"],
};

/** fit_alpha's kit as the form's fields (names are the kit's paths, src/server/pages/kit-form-fields.ts). */
const ALPHA_KIT: Record<string, string> = {
  "platforms[0].platform": "instagram",
  "platforms[0].handle": "@fit_alpha",
  "platforms[0].followers": "20,800",
  "platforms[0].engagementRate": "3.5",
  realFollowerShare: "95",
  "gender.female": "70",
  "gender.male": "28",
  "gender.other": "2",
  "ageBands.18-24": "25",
  "ageBands.25-34": "45",
  "ageBands.35-44": "15",
  "ageBands.45-54": "15",
  "countries[0].country": "DE",
  "countries[0].share": "60",
  "countries[1].country": "AT",
  "countries[1].share": "20",
  "countries[2].country": "US",
  "countries[2].share": "20",
  "languages[0].language": "de",
  "languages[0].share": "75",
  "rates[0].deliverable": "feed_post",
  "rates[0].amount": "500",
  "rates[0].currency": "EUR",
};

const BRAVO_KIT: Record<string, string> = {
  "platforms[0].platform": "instagram",
  "platforms[0].handle": "fit_bravo",
  "platforms[0].followers": "11000",
  "gender.female": "50",
  "gender.male": "50",
  "ageBands.13-17": "10",
  "ageBands.18-24": "60",
  "ageBands.25-34": "20",
  "ageBands.35-44": "5",
  "ageBands.45-54": "5",
  "countries[0].country": "US",
  "countries[0].share": "70",
  "countries[1].country": "DE",
  "countries[1].share": "10",
  "languages[0].language": "en",
  "languages[0].share": "80",
  "languages[1].language": "de",
  "languages[1].share": "10",
  "rates[0].deliverable": "feed_post",
  "rates[0].amount": "200",
  "rates[0].currency": "EUR",
};

describe.each(DATABASE_KINDS)("audience fit and claims on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let a: TestWorkspace;
  let h: Record<string, string>;
  let hOther: Record<string, string>;
  let targetId: number;
  let otherTargetId: number;
  const ids: Record<string, number> = {};

  /** A media-kit request through the API, the form opened and submitted as the creator (no cookie). */
  async function submitKit(creatorId: number, fields: Record<string, string>) {
    const req = await call(app, "POST", `/api/v1/creators/${creatorId}/media-kit-requests`, h, {});
    expect(req.status, req.text).toBe(201);
    const token = req.body.token as string;
    expect((await app.request(`/kit/${token}`, { headers: { accept: "text/html" } })).status).toBe(200);
    const res = await app.request(`/kit/${token}`, {
      method: "POST",
      body: new URLSearchParams({ ...fields, action: "submit" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, accept: "text/html" },
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }

  async function fitOf(creatorId: number) {
    const r = await call(app, "GET", `/api/v1/creators/${creatorId}/fit`, h);
    expect(r.status, r.text).toBe(200);
    return r.body;
  }

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 50 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        kitRateLimit: 10_000,
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Alpha agency");
    const other = await signUpWorkspace(s, "Other brand");
    h = bearer((await createToken(s, a, "member")).token);
    hOther = bearer((await createToken(s, other, "member")).token);
    for (const file of [
      snapshot("fit_alpha", "8800001", 20_000, 600),
      snapshot("fit_bravo", "8800002", 10_000, 250),
    ]) {
      const r = await upload(app, h, [file]);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const list = await call(app, "GET", "/api/v1/creators", h);
    for (const c of list.body.items) ids[c.username] = c.creatorId;
    for (const id of Object.values(ids)) {
      const r = await call(app, "POST", `/api/v1/creators/${id}/audits`, h);
      expect(r.status, r.text).toBe(201);
    }
    const t = await call(app, "POST", "/api/v1/brand-targets", h, TARGET);
    expect(t.status, t.text).toBe(201);
    targetId = t.body.id;
    const o = await call(app, "POST", "/api/v1/brand-targets", hOther, { ...TARGET, name: "Theirs" });
    expect(o.status, o.text).toBe(201);
    otherTargetId = o.body.id;
    await submitKit(ids.fit_alpha as number, ALPHA_KIT);
    await submitKit(ids.fit_bravo as number, BRAVO_KIT);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("gives fit_alpha's fit with each part, the plain price per 1,000, and no in-target price without a real share", async () => {
    const body = await fitOf(ids.fit_alpha as number);
    expect(body.sources).toEqual({ mediaKit: true, demographics: false });
    expect(body.kit.kit.platforms[0]).toMatchObject({ handle: "fit_alpha", followers: 20800 });
    expect(body.fits).toHaveLength(1);
    const [f] = body.fits;
    expect(f.targetId).toBe(targetId);
    expect(f.fit.target).toBe("DACH women 25-44");
    // 100 × 0.6375 / 0.85 = 75 (header comment).
    expect(f.fit.score).toBe(75);
    expect(f.fit.weightWithData).toBeCloseTo(0.85, 10);
    const parts = f.fit.parts;
    expect(parts.country.value).toBeCloseTo(0.8, 10); // DE 0.6 + AT 0.2; US outside
    expect(parts.age.value).toBeCloseTo(0.6, 10); // 25-34 0.45 + 35-44 0.15
    expect(parts.gender.value).toBeCloseTo(0.9, 10); // 1 − ½(0.1 + 0.08 + 0.02)
    expect(parts.language.value).toBeCloseTo(0.75, 10); // the kit's German 75%
    expect(parts.niche.value).toBeNull(); // the target takes any niche
    expect(parts.niche.basis).toBe("The target takes any niche.");
    expect(parts.niche.effectiveWeight).toBeNull();
    // Each part's weight over the 0.85 judged.
    expect(parts.country.effectiveWeight).toBeCloseTo(0.3 / 0.85, 10);
    expect(parts.age.effectiveWeight).toBeCloseTo(0.25 / 0.85, 10);
    expect(parts.gender.effectiveWeight).toBeCloseTo(0.15 / 0.85, 10);
    expect(parts.language.effectiveWeight).toBeCloseTo(0.15 / 0.85, 10);
    expect(parts.language.basis).toContain("from the creator's media kit");
    expect(f.fit.targetShare).toBeCloseTo(0.8, 10);
    // 500 / 20,000 × 1000 = 25; no follower sample → no real share → no price in the target.
    expect(f.price.rate).toEqual({ deliverable: "feed_post", amount: 500, currency: "EUR" });
    expect(f.price.plain).toBeCloseTo(25, 10);
    expect(f.price.inTarget).toBeNull();
  });

  it("checks fit_alpha's claims: followers +4.0% and ER +0.5 points consistent, the rest cannot be checked, and says why", async () => {
    const { claims } = await fitOf(ids.fit_alpha as number);
    expect(claims.map((c: Json) => [c.kind, c.field, c.verdict, c.offBy])).toEqual([
      ["followers", "platforms[0].followers", "consistent", "+4.0%"],
      ["engagement_rate", "platforms[0].engagementRate", "consistent", "+0.5 points"],
      ["country", "countries[0]", "cannot_check", null],
      ["country", "countries[1]", "cannot_check", null],
      ["country", "countries[2]", "cannot_check", null],
      ["language", "languages[0]", "cannot_check", null],
      ["real_share", "realFollowerShare", "cannot_check", null],
    ]);
    expect(claims[0]).toMatchObject({ claimed: "20,800", measured: "20,000" });
    expect(claims[1]).toMatchObject({ claimed: "3.5%", measured: "3.0%" });
    // Why the price in the target is unknown: nothing says how many followers are real.
    expect(claims[6].evidence).toBe(
      "No follower sample has been scored, so the share of real followers is unknown.",
    );
  });

  it("gives fit_bravo a worse fit and flags a follower count 10% above the snapshot as off", async () => {
    const body = await fitOf(ids.fit_bravo as number);
    const [f] = body.fits;
    // 100 × 0.2125 / 0.85 = 25 (header comment).
    expect(f.fit.score).toBe(25);
    expect(f.fit.parts.country.value).toBeCloseTo(0.1, 10);
    expect(f.fit.parts.age.value).toBeCloseTo(0.25, 10);
    expect(f.fit.parts.gender.value).toBeCloseTo(0.7, 10);
    expect(f.fit.parts.language.value).toBeCloseTo(0.1, 10);
    expect(f.price.plain).toBeCloseTo(20, 10); // 200 / 10,000 × 1000
    expect(f.price.inTarget).toBeNull();
    expect(body.claims[0]).toMatchObject({
      kind: "followers",
      claimed: "11,000",
      measured: "10,000",
      verdict: "off",
      offBy: "+10%",
    });
  });

  it("ranks the creators list by fit against the target, with fit on each item", async () => {
    const list = async (q: string) => {
      const r = await call(app, "GET", `/api/v1/creators${q}`, h);
      expect(r.status, r.text).toBe(200);
      return r.body;
    };
    const desc = await list(`?targetId=${targetId}&sort=fit&order=desc`);
    expect(desc.items.map((c: Json) => c.username)).toEqual(["fit_alpha", "fit_bravo"]);
    expect(desc.total).toBe(2);
    // Four of the four parts the target asks about were judged (niche: "any"): 0.85 / 0.85.
    const judged = {
      fitCoverage: 1,
      fitParts: 4,
      fitPartLabels: ["country", "age", "gender", "language"],
      fitProvisional: false,
    };
    expect(desc.items[0].fit).toEqual({
      fit: 75,
      ...judged,
      pricePlain: expect.closeTo(25, 10),
      priceInTarget: null,
      currency: "EUR",
    });
    expect(desc.items[1].fit).toEqual({
      fit: 25,
      ...judged,
      pricePlain: expect.closeTo(20, 10),
      priceInTarget: null,
      currency: "EUR",
    });
    // Neither has a trust score (engagement alone carries 25% of the weight, under the 40%
    // a score needs): no candidate score, each part still shown.
    expect(desc.items[0].candidate).toEqual({
      band: "incomplete",
      score: null,
      parts: [
        { id: "fit", points: 75, weight: 0.4 },
        { id: "trust", points: null, weight: 0.3 },
        { id: "realFollowers", points: null, weight: 0.15 },
        { id: "price", points: null, weight: 0.15 },
      ],
      why: "no trust score",
    });
    // The best candidates: neither has a trust score, so both are "incomplete" and ranked by
    // username within the band; provisional=mixed is accepted, anything else refused.
    const best = await list(`?targetId=${targetId}&sort=candidate&provisional=mixed`);
    expect(best.items.map((c: Json) => [c.username, c.candidate.band])).toEqual([
      ["fit_alpha", "incomplete"],
      ["fit_bravo", "incomplete"],
    ]);
    const bad = await call(app, "GET", `/api/v1/creators?targetId=${targetId}&provisional=first`, h);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
    const asc = await list(`?targetId=${targetId}&sort=fit&order=asc`);
    expect(asc.items.map((c: Json) => c.username)).toEqual(["fit_bravo", "fit_alpha"]);
    // Without a target, sort=fit has nothing to rank by: the list is by username (here reversed).
    expect((await list("?sort=fit&order=desc")).items.map((c: Json) => c.username)).toEqual([
      "fit_bravo",
      "fit_alpha",
    ]);
    // No target: no fit field; an empty targetId (an empty form field) is no target.
    for (const q of ["", "?targetId="])
      for (const c of (await list(q)).items) expect(c).not.toHaveProperty("fit");
  });

  it("answers 404 for a target that does not exist or is another workspace's", async () => {
    for (const id of [otherTargetId, 2_000_000_000]) {
      const r = await call(app, "GET", `/api/v1/creators?targetId=${id}&sort=fit`, h);
      expect(r.status, r.text).toBe(404);
      expect(r.body.error.code).toBeTruthy();
    }
    // The other workspace sees neither creator's fit.
    expect((await call(app, "GET", `/api/v1/creators/${ids.fit_alpha}/fit`, hOther)).status).toBe(404);
  });

  it("shows the fit and the price columns on the creators page with ?target=", async () => {
    const res = await app.request(`/?target=${targetId}&sort=fit&order=desc`, { headers: session(a) });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`<option value="${targetId}" selected>DACH women 25-44</option>`);
    expect(page).toContain("Audience fit");
    expect(page).toContain("Price per 1,000 real followers in the target");
    const rowOf = (name: string) =>
      new RegExp(`<tr>\\s*<td><input[^>]*aria-label="Compare ${name}">[\\s\\S]*?</tr>`).exec(page)?.[0] ?? "";
    // fit_alpha: fit 75; no price in the target ("—"), the plain price 25.00 under it.
    // The fit says what it was judged on and how much of what the target asks that is.
    // Each cell carries its column's label, shown on a phone where the rows stack.
    const price = "Price per 1,000 real followers in the target";
    const judged = "from 4 parts \\(country, age, gender, language\\), based on 100% of the evidence";
    expect(rowOf("fit_alpha")).toMatch(
      new RegExp(
        `<td data-label="Audience fit" class="num">75<br><span class="confidence">${judged}</span></td>\\s*<td data-label="${price}" class="num">—<br><span class="sub">plain 25\\.00</span></td>`,
      ),
    );
    expect(rowOf("fit_bravo")).toMatch(
      new RegExp(
        `<td data-label="Audience fit" class="num">25<br><span class="confidence">${judged}</span></td>\\s*<td data-label="${price}" class="num">—<br><span class="sub">plain 20\\.00</span></td>`,
      ),
    );
    expect(page.indexOf("Compare fit_alpha")).toBeLessThan(page.indexOf("Compare fit_bravo"));
    // Without a target (or with another workspace's, dropped like any unreadable filter): no columns.
    for (const q of ["/", `/?target=${otherTargetId}`]) {
      const plain = await (await app.request(q, { headers: session(a) })).text();
      expect(plain).not.toContain("Audience fit");
      expect(plain).not.toContain("Price per 1,000 real followers in the target");
    }
  });

  it("shows the media kit section with the fit on the creator page", async () => {
    const page = await (await app.request(`/creators/${ids.fit_alpha}`, { headers: session(a) })).text();
    expect(page).toContain("Media kit and audience fit");
    expect(page).toMatch(
      /<th scope="row">DACH women 25-44<\/th>\s*<td data-label="Fit" class="num">75 · based on 100% of the evidence<\/td>/,
    );
    expect(page).toContain("25.00 EUR");
  });
});
