// Confidence and the best candidates in Debian's chromium on a real HTTP server, at 1280 px
// and 375 px, on the demo workspace (as a first start makes it) with tiny_baker added and a
// target glowup_daily's kit fits best. The list shows each trust score with the share of
// the evidence behind it ("based on 55% of the evidence · provisional"), and against the
// target the best candidates first, each part shown, glowup_daily (5, E) last and ruled
// out; the compare page and the creator page show the same confidence beside the score.
// No page scrolls sideways on a phone. Screenshots in test-artifacts/screenshots/confidence-*.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAccountKey } from "../../src/core/account-key.js";
import { auditAccount } from "../../src/services/audit-account.js";
import { createBrandTarget } from "../../src/services/brand-targets/create-brand-target.js";
import { DEMO_EMAIL, ensureDemoWorkspace } from "../../src/services/ensure-demo-workspace.js";
import { findAccount } from "../../src/services/find-account.js";
import { importSources } from "../../src/services/import-sources.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type LiveServer, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const PASSWORD = "a long and random demo password 7311";

describe("confidence and the best candidates in chromium", () => {
  let server: LiveServer;
  let browser: Browser;
  let target: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    const db = server.database.db;
    const now = Date.now();
    await ensureDemoWorkspace(db, now, PASSWORD);
    const ws = (
      await db
        .selectFrom("workspaces")
        .select("id")
        .where("name", "=", "Demo brand")
        .executeTakeFirstOrThrow()
    ).id;
    await importSources(db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now });
    await auditAccount(db, ws, parseAccountKey("instagram:tiny_baker"), { now });
    target = (
      await createBrandTarget(
        db,
        ws,
        {
          name: "US and UK, 18-34",
          countries: ["US", "GB"],
          ageBands: ["18-24", "25-34"],
          languages: ["en"],
        },
        now,
      )
    ).id;
    for (const name of ["sunny_trails", "glowup_daily", "tiny_baker"])
      ids[name] = (await findAccount(db, ws, { platform: "instagram", username: name })).creator_id;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (path: string) => new URL(path, server.url).href;
  /** How far the page is wider than the window: 0 when nothing scrolls sideways. */
  const overflow = (page: Page) =>
    page.evaluate("document.documentElement.scrollWidth - window.innerWidth") as Promise<number>;
  const rowText = (page: Page, name: string) =>
    page.locator("tbody tr", { has: page.getByRole("link", { name, exact: true }) }).textContent();

  it("shows confidence beside every score and ranks the best candidates first", {
    timeout: 180_000,
  }, async () => {
    const desk = await browser.newContext({ viewport: DESKTOP });
    const page = await desk.newPage();
    await page.goto(url("/sign-in"));
    await page.getByLabel("Email").fill(DEMO_EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await Promise.all([page.waitForURL(url("/")), page.getByRole("button", { name: "Sign in" }).click()]);

    // The list: each trust score with the share of the evidence behind it.
    await expect(rowText(page, "sunny_trails")).resolves.toContain("based on 100% of the evidence");
    await expect(rowText(page, "tiny_baker")).resolves.toContain(
      "based on 55% of the evidence · provisional",
    );
    await screenshot(page, "confidence-list-1280");

    // Against the target: the best candidates first (the default sort then), glowup_daily last.
    await page.goto(url(`/?target=${target}`));
    const names = await page.locator("tbody th a").allTextContents();
    expect(names).toEqual(["sunny_trails", "tiny_baker", "glowup_daily"]);
    const glowup = await rowText(page, "glowup_daily");
    expect(glowup).toMatch(/ruled out: trust 5 \(grade E\), \d+% fake followers/);
    expect(glowup).toMatch(/fit \d+ · trust 5 · real followers \d+ · price/);
    await expect(rowText(page, "sunny_trails")).resolves.toMatch(
      /from \d parts \([a-z, ]+\), based on \d+% of the evidence/,
    );
    // The candidate and fit columns are on screen at 1280 px, not scrolled off to the right.
    const fitHeader = page.getByRole("columnheader", { name: /Audience fit/ });
    const box = await fitHeader.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(DESKTOP.width);
    await screenshot(page, "confidence-candidates-1280");

    // Compare and the creator page: the score with its confidence.
    await page.goto(url(`/compare?ids=${ids.sunny_trails}&ids=${ids.tiny_baker}`));
    const scoreRow = await page
      .locator("tr", { has: page.getByRole("rowheader", { name: "Trust score" }) })
      .textContent();
    expect(scoreRow).toContain("based on 100% of the evidence");
    expect(scoreRow).toContain("based on 55% of the evidence · provisional");
    await screenshot(page, "confidence-compare-1280");
    await page.goto(url(`/creators/${ids.tiny_baker}`));
    await expect(page.locator(".score-confidence").textContent()).resolves.toMatch(
      /^based on 55% of the evidence · provisional \(left out: audience authenticity, growth health, disclosure hygiene\)$/,
    );
    await screenshot(page, "confidence-creator-1280");

    // On a phone: the same words, and nothing scrolls sideways.
    const phone = await browser.newContext({ viewport: PHONE, storageState: await desk.storageState() });
    const small = await phone.newPage();
    for (const [path, name, words] of [
      [`/?target=${target}`, "confidence-candidates-375", "ruled out: trust 5"],
      [
        `/compare?ids=${ids.sunny_trails}&ids=${ids.tiny_baker}`,
        "confidence-compare-375",
        "based on 55% of the evidence",
      ],
      [`/creators/${ids.tiny_baker}`, "confidence-creator-375", "based on 55% of the evidence · provisional"],
    ] as const) {
      await small.goto(url(path));
      await expect(small.locator("main").textContent()).resolves.toContain(words);
      expect([path, await overflow(small)]).toEqual([path, 0]);
      await screenshot(small, name);
    }
    await phone.close();
    await desk.close();
  });
});
