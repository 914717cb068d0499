// First run (issue 14, item 10), in-process on every database kind: an empty workspace's
// creators list says how to get data (the Instaloader command, the snapshot's JSON
// Schema, the CSV templates, add by handle for a media kit) and offers the demo creators;
// each template downloads as a header the reader recognises as its kind; "Load the demo
// creators" imports and audits fixtures/demo's two snapshots into the caller's workspace
// only (another workspace still has none), and a viewer may not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvKindOf } from "../../src/ingest/csv-schemas.js";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  NOW,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

describe.each(DATABASE_KINDS)("first run on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let a: TestWorkspace;
  let b: TestWorkspace;

  const get = (ws: TestWorkspace, path: string) => app.request(path, { headers: session(ws) });

  beforeAll(async () => {
    s = await openTestServer(kind);
    s.clock.now = NOW;
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
    a = await signUpWorkspace(s, "Alpha first run");
    b = await signUpWorkspace(s, "Bravo first run");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows an empty workspace how to get data, without the filters", async () => {
    const page = await (await get(a, "/")).text();
    expect(page).toContain('<h2 id="first-run-h">No creators yet.</h2>');
    expect(page).toContain(
      "<pre><code>instaloader --comments --no-pictures --no-videos --no-video-thumbnails their_handle</code></pre>",
    );
    expect(page).toContain('href="/templates/vouch-snapshot.schema.json"');
    for (const t of ["posts", "comments", "profile", "followers", "daily-counts", "demographics"])
      expect(page).toContain(`<a href="/templates/${t}.csv" download>${t}.csv</a>`);
    expect(page).toContain('<details class="add-creator" open>');
    expect(page).toContain('<form method="post" action="/demo-creators" class="demo-load">');
    expect(page).not.toContain('id="f-search"');
  });

  it("serves each CSV template as a header its reader recognises", async () => {
    const kinds: Record<string, string> = {
      posts: "posts",
      comments: "comments",
      profile: "profile",
      followers: "followers",
      "daily-counts": "daily_counts",
      demographics: "demographics",
    };
    for (const [file, expected] of Object.entries(kinds)) {
      const res = await get(a, `/templates/${file}.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${file}.csv"`);
      const text = await res.text();
      expect(text.endsWith("\r\n")).toBe(true);
      expect(csvKindOf(text.trim().split(",")), file).toBe(expected);
    }
    expect(await (await get(a, "/templates/posts.csv")).text()).toBe(
      "account,post_id,shortcode,taken_at,kind,caption,likes,comments,views,is_ad\r\n",
    );
    const schema = await get(a, "/templates/vouch-snapshot.schema.json");
    expect(schema.status).toBe(200);
    expect(JSON.parse(await schema.text())).toMatchObject({
      description: "Vouch snapshot v1: one account's data captured at one moment",
    });
    expect((await get(a, "/templates/secrets.csv")).status).toBe(404);
    expect((await app.request("/templates/posts.csv")).status).not.toBe(200);
  });

  it("loads the demo creators into the caller's workspace only, audited; a viewer may not", async () => {
    const viewer = (await createToken(s, a, "viewer")).token;
    const refused = await app.request("/demo-creators", { method: "POST", headers: bearer(viewer) });
    expect(refused.status).toBe(403);

    const res = await app.request("/demo-creators", { method: "POST", headers: session(a) });
    expect([res.status, res.headers.get("location")]).toEqual([303, "/"]);
    const member = (await createToken(s, a, "member")).token;
    const list = await call(app, "GET", "/api/v1/creators?sort=username", bearer(member));
    expect(
      list.body.items.map((c: { username: string; trustScore: number | null }) => [
        c.username,
        c.trustScore !== null,
      ]),
    ).toEqual([
      ["glowup_daily", true],
      ["sunny_trails", true],
    ]);
    const page = await (await get(a, "/")).text();
    expect(page).not.toContain("No creators yet");
    // Bravo's workspace has none of them.
    expect(await (await get(b, "/")).text()).toContain('<h2 id="first-run-h">No creators yet.</h2>');
  });
});
