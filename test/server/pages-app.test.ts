// The web pages in-process (app.request) on every database kind: sign-up and its
// cookie, sign-in redirects, the creators list against the CLI's --json, the
// creator page and comment browser (untrusted text stays text), workspace
// isolation (404), CSRF (403 for a cross-site form post, same-origin XHR upload
// allowed), compare, API tokens (owners only) and invitations.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { pct } from "../../src/server/pages/format.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const ORIGIN = "http://localhost";
const NOW = Date.parse("2026-11-01T12:00:00Z");
const XSS = `<img src=x onerror="window.__xss=1">`;
const XSS_ESCAPED = "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;";
const TINY_CAPTURED = "2026-10-07T08:00:00Z";

type App = ReturnType<typeof createApp>;

function post(app: App, path: string, fields: Record<string, string>, cookie?: string, origin = ORIGIN) {
  return app.request(path, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

function get(app: App, path: string, cookie?: string) {
  return app.request(path, cookie ? { headers: { Cookie: cookie } } : {});
}

function sessionCookie(res: Response): string {
  const token = /vouch_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  if (!token) throw new Error(`no session cookie (status ${res.status})`);
  return `vouch_session=${token}`;
}

/** Sign up, then sign in (sign-up signs no one in: it answers a taken email alike). */
async function signUp(app: App, email: string, workspaceName: string) {
  const res = await post(app, "/sign-up", { email, password: "correct horse battery", workspaceName });
  expect(res.status).toBe(303);
  return sessionCookie(await post(app, "/sign-in", { email, password: "correct horse battery" }));
}

function fileOf(path: string, name = path.split("/").at(-1) as string) {
  return new File([readFileSync(path)], name);
}

/** Upload through the API as the import page's script does: session cookie, same-origin Origin, NDJSON. */
async function upload(app: App, cookie: string, files: File[], fields: Record<string, string> = {}) {
  const body = new FormData();
  for (const f of files) body.append("files", f);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  const res = await app.request("/api/v1/imports", {
    method: "POST",
    body,
    headers: { Cookie: cookie, Origin: ORIGIN, Accept: "application/x-ndjson" },
  });
  expect(res.status).toBe(200);
  const lines = (await res.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  return lines;
}

async function creatorIds(app: App, cookie: string): Promise<Map<string, number>> {
  const res = await app.request("/api/v1/creators", { headers: { Cookie: cookie } });
  const body = (await res.json()) as { items: { username: string; creatorId: number }[] };
  return new Map(body.items.map((i) => [i.username, i.creatorId]));
}

/** A snapshot whose texts try to be markup: a comment, a caption and the bio. */
function hostileSnapshot(dir: string): string {
  const post = (i: number) => ({
    id: `hx-${i}`,
    takenAt: `2026-10-0${i}T10:00:00Z`,
    kind: "image",
    caption: `</script><script>window.__xss=2</script> caption ${i}`,
    likes: 100 + i,
    commentCount: 2,
    comments: [
      { id: `hx-c${i}`, author: { username: "mallory" }, text: XSS, createdAt: `2026-10-0${i}T11:00:00Z` },
      {
        id: `hx-d${i}`,
        author: { username: `fan_${i}` },
        text: `"quoted" & <b>bold</b> ${i}`,
        createdAt: `2026-10-0${i}T12:00:00Z`,
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
      profile: { followers: 2000, fullName: "<script>alert(1)</script>", bio: `${XSS} bio` },
      posts: [1, 2, 3, 4].map(post),
    }),
  );
  return path;
}

describe.each(DATABASE_KINDS)("pages on %s", (kind) => {
  let d: TestDatabase;
  let app: App;
  let owner: string;
  let ids: Map<string, number>;
  let cliRates: Map<string, number | null>;
  let tmp: string;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    app = createApp(
      { db: d.db, now: () => NOW, maxUploadBytes: 20 * 1024 ** 2, authRateLimit: 1000, secureCookies: false },
      registerPages,
    );
    tmp = mkdtempSync(join(tmpdir(), "vouch-pages-"));
    owner = await signUp(app, "owner@example.test", "Acme <Brand>");

    const tiny = join(FIXTURES, "instaloader", "tiny_baker");
    const tinyFiles = readdirSync(tiny).map((n) => fileOf(join(tiny, n)));
    const lines = await upload(app, owner, tinyFiles, { capturedAt: TINY_CAPTURED });
    // Processing progress streams first: 7 data files (the .jpg, .txt and id files are not read).
    expect(lines[0]).toEqual({ progress: { done: 0, total: 7 } });
    expect(lines.at(-2)).toEqual({ progress: { done: 7, total: 7 } });
    expect(lines.at(-1)).toMatchObject({ summary: { accounts: [{ account: "instagram:tiny_baker" }] } });
    await upload(app, owner, [
      fileOf(join(FIXTURES, "demo", "sunny_trails.json")),
      fileOf(join(FIXTURES, "demo", "glowup_daily.json")),
      fileOf(hostileSnapshot(tmp)),
    ]);
    ids = await creatorIds(app, owner);
    for (const id of ids.values())
      expect((await post(app, `/creators/${id}/audit`, {}, owner)).status).toBe(303);

    // The CLI's --json on the same fixtures, in its own database.
    const env = await cliEnv(kind);
    try {
      await cli(["import", tiny, "--captured-at", TINY_CAPTURED, "--quiet"], env.env);
      await cli(
        [
          "import",
          join(FIXTURES, "demo", "sunny_trails.json"),
          join(FIXTURES, "demo", "glowup_daily.json"),
          "--quiet",
        ],
        env.env,
      );
      cliRates = new Map();
      for (const name of ["tiny_baker", "sunny_trails", "glowup_daily"]) {
        const out = await cli(["audit", `instagram:${name}`, "--json"], env.env);
        expect(out.code).toBe(0);
        cliRates.set(name, JSON.parse(out.stdout).engagement.medianRate);
      }
    } finally {
      await env.cleanup();
    }
  });

  afterAll(async () => {
    await d?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("signs up, then signs in with an httpOnly, SameSite=Lax session cookie", async () => {
    const res = await post(app, "/sign-up", {
      email: "new@example.test",
      password: "another long password",
      workspaceName: "New brand",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in?signed-up=1");
    expect(res.headers.get("set-cookie")).toBeNull();
    const signIn = await post(app, "/sign-in", {
      email: "new@example.test",
      password: "another long password",
    });
    expect(signIn.headers.get("location")).toBe("/");
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^vouch_session=vs_[a-z0-9]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const home = await get(app, "/", sessionCookie(signIn));
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("New brand");
  });

  it("sets Secure on the cookie when deps.secureCookies", async () => {
    const secure = createApp(
      { db: d.db, now: () => NOW, maxUploadBytes: 1024, authRateLimit: 1000, secureCookies: true },
      registerPages,
    );
    const res = await post(secure, "/sign-in", {
      email: "owner@example.test",
      password: "correct horse battery",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("shows a failed sign-up or sign-in again with the message and the email kept", async () => {
    const invalid = await post(app, "/sign-up", {
      email: "someone@example.test",
      password: "correct horse battery",
      workspaceName: " ",
    });
    expect(invalid.status).toBe(400);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain("name your workspace");
    expect(invalidHtml).toContain('value="someone@example.test"');
    expect(invalid.headers.get("set-cookie")).toBeNull();

    const wrong = await post(app, "/sign-in", { email: "owner@example.test", password: "wrong password!" });
    expect(wrong.status).toBe(401);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("wrong email or password");
    expect(wrongHtml).toContain('value="owner@example.test"');
    expect(wrongHtml).not.toContain("wrong password!");
  });

  it("sends unauthenticated page requests to sign-in and back after it", async () => {
    const res = await get(app, "/creators/1?x=1");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent("/creators/1?x=1")}`);
    const signIn = await post(app, "/sign-in", {
      email: "owner@example.test",
      password: "correct horse battery",
      next: "/creators/1?x=1",
    });
    expect(signIn.headers.get("location")).toBe("/creators/1?x=1");
    const offsite = await post(app, "/sign-in", {
      email: "owner@example.test",
      password: "correct horse battery",
      next: "//evil.example/",
    });
    expect(offsite.headers.get("location")).toBe("/");
  });

  it("lists the imported creators with the CLI's median ER", async () => {
    const res = await get(app, "/", owner);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Acme &lt;Brand&gt;"); // the workspace name, escaped
    expect(html).toMatch(/<caption id="creators-caption">4 creators;/);
    for (const [name, rate] of cliRates) {
      expect(rate).not.toBeNull();
      const row = rowOf(html, name);
      expect(row).toContain(`>${pct(rate)}<`);
    }
    expect(cliRates.get("tiny_baker")).toBeCloseTo(0.03075, 12);
    expect(rowOf(html, "tiny_baker")).toContain("3.08%"); // 0.03075 → 3.08%, as `vouch audit` prints it
    expect(rowOf(html, "tiny_baker")).toContain("33.3%"); // reply share 4 / 12
    expect(rowOf(html, "tiny_baker")).toContain("38.5%"); // generic 5 / 13 ("@friend_one" is a friend tag)
  });

  it("sorts by a column with aria-sort, and filters with the GET form", async () => {
    const byEr = await (await get(app, "/?sort=medianRate&order=desc", owner)).text();
    expect(byEr).toMatch(
      /<th scope="col" aria-sort="descending" class="num"><a class="sort-link" href="\/\?sort=medianRate&amp;order=asc">/,
    );
    const order = [...byEr.matchAll(/<th scope="row"><a href="\/creators\/\d+">([^<]+)<\/a>/g)].map(
      (m) => m[1],
    );
    const rates = order.map((n) => cliRates.get(n as string) ?? -1);
    const known = rates.filter((r) => r !== -1) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));

    const tiny = await (await get(app, "/?search=tiny", owner)).text();
    expect(tiny).toContain("tiny_baker");
    expect(tiny).not.toContain("sunny_trails</a>");
    const micro = await (await get(app, "/?tier=micro&minEr=0.01", owner)).text();
    expect(micro).toContain('<option value="micro" selected>');
    expect(micro).toContain("tiny_baker");
    expect(micro).not.toContain("hostile_one</a>");
    const replies = await (await get(app, "/?minReply=50", owner)).text();
    expect(replies).not.toContain("tiny_baker</a>"); // 33.3% < 50%
    // The form sends empty fields for filters left blank: they filter nothing (not "at least 0").
    const blank = await (await get(app, "/?search=&tier=&minEr=&minReply=&minScore=&maxFake=", owner)).text();
    expect(blank).not.toContain("matching the filters");
    expect(blank).toContain("tiny_baker</a>");
    expect(blank).toContain(
      'id="f-minScore" name="minScore" type="number" min="0" max="100" step="1" inputmode="numeric" value=""',
    );
    // tiny_baker scores 80 (test/server/api-creators.test.ts works it out).
    expect(await (await get(app, "/?minScore=81", owner)).text()).not.toContain("tiny_baker</a>");
    expect(await (await get(app, "/?minScore=80", owner)).text()).toContain("tiny_baker</a>");
  });

  it("shows the creator page with figures, benchmark, evidence links and the chart data", async () => {
    const id = ids.get("tiny_baker") as number;
    const res = await get(app, `/creators/${id}`, owner);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<p class="value">3.08%</p>');
    expect(html).toContain("3.76% median for 5k–20k (HypeAuditor 2018) → 0.82× benchmark");
    expect(html).toContain('<p class="value">45 min</p>');
    for (const anchor of ["posts", "threads", "generic", "duplicates", "fast", "repeat"]) {
      expect(html).toContain(`href="#evidence-${anchor}"`);
      expect(html).toContain(`id="evidence-${anchor}"`);
    }
    expect(html).toContain("repeat commenters: 3 post(s) with comments, need at least 4");
    expect(html).toContain('<script src="/assets/chart.js"></script>');
    expect(html).toContain('<script src="/assets/creator-chart.js"></script>');
    const chart = /data-chart="([^"]*)"/.exec(html)?.[1] ?? "";
    const data = JSON.parse(chart.replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
    expect(data.labels).toEqual(["2026-10-01", "2026-10-03", "2026-10-06"]);
    expect(data.benchmark).toBe(3.76);
    expect(html).toContain(`action="/creators/${id}/audit"`);
    expect(html).toContain(`href="/creators/${id}/comments"`);
    const asset = await get(app, "/assets/creator-chart.js");
    expect(asset.status).toBe(200);
  });

  it("renders comments, captions and bios as text only", async () => {
    const id = ids.get("hostile_one") as number;
    const pages = [
      await (await get(app, `/creators/${id}`, owner)).text(),
      await (await get(app, `/creators/${id}/comments`, owner)).text(),
    ];
    for (const html of pages) {
      expect(html).toContain(XSS_ESCAPED);
      expect(html).not.toContain("<img");
      expect(html).not.toContain("<script>alert");
      expect(html).not.toContain("<b>bold</b>");
      expect(html).not.toMatch(/<script>(?!<\/)/); // no inline script at all
    }
    expect(pages[0]).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(pages[1]).toContain("&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;");
    // The same text on 4 posts: the duplicate filter lists it.
    const dup = await (await get(app, `/creators/${id}/comments?filter=duplicate`, owner)).text();
    expect(dup.match(new RegExp(XSS_ESCAPED.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))?.length).toBe(4);
  });

  it("filters the comment browser with the audit's counts", async () => {
    const id = ids.get("tiny_baker") as number;
    const all = await (await get(app, `/creators/${id}/comments`, owner)).text();
    // 13 comments by other accounts; generic 5 (the friend tag "@friend_one" is not), duplicate 2,
    // replied 4 (test/core/audit-tiny-baker.test.ts).
    expect(all).toContain('All <span class="count">(13)</span>');
    expect(all).toContain('Generic <span class="count">(5)</span>');
    expect(all).toContain('Same text on 2+ posts <span class="count">(2)</span>');
    expect(all).toContain('Replied by the creator <span class="count">(4)</span>');
    expect(all).toContain('By repeat commenters <span class="count">(0)</span>');
    const replied = await (await get(app, `/creators/${id}/comments?filter=replied`, owner)).text();
    expect(replied.match(/<li class="comment-item" id="comment-[^"]+">/g)?.length).toBe(4);
    expect(replied.match(/<p class="reply by-creator">/g)?.length).toBe(4);
    const bad = await get(app, `/creators/${id}/comments?filter=nonsense&page=x`, owner);
    expect(bad.status).toBe(200);
  });

  it("answers another workspace's creator ids with the 404 page", async () => {
    const other = await signUp(app, "other@example.test", "Other brand");
    const id = ids.get("tiny_baker") as number;
    for (const path of [
      `/creators/${id}`,
      `/creators/${id}/comments`,
      `/compare?ids=${id},${ids.get("sunny_trails")}`,
    ]) {
      const res = await get(app, path, other);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain("<h1>Not found</h1>");
      expect(html).not.toContain("tiny_baker");
    }
    expect((await post(app, `/creators/${id}/audit`, {}, other)).status).toBe(404);
    expect((await get(app, "/creators/abc", owner)).status).toBe(404);
    expect((await get(app, "/creators/99999999999", owner)).status).toBe(404);
  });

  it("refuses a cross-site form post with 403", async () => {
    const id = ids.get("tiny_baker") as number;
    for (const path of [`/creators/${id}/audit`, "/sign-out", "/settings/tokens"]) {
      const res = await post(app, path, { name: "x" }, owner, "http://evil.example");
      expect(res.status, path).toBe(403);
    }
    // The import page's XHR from another site is refused too; from the same origin it works (beforeAll).
    const body = new FormData();
    body.append("files", fileOf(join(FIXTURES, "snapshot", "trail_runner.json")));
    const xhr = await app.request("/api/v1/imports", {
      method: "POST",
      body,
      headers: { Cookie: owner, Origin: "http://evil.example", Accept: "application/x-ndjson" },
    });
    expect(xhr.status).toBe(403);
    // The session survived: the cross-site sign-out did nothing.
    expect((await get(app, "/", owner)).status).toBe(200);
  });

  it("compares two creators side by side and asks for 2–4", async () => {
    const a = ids.get("tiny_baker") as number;
    const b = ids.get("sunny_trails") as number;
    const res = await get(app, `/compare?ids=${a},${b}`, owner);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<a href="/creators/${a}">tiny_baker</a>`);
    expect(html).toContain(`<a href="/creators/${b}">sunny_trails</a>`);
    expect(html).toContain(`<a href="/creators/${a}#evidence-posts">3.08%</a>`);
    expect(html).toContain(`>${pct(cliRates.get("sunny_trails") ?? null)}</a>`);
    const repeated = await get(app, `/compare?ids=${a}&ids=${b}`, owner);
    expect(repeated.status).toBe(200);
    const one = await get(app, `/compare?ids=${a}`, owner);
    expect(one.status).toBe(400);
    expect(await one.text()).toContain("Choose 2 to 4 creators");
  });

  it("imports without JavaScript through POST /import and audits, as the API does", async () => {
    const form = new FormData();
    form.append("files", fileOf(join(FIXTURES, "snapshot", "trail_runner.json")));
    // The "Audit" checkbox, ticked as the form comes.
    form.append("audit", "true");
    const res = await app.request("/import", {
      method: "POST",
      body: form,
      headers: { Cookie: owner, Origin: ORIGIN },
    });
    expect(res.status).toBe(201);
    const html = await res.text();
    // trail_runner has 2 posts and 3 comments by others: no ER, no score (test/server/api-creators.test.ts).
    expect(html).toContain("1 file(s) imported, creators audited.");
    expect(html).toMatch(
      /<a href="\/creators\/\d+">instagram:trail_runner<\/a>: added, 2 posts, 4 comments, 2 sampled followers; median ER not enough data; trust score not enough data/,
    );
    const page = await (await get(app, "/import", owner)).text();
    expect(page).toContain('<script src="/assets/import.js"></script>');
    expect(page).toContain('<progress id="upload-progress"');
    expect(page).toContain('aria-live="polite"');
    expect(page).toMatch(/<input type="checkbox" name="audit" value="true" id="[^"]+" checked>/);
  });

  it("stores only when the form's Audit box is unticked (the browser then sends no field)", async () => {
    const form = new FormData();
    form.append("files", fileOf(join(FIXTURES, "snapshot", "trail_runner.json")));
    const res = await app.request("/import", {
      method: "POST",
      body: form,
      headers: { Cookie: owner, Origin: ORIGIN },
    });
    expect(res.status).toBe(201);
    const html = await res.text();
    expect(html).toContain("1 file(s) imported; not audited.");
    expect(html).toMatch(/<a href="\/creators\/\d+">instagram:trail_runner<\/a>: updated, 2 posts/);
    expect(html).not.toContain("trust score");
  });

  it("lets an owner create a token shown once and revoke it", async () => {
    const created = await post(
      app,
      "/settings/tokens",
      { name: "reporting <script>", role: "viewer" },
      owner,
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const html = await created.text();
    const token = /id="new-token" class="secret" type="text" value="(vch_[a-z0-9]+)"/.exec(html)?.[1];
    expect(token).toBeDefined();
    expect(html).toContain("reporting &lt;script&gt;");
    const api = await app.request("/api/v1/creators", { headers: { Authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);

    const list = await (await get(app, "/settings/tokens", owner)).text();
    expect(list).not.toContain(token as string);
    const tokenId = /action="\/settings\/tokens\/(\d+)\/revoke"/.exec(list)?.[1];
    const revoked = await post(app, `/settings/tokens/${tokenId}/revoke`, {}, owner);
    expect(revoked.status).toBe(303);
    const after = await app.request("/api/v1/creators", { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
  });

  it("invites a viewer by link: sign up through it, one use, no token page", async () => {
    const created = await post(app, "/settings/members/invitations", { role: "viewer" }, owner);
    expect(created.status).toBe(201);
    const link = /value="http:\/\/localhost(\/invite\/vinv_[a-z0-9]+)"/.exec(
      await created.text(),
    )?.[1] as string;
    expect(link).toBeDefined();

    const page = await get(app, link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Join Acme &lt;Brand&gt;");
    const joined = await post(app, `${link}/sign-up`, {
      email: "viewer@example.test",
      password: "viewer password 1",
      name: "Vera",
    });
    expect(joined.status).toBe(303);
    const viewer = sessionCookie(joined);
    const home = await (await get(app, "/", viewer)).text();
    expect(home).toContain("tiny_baker");
    expect(home).not.toContain('href="/settings/tokens"');
    expect(home).not.toContain(">Re-run the audit<");

    expect((await get(app, "/settings/tokens", viewer)).status).toBe(403);
    expect((await post(app, "/settings/tokens", { name: "x" }, viewer)).status).toBe(403);
    expect((await post(app, `/creators/${ids.get("tiny_baker")}/audit`, {}, viewer)).status).toBe(403);
    const members = await (await get(app, "/settings/members", viewer)).text();
    expect(members).toContain("viewer@example.test");
    expect(members).not.toContain("Create an invitation link");

    expect((await get(app, link)).status).toBe(404); // used
    expect(
      (await post(app, `${link}/sign-up`, { email: "x@example.test", password: "long enough pw" })).status,
    ).toBe(404);
  });

  it("lets a signed-in user accept an invitation into a second workspace", async () => {
    const created = await post(app, "/settings/members/invitations", { role: "member" }, owner);
    const link = /value="http:\/\/localhost(\/invite\/vinv_[a-z0-9]+)"/.exec(
      await created.text(),
    )?.[1] as string;
    const outsider = await signUp(app, "outsider@example.test", "Outsider brand");
    const page = await (await get(app, link, outsider)).text();
    expect(page).toContain(`<form method="post" action="${link}"`);
    const accepted = await post(app, link, {}, outsider);
    expect(accepted.status).toBe(303);
    const inAcme = sessionCookie(accepted);
    const home = await (await get(app, "/", inAcme)).text();
    expect(home).toContain("Acme &lt;Brand&gt;");
    expect(home).toContain("tiny_baker");
  });

  it("signs out: the session is deleted", async () => {
    const cookie = await signUp(app, "leaving@example.test", "Leaving");
    const res = await post(app, "/sign-out", {}, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in");
    expect(res.headers.get("set-cookie")).toMatch(/vouch_session=;.*Max-Age=0/);
    expect((await get(app, "/", cookie)).status).toBe(303);
  });
});

/** The table row of one account on the creators page. */
function rowOf(html: string, username: string): string {
  const rows = html.split("<tr>");
  const row = rows.find((r) => r.includes(`>${username}</a>`));
  if (!row) throw new Error(`no row for ${username}`);
  return row;
}
