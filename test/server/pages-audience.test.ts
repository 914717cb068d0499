// The creator page's audience authenticity and spam sections, in-process on every
// database kind, from fixtures/audience (invented accounts):
// - mixed_audience: 60 sampled followers. By HypeAuditor's rules (follower-model.ts):
//   10 follow more than 1,500 accounts (1,501 to 7,000) → mass followers; 5 have more
//   than 5,000 followers and fewer than 1,500 followings (5,001/1,499 at the edges) →
//   influencers; the other 45 are suspicious or real as the model says (one follows
//   exactly 1,500: not a mass follower; one has exactly 5,000 followers: not an
//   influencer). Reachable (following < 1,500): 60 − 10 mass − the one at 1,500 = 49,
//   81.7%. Of its 12 comments, two fire spam rules, so they are at least possibly spam
//   (spam when the model is sure as well): the markup one (link, self_promotion) and "Buy
//   cheap followers now, DM us for a promo".
// - small_sample: 12 followers (2 mass followers, 1 influencer, 9 others): below the
//   model's minimum sample, so the fake share is "not enough data".
// - no_sample (written here): no follower sample at all.
// pFake values depend on the trained model and are not asserted.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FOLLOWER_MODEL_VERSION, MIN_FOLLOWER_SAMPLE } from "../../src/core/follower-model.js";
import { createApp } from "../../src/server/app.js";
import { pct } from "../../src/server/pages/format.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type Json, NOW } from "../helpers/server.js";

const ORIGIN = "http://localhost";
const SPAM_TEXT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; check my page bit.ly/x";

type App = ReturnType<typeof createApp>;

const get = (app: App, path: string, cookie: string) => app.request(path, { headers: { Cookie: cookie } });

function postForm(app: App, path: string, fields: Record<string, string>, cookie?: string) {
  return app.request(path, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

/** The row of one class in the class table: [count, share]. */
function classRow(html: string, cls: string): [number, string] {
  const m = new RegExp(
    `<tr id="audience-class-${cls}"><th scope="row">[^<]+<span class="definition">[^<]*</span></th><td data-label="Followers" class="num">([\\d,]+)</td><td data-label="Share" class="num">([^<]+)</td></tr>`,
  ).exec(html);
  if (!m) throw new Error(`no class row for ${cls}`);
  return [Number((m[1] as string).replaceAll(",", "")), m[2] as string];
}

/** The example rows of one class group in the examples table (the usernames shown). */
function exampleNames(html: string, label: string): string[] {
  const groups = html.split("<tbody>");
  const group = groups.find((g) => g.includes(`<th scope="colgroup" colspan="5">${label} <span`));
  if (!group) throw new Error(`no example group ${label}`);
  const body = group.slice(0, group.indexOf("</tbody>"));
  return [...body.matchAll(/<th scope="row">@([\w.-]+)<\/th>/g)].map((m) => m[1] as string);
}

function chartData(html: string): { labels: string[]; counts: number[]; shares: number[] } {
  const attr = /<canvas id="audience-chart"[^>]*data-chart="([^"]*)"/.exec(html)?.[1] ?? "";
  return JSON.parse(attr.replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
}

describe.each(DATABASE_KINDS)("creator page audience and spam on %s", (kind) => {
  let d: TestDatabase;
  let app: App;
  let owner: string;
  let tmp: string;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    app = createApp(
      { db: d.db, now: () => NOW, maxUploadBytes: 20 * 1024 ** 2, authRateLimit: 1000, secureCookies: false },
      registerPages,
    );
    const signUp = await postForm(app, "/sign-up", {
      email: "audience@example.test",
      password: "correct horse battery",
      workspaceName: "Audience brand",
    });
    expect(signUp.status).toBe(303);
    // Sign-up signs no one in (it answers a taken email alike): sign in after it.
    const signIn = await postForm(app, "/sign-in", {
      email: "audience@example.test",
      password: "correct horse battery",
    });
    owner = `vouch_session=${/vouch_session=([^;]+)/.exec(signIn.headers.get("set-cookie") ?? "")?.[1]}`;

    tmp = mkdtempSync(join(tmpdir(), "vouch-audience-"));
    const noSample = join(tmp, "no_sample.json");
    writeFileSync(
      noSample,
      JSON.stringify({
        format: "vouch.snapshot/v1",
        capturedAt: "2026-10-25T08:00:00Z",
        account: { platform: "instagram", username: "no_sample" },
        profile: { followers: 900 },
        posts: [{ id: "ns-1", takenAt: "2026-10-12T09:00:00Z", likes: 40, commentCount: 0 }],
      }),
    );
    const body = new FormData();
    for (const path of [
      join(FIXTURES, "audience", "mixed_audience.json"),
      join(FIXTURES, "audience", "small_sample.json"),
      noSample,
    ])
      body.append("files", new File([readFileSync(path)], path.split("/").at(-1) as string));
    const res = await app.request("/api/v1/imports", {
      method: "POST",
      body,
      headers: { Cookie: owner, Origin: ORIGIN },
    });
    expect(res.status).toBe(201);
    const list = (await (await get(app, "/api/v1/creators", owner)).json()) as Json;
    for (const item of list.items) ids.set(item.username, item.creatorId);
    for (const id of ids.values())
      expect((await postForm(app, `/creators/${id}/audit`, {}, owner)).status).toBe(303);
  });

  afterAll(async () => {
    await d?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("lists the fake share per creator, filters on it and sorts by it (API and list page)", async () => {
    const list = async (q: string) => (await (await get(app, `/api/v1/creators${q}`, owner)).json()) as Json;
    const all = await list("");
    const fake = (name: string) =>
      all.items.find((c: Json) => c.username === name)?.latestAudit?.fakeShare as number | null;
    const mixed = fake("mixed_audience") as number;
    // The list carries the latest audit's fake share; below the minimum sample it is null.
    const audit = (await (
      await get(app, `/api/v1/creators/${ids.get("mixed_audience")}`, owner)
    ).json()) as Json;
    expect(mixed).toBe(audit.latestAudit.result.audience.fakeShare);
    expect(fake("small_sample")).toBeNull();
    expect(fake("no_sample")).toBeNull();
    // A creator without a fake share never passes a maximum; one at the maximum does.
    const names = (r: Json) => r.items.map((c: Json) => c.username);
    expect(names(await list(`?maxFakeShare=${mixed}`))).toEqual(["mixed_audience"]);
    expect(names(await list("?maxFakeShare=1"))).toEqual(["mixed_audience"]);
    if (mixed > 0) expect(names(await list(`?maxFakeShare=${mixed / 2}`))).toEqual([]);
    expect((await get(app, "/api/v1/creators?maxFakeShare=1.5", owner)).status).toBe(400);
    // Sorted by it, creators without the figure come last (then by username).
    expect(names(await list("?sort=fakeShare&order=desc"))).toEqual([
      "mixed_audience",
      "no_sample",
      "small_sample",
    ]);
    // The list page shows the column and the filter, and applies it (percent in the form).
    const page = await (await get(app, "/?maxFake=100", owner)).text();
    expect(page).toContain('<label for="f-maxFake">Max. fake followers (%)</label>');
    expect(page).toContain("Fake followers (est.)");
    expect(page).toContain(`<td data-label="Fake followers (est.)" class="num">${pct(mixed, 0)}</td>`);
    expect(page).not.toContain("small_sample");
  });

  it("shows the fake share with its interval, the class counts by rule and the reachable share", async () => {
    const id = ids.get("mixed_audience") as number;
    const html = await (await get(app, `/creators/${id}`, owner)).text();
    expect(html).toContain('<h2 id="audience-h">Audience authenticity</h2>');

    const estimate =
      /Estimated fake followers: <strong>(\d+(?:\.\d)?)% \(95% interval (\d+(?:\.\d)?)–(\d+(?:\.\d)?)%\)<\/strong>, from a sample of 60 followers\./.exec(
        html,
      );
    expect(estimate).not.toBeNull();
    const [share, low, high] = (estimate as RegExpExecArray).slice(1).map(Number) as [number, number, number];
    expect(low).toBeLessThanOrEqual(share);
    expect(share).toBeLessThanOrEqual(high);
    // What the interval accounts for, with the spread of the shipped model's rates between sources.
    expect(html).toContain(
      "accounts for the sample&#39;s size, the model&#39;s measured error rates, and how much those rates moved on follower populations it was not trained on",
    );
    expect(html).toContain("Never call a creator a fraud on this figure alone.");

    // The rules' classes, worked out by hand (see the header); the model splits the other 45.
    expect(classRow(html, "mass_follower")).toEqual([10, "16.7%"]);
    expect(classRow(html, "influencer")).toEqual([5, "8.3%"]);
    const [suspicious] = classRow(html, "suspicious");
    const [real] = classRow(html, "real");
    expect(suspicious + real).toBe(45);
    expect(html).toContain(
      '<tfoot><tr><th scope="row">All sampled followers</th><td data-label="Followers" class="num">60</td>',
    );
    expect(html).toContain("follow more than 1,500 accounts");
    expect(html).toContain("over 5,000 followers and under 1,500 followings");

    // The chart gets the same counts, and its shares add up to the whole sample.
    const chart = chartData(html);
    expect(chart.labels).toEqual(["Mass followers", "Influencers", "Suspicious", "Real"]);
    expect(chart.counts).toEqual([10, 5, suspicious, real]);
    expect(chart.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
    expect(html).toMatch(
      /<canvas id="audience-chart" role="img" aria-label="[^"]+the table below has the same values"/,
    );

    // 49 of the 60 follow fewer than 1,500 accounts.
    expect(html).toContain(
      `<strong>${pct(49 / 60, 1)}</strong>: 49 of 60 sampled followers whose following count is known`,
    );

    // Examples: up to 5 per class, from the class's own accounts.
    const mass = exampleNames(html, "Mass followers");
    expect(mass).toHaveLength(5);
    for (const name of mass) expect(name).toMatch(/^growth\./);
    expect(exampleNames(html, "Influencers")).toHaveLength(5);
    expect(exampleNames(html, "Suspicious")).toHaveLength(Math.min(5, suspicious));
    expect(exampleNames(html, "Real")).toHaveLength(Math.min(5, real));

    expect(html).toContain(`Model <code>${FOLLOWER_MODEL_VERSION}</code>`);
    expect(html).toContain("docs/models/follower-authenticity.md");
    expect(html).toContain('<script src="/assets/audience-chart.js"></script>');
    const asset = await app.request("/assets/audience-chart.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
  });

  it("shows the spam share, the possibly-spam share, links to both filters and the examples as text", async () => {
    const id = ids.get("mixed_audience") as number;
    const api = (await (await get(app, `/api/v1/creators/${id}`, owner)).json()) as Json;
    const c = api.latestAudit.result.comments;
    expect(c.total).toBe(12);
    // The two rule hits; a rule alone makes possibly spam, the model may make either spam.
    expect(c.spam + c.possibleSpam).toBeGreaterThanOrEqual(2);
    const byReason: Record<string, number> = {};
    for (const [k, n] of [...Object.entries(c.spamByReason), ...Object.entries(c.possibleSpamByReason)])
      byReason[k] = (byReason[k] ?? 0) + (n as number);
    expect(byReason).toMatchObject({ link: 1, self_promotion: 1, dm_request: 1, follower_selling: 1 });

    const html = await (await get(app, `/creators/${id}`, owner)).text();
    expect(html).toContain('<h2 id="spam-h">Spam and scam comments</h2>');
    expect(html).toContain(`${pct(c.spam / 12, 1)} of 12 comments by other accounts are spam or scams`);
    expect(html).toContain(`href="/creators/${id}/comments?filter=spam"`);
    expect(html).toContain('<h3 id="evidence-possible-spam">Possibly spam (not counted)</h3>');
    expect(html).toContain(`${pct(c.possibleSpam / 12, 1)} of comments are possibly spam`);
    expect(html).toContain(`href="/creators/${id}/comments?filter=possible_spam"`);
    const example = html.split('<section id="evidence-spam"')[1]?.split("</section>")[0] ?? "";
    expect(example).toContain(SPAM_TEXT_ESCAPED);
    expect(example).toContain('<span class="badge">link</span>');
    expect(example).toContain('<span class="badge">self promotion</span>');
    expect(example).toContain("Buy cheap followers now, DM us for a promo");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toMatch(/<script>(?!<\/)/); // no inline script at all

    const spam = await (await get(app, `/creators/${id}/comments?filter=spam`, owner)).text();
    const possible = await (await get(app, `/creators/${id}/comments?filter=possible_spam`, owner)).text();
    expect(possible).toContain(`Possibly spam <span class="count">(${c.possibleSpam})</span>`);
    expect(`${spam}${possible}`).toContain(SPAM_TEXT_ESCAPED);
    expect(`${spam}${possible}`).toContain("Buy cheap followers now, DM us for a promo");
  });

  it("shows no possibly-spam part for an audit stored before audit-v5", async () => {
    const id = ids.get("mixed_audience") as number;
    await sql`update audits set result = result #- '{comments,possibleSpam}' #- '{comments,examples,possibleSpam}', method_version = 'audit-v4'`.execute(
      d.db,
    );
    const html = await (await get(app, `/creators/${id}`, owner)).text();
    expect(html).toContain('<h2 id="spam-h">Spam and scam comments</h2>');
    expect(html).not.toContain("Possibly spam (not counted)");
  });

  it("says not enough data below the minimum sample, and still counts the classes", async () => {
    const html = await (await get(app, `/creators/${ids.get("small_sample")}`, owner)).text();
    expect(html).toContain(
      `Estimated fake followers: <strong>not enough data</strong> (12 followers scored, the fake share needs at least ${MIN_FOLLOWER_SAMPLE}).`,
    );
    expect(html).not.toContain("95% interval");
    expect(classRow(html, "mass_follower")[0]).toBe(2);
    expect(classRow(html, "influencer")[0]).toBe(1);
    expect(classRow(html, "suspicious")[0] + classRow(html, "real")[0]).toBe(9);
  });

  it("says so when no follower sample is imported", async () => {
    const html = await (await get(app, `/creators/${ids.get("no_sample")}`, owner)).text();
    expect(html).toContain('<h2 id="audience-h">Audience authenticity</h2>');
    expect(html).toContain("No follower sample is imported for this account");
    expect(html).not.toContain('id="audience-chart"');
  });

  it("asks for a re-run when the stored audit predates audience and spam (audit-v1)", async () => {
    const id = ids.get("small_sample") as number;
    await sql`update audits set result = (result - 'audience' - 'models') #- '{comments,spam}' #- '{comments,examples,spam}', method_version = 'audit-v1'`.execute(
      d.db,
    );
    const res = await get(app, `/creators/${id}`, owner);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("predates audience authenticity. Re-run the audit to see it.");
    expect(html).toContain("did not look for spam. Re-run the audit to see it.");
  });
});
