// The creator page that reads in a minute, and evidence that opens where it is, on the demo
// workspace (as a first start makes it) on every database kind, in-process:
// - the summary first (the score with its confidence, the key figures, at most three
//   reasons each way), an in-page menu whose every link has its section, each section
//   once, the media kit before the score's details, each "not enough data" note once;
// - glowup_daily's disclosure as ONE table, a row per sponsored post (24, as its audit
//   says), each caption quoted once, in the details folded under it;
// - every comment cited on the page links to the comment browser's page that holds it
//   (#comment-<id>), and that page has the row; every cited post links to Instagram by a
//   shortcode the creator's stored posts have, with the code in the link's words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { createSession } from "../../src/services/auth/sessions.js";
import { DEMO_EMAIL, ensureDemoWorkspace } from "../../src/services/ensure-demo-workspace.js";
import { findAccount } from "../../src/services/find-account.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");

describe.each(DATABASE_KINDS)("the creator page's summary and evidence on %s", (kind) => {
  let d: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let cookie = "";
  const ids: Record<string, number> = {};
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    await ensureDemoWorkspace(d.db, NOW, "a long and random demo password 7311");
    const user = await d.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", DEMO_EMAIL)
      .executeTakeFirstOrThrow();
    const ws = await d.db
      .selectFrom("workspaces")
      .select("id")
      .where("name", "=", "Demo brand")
      .executeTakeFirstOrThrow();
    cookie = `vouch_session=${await createSession(d.db, user.id, ws.id, NOW)}`;
    app = createApp(
      { db: d.db, now: () => NOW, maxUploadBytes: 1e7, authRateLimit: 10_000, secureCookies: false },
      registerPages,
    );
    for (const name of ["sunny_trails", "glowup_daily"]) {
      ids[name] = (await findAccount(d.db, ws.id, { platform: "instagram", username: name })).creator_id;
      pages[name] = await get(`/creators/${ids[name]}`);
    }
  }, 120_000);
  afterAll(async () => {
    await d?.close();
  });

  async function get(path: string): Promise<string> {
    const res = await app.request(`http://localhost${path}`, { headers: { cookie } });
    expect(res.status, path).toBe(200);
    return res.text();
  }
  const sectionIds = (page: string) => [...page.matchAll(/<section[^>]* id="([^"]+)"/g)].map((m) => m[1]);
  const fromHtml = (s: string) =>
    s.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');

  it("opens with the summary and a menu to every section, each section once", () => {
    for (const name of ["sunny_trails", "glowup_daily"]) {
      const page = pages[name] as string;
      const sections = sectionIds(page);
      expect(sections[0], name).toBe("summary");
      expect(new Set(sections).size, name).toBe(sections.length);
      // The media kit and the working list come before the score's components.
      expect(sections.indexOf("media-kit")).toBe(1);
      expect(sections.indexOf("worklist")).toBeLessThan(sections.indexOf("score"));
      // The menu: a link to every section of the page but the parts, each one there.
      const menu = /<nav class="page-menu" aria-label="On this page">([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? "";
      const links = [...menu.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(links.slice(0, 4)).toEqual(["summary", "media-kit", "worklist", "score"]);
      for (const id of links) expect(sections, `${name} #${id}`).toContain(id);
      // Each "not enough data" note once on the page (the method section repeated them all).
      const notes = [
        ...page.matchAll(
          /<div class="notes" role="note"><p class="notes-title">Not enough data<\/p><ul>([\s\S]*?)<\/ul>/g,
        ),
      ].flatMap((m) => [...(m[1] as string).matchAll(/<li>([\s\S]*?)<\/li>/g)].map((x) => x[1]));
      expect(new Set(notes).size, name).toBe(notes.length);
    }
    // sunny_trails: every component had data; glowup_daily: 5 (E), complete too.
    const summary = (name: string) =>
      /<section id="summary"[\s\S]*?<\/section>/.exec(pages[name] as string)?.[0] ?? "";
    expect(summary("sunny_trails")).toContain("based on 100% of the evidence");
    expect(summary("glowup_daily")).toMatch(/>5 \/ 100<\/p>/);
    for (const name of ["sunny_trails", "glowup_daily"]) {
      const s = summary(name);
      for (const label of ["Followers", "Real followers (est.)", "Engagement rate", "Reply rate"])
        expect(s, `${name} ${label}`).toContain(`${label}</dt>`);
      // The demo target's fit, from the media kit each creator submitted.
      expect(s).toContain("Fit: Outdoor travellers, DACH and UK</dt>");
      for (const title of ["Strongest reasons for", "Strongest reasons against"]) {
        const list = new RegExp(`<h3>${title}</h3>(<ul[\\s\\S]*?</ul>|<p class="empty">)`).exec(s)?.[1] ?? "";
        expect(list.match(/<li[ >]/g)?.length ?? 0, `${name} ${title}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it("shows glowup_daily's disclosure as one table, a row per post, each caption once", async () => {
    const page = pages.glowup_daily as string;
    const disclosure = /<section id="disclosure"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(disclosure.match(/<table class="data" id="disclosure-posts">/g)).toHaveLength(1);
    const rows = [...disclosure.matchAll(/<tr id="disclosure-([^"]+)">/g)].map((m) => m[1]);
    // 24 sponsored or possibly sponsored posts in glowup_daily's audit, each one row.
    expect(rows).toHaveLength(24);
    expect(new Set(rows).size).toBe(24);
    // The details (signals, findings, the caption) are folded away, each caption quoted once.
    expect(disclosure).toContain(
      '<details class="folded"><summary>Details per post: signals, findings, caption</summary>',
    );
    const captions = [...disclosure.matchAll(/Caption: “([\s\S]*?)”<\/p>/g)].map((m) => m[1]);
    expect(captions.length).toBeLessThanOrEqual(24);
    expect(disclosure.split("Caption: “").length - 1).toBe(captions.length);
  });

  it("links every cited comment to the comment browser's page that holds it", async () => {
    let followed = 0;
    for (const name of ["sunny_trails", "glowup_daily"]) {
      const page = pages[name] as string;
      const links = [
        ...new Set(
          [...page.matchAll(/href="(\/creators\/\d+\/comments\?comment=[^"#]+#comment-[^"]+)"/g)].map((m) =>
            fromHtml(m[1] as string),
          ),
        ),
      ];
      expect(links.length, name).toBeGreaterThan(0);
      for (const link of links) {
        const [path, anchor] = link.split("#") as [string, string];
        const id = anchor.replace(/^comment-/, "");
        expect(path).toBe(`/creators/${ids[name]}/comments?comment=${encodeURIComponent(id)}`);
        // The id is in the words: beside the comment's text where the page quotes it, else
        // in the evidence link ("comment 178…"); the browser's page has its row.
        expect(
          page.includes(`<code class="comment-id">${id}</code>`) || page.includes(`>comment ${id}</a>`),
          `${name} ${id}`,
        ).toBe(true);
        const browser = await get(path);
        expect(browser, link).toContain(`<li class="comment-item" id="${anchor}">`);
        followed++;
      }
    }
    console.log(`${followed} cited comments followed to their row`);
  });

  it("finds a cited comment on a later page of the comment browser", async () => {
    // glowup_daily's oldest comment is on the last page of 50, newest first.
    const id = ids.glowup_daily as number;
    const first = await get(`/creators/${id}/comments`);
    const total = Number(/<p role="status">([\d,]+) comments?/.exec(first)?.[1]?.replaceAll(",", ""));
    expect(total).toBeGreaterThan(50);
    const pages = Math.ceil(total / 50);
    const last = await get(`/creators/${id}/comments?page=${pages}`);
    const oldest = [...last.matchAll(/<li class="comment-item" id="comment-([^"]+)">/g)].at(-1)?.[1] ?? "";
    expect(first).not.toContain(`id="comment-${oldest}"`);
    const opened = await get(`/creators/${id}/comments?comment=${oldest}`);
    expect(opened).toContain(`<li class="comment-item" id="comment-${oldest}">`);
    expect(opened).toContain(`Page ${pages} of ${pages}`);
  });

  it("links every cited post to Instagram by a code the creator's posts have", async () => {
    for (const name of ["sunny_trails", "glowup_daily"]) {
      const page = pages[name] as string;
      const codes = new Set(
        (
          await d.db
            .selectFrom("posts as p")
            .innerJoin("accounts as a", "a.id", "p.account_id")
            .select("p.shortcode")
            .where("a.creator_id", "=", ids[name] as number)
            .execute()
        ).flatMap((p) => (p.shortcode ? [p.shortcode] : [])),
      );
      const linked = [...page.matchAll(/<a href="https:\/\/www\.instagram\.com\/p\/([^/"]+)\/">([^<]*)</g)];
      for (const [, code, words] of linked) {
        expect(codes, `${name} ${code}`).toContain(code);
        expect(words, `${name} ${code}`).toContain(code);
      }
      if (name === "glowup_daily") expect(linked.length).toBeGreaterThanOrEqual(24);
    }
  });
});
