// The creator page's Niche and Voice sections, in-process on every database kind.
// - sunny_trails (fixtures/demo, a travel creator): all 24 posts of the comment window
//   are tagged #slowtravel, which meets the stem travel* as a hashtag (2 points each,
//   48); one caption says "trip" (a caption word, 1 point); the bio "Slow travel & long
//   walks" gives travel* in the bio (3 points): Travel scores 52 over 24 posts, and no
//   other niche reaches the listing threshold, so Travel is first with 100%. The
//   category "Digital creator" is a general one. Every caption and comment is English;
//   the creator wrote 315 replies, and the first example (the replies spread over time:
//   the 32nd of 315, at (0 + 0.5) × 315 / 5) answers hugo.hg's question about Zagori.
// - voice_hostile (written here): four captions, a comment and the creator's reply that
//   try to be markup; too few captions for the caption figures and no niche.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type Json, NOW } from "../helpers/server.js";

const ORIGIN = "http://localhost";
const HOSTILE_COMMENT = "<script>alert(1)</script> best month to visit?";
const HOSTILE_REPLY = `<img src=x onerror="alert(2)"> May & June`;

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

/** The HTML of one section of the creator page. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf("</section>", start));
}

/** Four posts whose caption, one comment and the creator's reply to it try to be markup. */
function hostileSnapshot(dir: string): string {
  const post = (i: number) => ({
    id: `vh-${i}`,
    takenAt: `2026-10-0${i}T10:00:00Z`,
    kind: "image",
    caption: `<b>Day ${i}</b> of nothing much`,
    likes: 80 + i,
    commentCount: 1,
    comments: [
      {
        id: `vh-c${i}`,
        author: { username: "mallory" },
        text: HOSTILE_COMMENT,
        createdAt: `2026-10-0${i}T11:00:00Z`,
        replies: [
          {
            id: `vh-r${i}`,
            author: { id: "vh-1", username: "voice_hostile" },
            text: HOSTILE_REPLY,
            createdAt: `2026-10-0${i}T12:00:00Z`,
          },
        ],
      },
    ],
  });
  const path = join(dir, "voice_hostile.json");
  writeFileSync(
    path,
    JSON.stringify({
      format: "vouch.snapshot/v1",
      capturedAt: "2026-10-10T00:00:00Z",
      account: { platform: "instagram", username: "voice_hostile", id: "vh-1" },
      profile: { followers: 1500 },
      posts: [1, 2, 3, 4].map(post),
    }),
  );
  return path;
}

describe.each(DATABASE_KINDS)("creator page niche and voice on %s", (kind) => {
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
      email: "voice@example.test",
      password: "correct horse battery",
      workspaceName: "Voice brand",
    });
    expect(signUp.status).toBe(303);
    // Sign-up signs no one in (it answers a taken email alike): sign in after it.
    const signIn = await postForm(app, "/sign-in", {
      email: "voice@example.test",
      password: "correct horse battery",
    });
    owner = `vouch_session=${/vouch_session=([^;]+)/.exec(signIn.headers.get("set-cookie") ?? "")?.[1]}`;

    tmp = mkdtempSync(join(tmpdir(), "vouch-niche-voice-"));
    const body = new FormData();
    for (const path of [join(FIXTURES, "demo", "sunny_trails.json"), hostileSnapshot(tmp)])
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

  it("lists Travel first with the words that gave it, and the business category's mapping", async () => {
    const html = await (await get(app, `/creators/${ids.get("sunny_trails")}`, owner)).text();
    const niche = section(html, "niche");
    expect(niche).toContain('<h2 id="niche-h">Niche</h2>');
    expect(niche).toContain("from the words of 24 captions (of the latest 24 posts)");
    // The ranking: Travel first, 24 posts, 52 points, 100% (see the header), and nothing else.
    const rows = [...niche.matchAll(/<tr id="niche-([\w-]+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(["travel"]);
    expect(niche).toContain(
      '<tr id="niche-travel"><th scope="row">Travel</th><td data-label="Posts" class="num">24 posts</td><td data-label="Score" class="num">52 points</td><td data-label="Share" class="num">100%</td></tr>',
    );
    // The evidence, most seen first: the hashtag on every post, the bio word, the caption word.
    const words = [
      ...niche.matchAll(
        /<tr><th scope="row">([^<]+)<\/th><td data-label="[^"]+">([^<]+)<\/td><td data-label="[^"]+"><code>([^<]+)<\/code><\/td><td data-label="[^"]+" class="num">(\d+)<\/td><\/tr>/g,
      ),
    ].map((m) => m.slice(1).join(" | "));
    expect(words).toEqual([
      "#slowtravel | hashtag | travel* | 24",
      "travel | bio | travel* | 1",
      "trip | caption word | trip | 1",
    ]);
    expect(niche).toContain('Travel <span class="sub">(100%, seen in 24 posts)</span>');
    expect(niche).toContain(
      "Business category “Digital creator”: a general category that says nothing about a niche.",
    );
    expect(niche).toContain("<code>niche-keywords-v1+niches-v1</code>");
    expect(niche).not.toContain("left-out"); // 24 captions: enough
  });

  it("shows English as the captions' and the audience's language, the caption figures and example replies", async () => {
    const id = ids.get("sunny_trails") as number;
    const api = (await (await get(app, `/api/v1/creators/${id}`, owner)).json()) as Json;
    const v = api.latestAudit.result.voice;
    const html = await (await get(app, `/creators/${id}`, owner)).text();
    const voice = section(html, "voice");
    expect(voice).toContain('<h2 id="voice-h">Voice</h2>');

    // Caption languages: English is the first (and only) row, 24 of 24 captions.
    const captionTable = voice.slice(voice.indexOf('id="voice-caption-languages"'));
    const firstRow =
      /<tbody><tr><th scope="row">([^<]+) <span class="sub">(\w+)<\/span><\/th><td data-label="Captions?" class="num">(\d+)<\/td><td data-label="Share" class="num">([^<]+)<\/td><\/tr>/.exec(
        captionTable,
      );
    expect(firstRow?.slice(1)).toEqual(["English", "en", "24", "100.0%"]);
    expect(captionTable).toContain("24 captions read, 0 undetermined");
    // The audience: the sample and its size as stored, English first.
    const audienceTable = voice.slice(voice.indexOf('id="voice-audience-languages"'));
    expect(v.audience.languages[0].name).toBe("English");
    expect(audienceTable).toContain(
      `A sample of ${v.audience.sampleSize} of the ${v.audience.commentsByOthers} comments by other accounts, ${v.audience.undetermined} undetermined.`,
    );
    expect(audienceTable).toMatch(/<tbody><tr><th scope="row">English <span class="sub">en<\/span>/);

    // Caption figures: every caption has the #slowtravel tag and one more (a place), no question.
    expect(voice).toContain("<dt>Captions read</dt><dd>24 ");
    expect(voice).toContain(
      `<dt>Length</dt><dd>${v.captions.medianLength.toLocaleString("en-US")} characters`,
    );
    expect(voice).toContain("<dt>Questions</dt><dd>0% (0 of 24 captions)");
    expect(voice).toContain("<dt>Hashtags</dt><dd>2.0 per caption");
    expect(voice).toContain(
      '<tr><th scope="row">#slowtravel</th><td data-label="Posts" class="num">24</td></tr>',
    );
    expect(voice).toContain("🥾");

    // Replies: the count and the examples, each under the comment it answers.
    expect(voice).toContain("<dt>Replies</dt><dd>315 ");
    expect(v.replies.examples).toHaveLength(5);
    const threads = voice.slice(voice.indexOf('<ol class="threads" id="voice-examples">'));
    expect(threads.match(/<li class="thread"/g)).toHaveLength(5);
    expect(threads).toContain(
      '<p class="comment"><span class="author">@hugo.hg</span><br><span class="text">When is the best month for Zagori in your opinion?</span></p>',
    );
    const reply = threads.indexOf("Thank you! Late spring or early autumn for me, summer gets hot and busy");
    expect(reply).toBeGreaterThan(threads.indexOf("@hugo.hg"));
    expect(threads).toContain('<span class="author">@sunny_trails</span> <span class="badge">creator</span>');
    expect(voice).toContain(`<code>${v.method}</code>`);
  });

  it("keeps comments, replies and captions as text, and says when there is too little to go on", async () => {
    const html = await (await get(app, `/creators/${ids.get("voice_hostile")}`, owner)).text();
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    const voice = section(html, "voice");
    expect(voice).toContain("&lt;script&gt;alert(1)&lt;/script&gt; best month to visit?");
    expect(voice).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt; May &amp; June");
    // Four captions: below the five the caption figures need.
    expect(voice).toContain("voice: 4 caption(s) with text, need at least 5");
    expect(voice).toContain("<dt>Length</dt><dd>not enough data");
    expect(voice).toContain("Caption languages: not enough data.");
    const niche = section(html, "niche");
    expect(niche).toContain("niches: 4 caption(s) with text, need at least 5");
    expect(niche).toContain("No niche stands out");
    expect(niche).toContain("No business category is set on the profile.");
  });

  it("asks for a re-run when the stored audit predates niche and voice", async () => {
    await sql`update audits set result = result - 'niches' - 'nicheBasis' - 'voice', method_version = 'audit-v2'`.execute(
      d.db,
    );
    const html = await (await get(app, `/creators/${ids.get("sunny_trails")}`, owner)).text();
    expect(section(html, "niche")).toContain("did not look for niches. Re-run the audit to see them.");
    expect(section(html, "voice")).toContain(
      "did not describe the creator&#39;s voice. Re-run the audit to see it.",
    );
  });
});
