// Imported text is shown as text in the browser: a Vouch snapshot whose comments, replies, bio, full
// name and category hold markup is uploaded on the import page; the creator page and the comment
// browser show that markup as visible text, no handler in it ever runs (window.__xss stays undefined),
// and the Content Security Policy blocks nothing of our own pages and assets.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LiveServer, signUpInBrowser, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const IMG = `<img src=x onerror="window.__xss=1">`;
const SCRIPT = `<script>window.__xss=2</script>`;
const ATTR = `"><svg onload="window.__xss=3">`;

const SNAPSHOT = {
  format: "vouch.snapshot/v1",
  capturedAt: "2026-11-01T10:00:00Z",
  account: { platform: "instagram", username: "xss_probe", id: "7700001" },
  profile: {
    followers: 5200,
    following: 300,
    posts: 40,
    fullName: `Probe ${ATTR}`,
    bio: `Bio ${SCRIPT}`,
    category: ATTR,
  },
  posts: [1, 2, 3].map((n) => ({
    id: `xp-${n}`,
    shortcode: `XP${n}`,
    takenAt: `2026-10-1${n}T09:00:00Z`,
    kind: "image",
    caption: `Caption ${n} ${SCRIPT}`,
    likes: 200 + n * 10,
    commentCount: 2,
    comments: [
      {
        id: `xc-${n}`,
        author: { id: `m${n}`, username: "mallory" },
        // The same text on every post: it shows among the comments without a reply, the repeated texts
        // and in the comment browser.
        text: IMG,
        createdAt: `2026-10-1${n}T09:30:00Z`,
        replies:
          n === 1
            ? [
                {
                  id: "xr-1",
                  author: { id: "7700001", username: "xss_probe" },
                  text: `Reply ${SCRIPT}`,
                  createdAt: "2026-10-11T10:00:00Z",
                },
              ]
            : [],
      },
      {
        id: `xd-${n}`,
        author: { id: `d${n}`, username: `dora_${n}` },
        text: `Question ${n} ${ATTR}`,
        createdAt: `2026-10-1${n}T09:05:00Z`,
      },
    ],
  })),
};

describe("web app in chromium: imported markup stays text", () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Nothing the markup would have run ran, and no element came from it. */
  async function expectInert(page: Page) {
    // Give a would-be onerror/onload handler time to run, then check it never did.
    await page.waitForTimeout(300);
    expect(await page.evaluate("typeof window.__xss")).toBe("undefined");
    expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
  }

  it("shows a comment's <img onerror> and a bio's <script> as text on the creator page and the comment browser", {
    timeout: 120_000,
  }, async () => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(server.url) && !u.startsWith("data:")) foreign.push(u);
    });
    const url = (path: string) => new URL(path, server.url).href;

    await signUpInBrowser(page, server.url, "Probe & <b>Co</b>");
    // The workspace name is markup too, shown in the header of every page.
    await expect(page.locator(".workspace").textContent()).resolves.toBe("Probe & <b>Co</b>");

    // Upload the snapshot on the import page (public/import.js: XHR to the API, then the audit).
    await page.goto(url("/import"));
    await page.getByLabel("Files", { exact: true }).setInputFiles({
      name: "xss_probe.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(SNAPSHOT)),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const status = page.locator("#import-status");
    await expect
      .poll(async () => (await status.textContent()) ?? "", { timeout: 60_000 })
      .toMatch(/^(Done: |Import failed: )/);
    expect(await status.textContent()).toBe("Done: 1 creator(s) imported and audited.");
    const link = page.locator("#import-result a", { hasText: "instagram:xss_probe" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/creators\/\d+$/);

    // The creator page: bio, full name, category, the comment and the creator's reply, all as text.
    await page.goto(url(href));
    const main = page.locator("main");
    await expect(page.locator(".bio").textContent()).resolves.toBe(`Bio ${SCRIPT}`);
    await expect(page.locator(".full-name").textContent()).resolves.toBe(`Probe ${ATTR}`);
    await expect(main.getByText(ATTR, { exact: true }).first().isVisible()).resolves.toBe(true);
    // Example comments are folded on the page (details on demand): open every fold first.
    await page.evaluate('for (const d of document.querySelectorAll("details")) d.open = true');
    const imgTexts = page.locator("main .text").filter({ hasText: IMG });
    expect(await imgTexts.count()).toBeGreaterThanOrEqual(2);
    await expect(imgTexts.first().isVisible()).resolves.toBe(true);
    for (const t of await imgTexts.allTextContents()) expect(t).toBe(IMG);
    // The reply shows in the threads and again among the voice section's example replies.
    const replies = main.getByText(`Reply ${SCRIPT}`, { exact: true });
    expect(await replies.count()).toBeGreaterThanOrEqual(1);
    await expect(replies.first().isVisible()).resolves.toBe(true);
    // The chart script ran (our own assets are not blocked by the CSP) while the markup did not.
    await page.waitForFunction(
      "(() => { const c = document.getElementById('er-chart'); return c && c.width > 0 && c.height > 0; })()",
      undefined,
      { timeout: 10_000 },
    );
    await expectInert(page);
    await screenshot(page, "app-xss-creator");

    // The comment browser: every comment's text, the creator's reply under the first.
    await page.goto(url(`${href}/comments`));
    const items = page.locator(".comment-item > p.text");
    const texts = await items.allTextContents();
    expect(texts.filter((t) => t === IMG)).toHaveLength(3);
    expect(texts.filter((t) => t.startsWith("Question "))).toEqual(
      [3, 2, 1].map((n) => `Question ${n} ${ATTR}`),
    );
    await expect(items.filter({ hasText: IMG }).first().isVisible()).resolves.toBe(true);
    await expect(
      page.locator(".comment-item .reply .text").filter({ hasText: SCRIPT }).first().textContent(),
    ).resolves.toBe(`Reply ${SCRIPT}`);
    await expectInert(page);
    await screenshot(page, "app-xss-comments");

    // The filtered views render the same text.
    await page.goto(url(`${href}/comments?filter=duplicate`));
    expect(
      (await page.locator(".comment-item > p.text").allTextContents()).filter((t) => t === IMG),
    ).toHaveLength(3);
    await expectInert(page);

    // The creators list and the compare picker show the account and workspace as text too.
    await page.goto(url("/"));
    await expectInert(page);
    await page.goto(url(`/compare?with=${href.split("/").pop()}`));
    await expectInert(page);

    const csp = consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m));
    expect(csp, "CSP violations").toEqual([]);
    expect(consoleErrors, "console errors").toEqual([]);
    expect(foreign, "requests to other origins").toEqual([]);
  });
});
