// The web app in Debian's chromium, one user's flow on a real HTTP server: sign up through the form,
// upload the tiny_baker Instaloader folder on the import page, read the audit figures on the creator
// page and check they equal what `vouch audit --json` prints for the same fixture (formatted the way
// the pages format them), then import trail_runner and compare the two. Screenshots of every page.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutes, NO_DATA, pct } from "../../src/server/pages/format.js";
import { cli } from "../helpers/cli.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type LiveServer, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const TINY_BAKER = join(FIXTURES, "instaloader", "tiny_baker");
const TRAIL_RUNNER = join(FIXTURES, "snapshot", "trail_runner.json");
const CAPTURED_AT = "2026-10-07T08:00:00Z";
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

/** The audit as `vouch audit --json` prints it: only the fields the page shows are read. */
interface CliAudit {
  engagement: { medianRate: number | null; meanRate: number | null; postsUsed: number };
  responsiveness: {
    replyShare: number | null;
    medianReplyDelayMinutes: number | null;
    repliedComments: number;
    topLevelComments: number;
  };
  comments: {
    total: number;
    genericShare: number | null;
    duplicateShare: number | null;
    fastShare: number | null;
    fastMinutes: number;
    repeatCommenterShare: number | null;
    repeatCommenters: unknown[];
    spamShare: number | null;
  };
  audience: { fakeShare: number | null; fakeShareLow: number | null; fakeShareHigh: number | null };
}

/** The CLI's audit of tiny_baker, in a data folder of its own. */
async function cliAudit(): Promise<CliAudit> {
  const dir = mkdtempSync(join(tmpdir(), "vouch-browser-cli-"));
  try {
    const env = { VOUCH_DATA: dir };
    const imported = await cli(["import", TINY_BAKER, "--captured-at", CAPTURED_AT, "--quiet"], env);
    expect(imported.code, imported.stderr).toBe(0);
    const audit = await cli(["audit", "instagram:tiny_baker", "--json"], env);
    expect(audit.code, audit.stderr).toBe(0);
    return JSON.parse(audit.stdout) as CliAudit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The headline figure cards of a creator page, id → shown value. */
async function figureValues(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const card of await page.locator("#figures li.figure").all()) {
    const id = (await card.getAttribute("id"))?.replace(/^figure-/, "") ?? "?";
    out[id] = ((await card.locator(".value").textContent()) ?? "").trim();
  }
  return out;
}

async function importFiles(page: Page, base: string, files: string[], capturedAt?: string) {
  await page.goto(new URL("/import", base).href);
  await page.getByLabel("Files", { exact: true }).setInputFiles(files);
  if (capturedAt) await page.getByLabel("Profile captured at").fill(capturedAt);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const status = page.locator("#import-status");
  await expect
    .poll(async () => (await status.textContent()) ?? "", { timeout: 60_000 })
    .toMatch(/^(Done: |Import failed: )/);
  const text = (await status.textContent()) ?? "";
  expect(text).toMatch(/^Done: 1 creator\(s\) imported and audited\.$/);
}

describe("web app in chromium: sign up, import, audit figures, compare", () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;
  let expected: CliAudit;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser, expected] = await Promise.all([startLiveServer(), launchBrowser(), cliAudit()]);
    context = await browser.newContext({ viewport: DESKTOP });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("signs up, imports tiny_baker, shows the CLI's figures and compares two creators", {
    timeout: 120_000,
  }, async () => {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    const url = (path: string) => new URL(path, server.url).href;
    const t0 = performance.now();

    // Sign up through the form.
    await page.goto(url("/sign-up"));
    await expect(page.title()).resolves.toBe("Sign up — Vouch");
    await page.getByLabel("Email").fill("owner@example.invalid");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByLabel("Workspace name").fill("Flour & Co");
    await screenshot(page, "app-sign-up");
    // Sign-up signs no one in (it answers a taken email alike): sign in after it.
    await Promise.all([
      page.waitForURL(url("/sign-in?signed-up=1")),
      page.getByRole("button", { name: "Sign up" }).click(),
    ]);
    await page.getByLabel("Email").fill("owner@example.invalid");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await Promise.all([page.waitForURL(url("/")), page.getByRole("button", { name: "Sign in" }).click()]);
    await expect(page.locator(".workspace").textContent()).resolves.toBe("Flour & Co");
    await expect(page.locator("main").textContent()).resolves.toContain("No creators yet.");

    // Upload the Instaloader folder's files (several at once) on the import page.
    const tinyFiles = readdirSync(TINY_BAKER)
      .sort()
      .map((n) => join(TINY_BAKER, n));
    expect(tinyFiles.length).toBeGreaterThan(5);
    await importFiles(page, server.url, tinyFiles, CAPTURED_AT);
    const link = page.locator("#import-result a", { hasText: "instagram:tiny_baker" });
    await expect(link.count()).resolves.toBe(1);
    // The API audited on import, as the page's form asked (its "Audit" box is ticked by default).
    await expect(page.locator("#import-result").textContent()).resolves.toContain(
      `; median ER ${pct(expected.engagement.medianRate)}; trust score 80 (B)`,
    );
    await screenshot(page, "app-import");
    const tinyHref = (await link.getAttribute("href")) ?? "";
    expect(tinyHref).toMatch(/^\/creators\/\d+$/);

    // The creator page shows the CLI's figures, formatted as the pages format them.
    await Promise.all([page.waitForURL(url(tinyHref)), link.click()]);
    await expect(page.locator("h1").textContent()).resolves.toContain("tiny_baker");
    const e = expected;
    const want = {
      "median-er": pct(e.engagement.medianRate),
      "mean-er": pct(e.engagement.meanRate),
      "reply-share": pct(e.responsiveness.replyShare, 1),
      "reply-delay": minutes(e.responsiveness.medianReplyDelayMinutes),
      "generic-share": pct(e.comments.genericShare, 1),
      "duplicate-share": pct(e.comments.duplicateShare, 1),
      "fake-followers":
        e.audience.fakeShare === null
          ? NO_DATA
          : `${pct(e.audience.fakeShare, 0)} (${pct(e.audience.fakeShareLow, 0)}–${pct(e.audience.fakeShareHigh, 0)})`,
      "spam-share": pct(e.comments.spamShare, 1),
      "fast-share": pct(e.comments.fastShare, 1),
      "repeat-commenters":
        e.comments.repeatCommenterShare === null
          ? NO_DATA
          : `${e.comments.repeatCommenters.length} account(s)`,
    };
    const shown = await figureValues(page);
    expect(shown).toEqual(want);
    // And those are the values worked out by hand in test/core/audit-tiny-baker.test.ts.
    expect(shown).toMatchObject({
      "reply-share": "33.3%",
      "reply-delay": "45 min",
      // 5 of 13: "@friend_one" is a friend tag, not generic (audit-v6).
      "generic-share": "38.5%",
      "duplicate-share": "15.4%",
      "fast-share": "30.8%",
      "repeat-commenters": NO_DATA,
    });
    expect(Number.parseFloat(shown["median-er"] ?? "")).toBeCloseTo(3.075, 1);
    expect(Number.parseFloat(shown["mean-er"] ?? "")).toBeCloseTo(10.1875 / 3, 1);
    await expect(page.locator("#figure-reply-share .note").textContent()).resolves.toBe(
      `${e.responsiveness.repliedComments} of ${e.responsiveness.topLevelComments} top-level comments got a reply`,
    );
    // The chart script drew on its canvas (a blocked or broken script would leave it 0×0 or absent).
    await page.waitForFunction(
      "(() => { const c = document.getElementById('er-chart'); return c && c.width > 0 && c.height > 0; })()",
      undefined,
      { timeout: 10_000 },
    );
    await screenshot(page, "app-creator");

    // The same page on a phone.
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect(figureValues(page)).resolves.toEqual(want);
    const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow, "the phone layout scrolls sideways").toBeLessThanOrEqual(0);
    await screenshot(page, "app-creator-phone");
    await page.setViewportSize(DESKTOP);

    // The comment browser.
    await Promise.all([
      page.waitForURL(url(`${tinyHref}/comments`)),
      page.getByRole("link", { name: "Browse the comments" }).click(),
    ]);
    await expect(page.getByRole("status").first().textContent()).resolves.toMatch(/^\d+ comments\.$/);
    await expect(page.locator(".comment-item").count()).resolves.toBe(e.comments.total);
    await screenshot(page, "app-comments");

    // A second creator, then both picked on the creators list and compared.
    await importFiles(page, server.url, [TRAIL_RUNNER]);
    await page.goto(url("/"));
    await expect(page.locator("#creators-caption").textContent()).resolves.toMatch(/^2 creators;/);
    await screenshot(page, "app-creators");
    const boxes = page.locator('input[type="checkbox"][name="ids"]');
    await expect(boxes.count()).resolves.toBe(2);
    const tinyBox = page.getByRole("checkbox", { name: "Compare tiny_baker" });
    const trailBox = page.getByRole("checkbox", { name: /^Compare trail_runner$/i });
    await tinyBox.check();
    await trailBox.check();
    await Promise.all([
      page.waitForURL(/\/compare\?ids=\d+&ids=\d+$/),
      page.getByRole("button", { name: "Compare selected" }).click(),
    ]);
    await expect(page.locator("h1").textContent()).resolves.toBe("Compare creators");
    const heads = (await page.locator("table.compare thead th").allTextContents()).map((s) => s.trim());
    expect(heads).toHaveLength(3);
    expect(heads[0]).toBe("Figure");
    expect(
      heads
        .slice(1)
        .map((h) => h.toLowerCase())
        .sort(),
    ).toEqual(["tiny_baker", "trail_runner"]);
    const tinyCol = heads.indexOf("tiny_baker");
    expect(tinyCol).toBeGreaterThan(0);
    const rows = await page.locator("table.compare tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        label: (tr.querySelector("th")?.textContent ?? "").trim(),
        cells: [...tr.querySelectorAll("td")].map((td) =>
          (td.querySelector("a")?.textContent ?? td.textContent ?? "").trim(),
        ),
      })),
    );
    const byLabel = new Map(rows.map((r) => [r.label, r.cells]));
    const figureLabels: Record<string, string> = {
      "Median ER": want["median-er"],
      "Mean ER": want["mean-er"],
      "Reply share": want["reply-share"],
      "Median reply delay": want["reply-delay"],
      "Generic comments": want["generic-share"],
      "Same text on 2+ posts": want["duplicate-share"],
    };
    for (const [label, value] of Object.entries(figureLabels)) {
      const cells = byLabel.get(label);
      expect(cells, `compare row ${label}`).toHaveLength(2);
      expect(cells?.[tinyCol - 1], `tiny_baker's ${label}`).toBe(value);
      // trail_runner's column has a figure too (a value or "not enough data"), never an empty cell.
      expect(cells?.[2 - tinyCol], `trail_runner's ${label}`).toMatch(
        /^(\d[\d,.]*(%| min)|not enough data)$/,
      );
    }
    expect(byLabel.get("Followers")?.[tinyCol - 1]).toBe("8,000");
    expect(byLabel.get("Followers")?.[2 - tinyCol]).toBe("6,400");
    await screenshot(page, "app-compare");

    expect(errors, "console errors").toEqual([]);
    console.log(`browser flow took ${Math.round(performance.now() - t0)} ms`);
  });
});
