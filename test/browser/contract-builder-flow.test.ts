// The brand's contract builder in Debian's chromium on a real HTTP server, at 1280 and
// 375 px: the live preview redraws the contract after typing (public/contract-builder.js
// posting to the preview endpoint, no reload), the page does not scroll sideways on a
// phone, and axe-core finds no serious or critical violation (nor a duplicate id).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { importSources } from "../../src/services/import-sources.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type LiveServer, signUpInBrowser, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const VIEWPORTS = [
  { name: "1280", size: { width: 1280, height: 900 }, phone: false },
  { name: "375", size: { width: 375, height: 812 }, phone: true },
] as const;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function seriousViolations(page: Page): Promise<string[]> {
  const twice = (await page.evaluate(`(() => {
    const seen = new Map();
    for (const e of document.querySelectorAll("[id]")) seen.set(e.id, (seen.get(e.id) || 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => "duplicate id " + id);
  })()`)) as string[];
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return [
    ...violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ...twice,
  ];
}

describe("the contract builder in chromium", () => {
  let server: LiveServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("redraws the preview as the brand types, fits a phone and passes axe-core", {
    timeout: 180_000,
  }, async () => {
    const db = server.database.db;
    const signIn = await (await browser.newContext({ viewport: VIEWPORTS[0].size })).newPage();
    await signUpInBrowser(signIn, server.url, "Crumb & Co");
    const cookies = await signIn.context().cookies();
    const ws = (
      await db
        .selectFrom("workspaces")
        .select("id")
        .where("name", "=", "Crumb & Co")
        .executeTakeFirstOrThrow()
    ).id;
    await importSources(db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: Date.now() });
    const creator = (
      await db.selectFrom("creators").select("id").where("workspace_id", "=", ws).executeTakeFirstOrThrow()
    ).id;
    const campaign = await createCampaign(
      db,
      ws,
      null,
      {
        name: "Spring bake",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "sell",
        kpis: [],
        landingUrl: "https://example.com/spring",
      },
      Date.now(),
    );
    const partnership = (await addPartnership(db, ws, campaign.id, creator, "brand", Date.now())).id;
    const builder = new URL(`/partnerships/${partnership}/contract`, server.url).href;

    for (const v of VIEWPORTS) {
      const ctx = await browser.newContext({ viewport: v.size, isMobile: v.phone, bypassCSP: false });
      await ctx.addCookies(cookies);
      const page = await ctx.newPage();
      await page.goto(builder);
      await expect(page.getByRole("heading", { level: 1, name: /Contract for/ }).isVisible()).resolves.toBe(
        true,
      );
      const preview = page.locator("#contract-preview");
      await expect(preview.textContent()).resolves.toContain("Fee");
      const fee = v.phone ? "2,750.00" : "1,500.00";
      await page.locator("#f-compensation-fee-amount").fill(fee.replace(",", ""));
      // No reload: the preview is redrawn in place with the fee typed.
      // (A locator, not waitForFunction: the page's CSP allows no evaluated strings.)
      await page.locator("#contract-preview", { hasText: `${fee} EUR` }).waitFor({ timeout: 10_000 });
      expect(page.url()).toBe(builder);
      const sideways = await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      expect([v.name, sideways]).toEqual([v.name, 0]);
      await screenshot(page, `contract-builder-${v.name}`);
      // axe runs with the page's CSP bypassed for its injected script only.
      const axeCtx = await browser.newContext({ viewport: v.size, isMobile: v.phone, bypassCSP: true });
      await axeCtx.addCookies(cookies);
      const axePage = await axeCtx.newPage();
      await axePage.goto(builder);
      expect([v.name, await seriousViolations(axePage)]).toEqual([v.name, []]);
      await axeCtx.close();
      await ctx.close();
    }
  });
});
