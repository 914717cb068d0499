// Keyboard and labelling smoke test in Debian's chromium: on the creators list, Tab reaches the skip
// link first (and Enter on it moves focus to the main content), and every column's sort link is reached
// by Tab; on every page with a form, each input, select and textarea has an accessible name that
// page.getByLabel finds it by.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures.js";
import { type LiveServer, signUpInBrowser, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser } from "./launch-browser.js";

const DESKTOP = { width: 1280, height: 800 };

/** What has the focus: "tag#id.class 'text'", enough to tell controls apart. */
const ACTIVE = `(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return "body";
  const text = (a.getAttribute("aria-label") || a.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60);
  return a.tagName.toLowerCase() + (a.id ? "#" + a.id : "") + (a.className ? "." + String(a.className).split(" ")[0] : "") +
    (a.getAttribute("href") ? "[" + a.getAttribute("href") + "]" : "") + " '" + text + "'";
})()`;

/**
 * Every visible form control of the page has an accessible name, and getByLabel with that name finds
 * exactly it. Returns "name" per control, for the failure message and a count.
 */
async function expectLabelled(page: Page, where: string): Promise<string[]> {
  const controls = page.locator(
    'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea',
  );
  const names: string[] = [];
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    const id = await control.getAttribute("id");
    const snapshot = await control.ariaSnapshot();
    const name = /^- \w+ "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1]?.replace(/\\(.)/g, "$1");
    expect(
      name,
      `${where}: ${id ?? (await control.evaluate((e) => String(e)))} has no accessible name (${snapshot})`,
    ).toBeTruthy();
    const found = page.getByLabel(name ?? "", { exact: true });
    const ids = await found.evaluateAll((els) => els.map((e) => (e as unknown as { id: string }).id));
    expect(ids, `${where}: getByLabel(${JSON.stringify(name)})`).toContain(id);
    names.push(name ?? "");
  }
  return names;
}

describe("web app in chromium: keyboard and labels", () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: DESKTOP });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("labels every input and reaches the skip link and the sort links by keyboard", {
    timeout: 120_000,
  }, async () => {
    const url = (path: string) => new URL(path, server.url).href;
    const labelled: Record<string, string[]> = {};

    // Signed out: the sign-up and sign-in forms.
    const anonymous = await browser.newContext({ viewport: DESKTOP });
    try {
      const page = await anonymous.newPage();
      for (const path of ["/sign-up", "/sign-in"]) {
        await page.goto(url(path));
        labelled[path] = await expectLabelled(page, path);
      }
    } finally {
      await anonymous.close();
    }
    expect(labelled["/sign-up"]).toEqual(["Your name (optional)", "Email", "Password", "Workspace name"]);
    expect(labelled["/sign-in"]).toEqual(expect.arrayContaining(["Email", "Password"]));

    const page = await context.newPage();
    await signUpInBrowser(page, server.url, "Keyboard Co");

    // Two creators, through the import page (its file input and text fields checked on the way).
    await page.goto(url("/import"));
    labelled["/import"] = await expectLabelled(page, "/import");
    expect(labelled["/import"]).toEqual([
      "Files",
      "Account (optional)",
      "Profile captured at (optional)",
      // The "Audit" checkbox, ticked by default (one import path: the API audits the same way).
      "Audit the imported creators after the import",
    ]);
    await page
      .getByLabel("Files", { exact: true })
      .setInputFiles([`${FIXTURES}/snapshot/trail_runner.json`, `${FIXTURES}/demo/sunny_trails.json`]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect
      .poll(async () => (await page.locator("#import-status").textContent()) ?? "", { timeout: 60_000 })
      .toMatch(/^(Done: |Import failed: )/);
    expect(await page.locator("#import-status").textContent()).toBe(
      "Done: 2 creator(s) imported and audited.",
    );

    // The creators list: Tab from the top of the page reaches the skip link first.
    await page.goto(url("/"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(ACTIVE)).toBe("a.skip-link[#main] 'Skip to content'");
    await expect(page.locator(".skip-link").boundingBox()).resolves.not.toBeNull();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(ACTIVE)).toMatch(/^main#main /);

    // From the top again, Tab goes through the page; every sort link is reached.
    await page.goto(url("/"));
    const sortLinks = await page
      .locator("a.sort-link")
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute("href")),
      );
    // Account, trust score, followers, median ER, reply share, generic comments, fake followers.
    expect(sortLinks.length).toBe(7);
    const reached: string[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(ACTIVE));
    }
    expect(reached[0]).toBe("a.skip-link[#main] 'Skip to content'");
    for (const href of sortLinks)
      expect(
        reached.some((r) => r.startsWith(`a.sort-link[${href}]`)),
        `sort link ${href}`,
      ).toBe(true);
    // Focus is visible on a sort link: the focused link draws an outline or a box shadow.
    const link = page.locator("a.sort-link").first();
    await link.focus();
    const ring = await link.evaluate(
      `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== "none" && s.outlineWidth !== "0px" || s.boxShadow !== "none"; })()`,
    );
    expect(ring, "focus indicator on a sort link").toBe(true);
    // Enter on a focused sort link sorts by that column.
    await Promise.all([page.waitForURL(/sort=/), page.keyboard.press("Enter")]);
    expect(await page.locator("th[aria-sort]").count()).toBe(1);
    labelled["/"] = await expectLabelled(page, "/");
    expect(labelled["/"]).toEqual(
      expect.arrayContaining(["Search accounts", "Tier", "Min. median ER (%)", "Min. reply share (%)"]),
    );
    expect(labelled["/"]?.filter((n) => n.startsWith("Compare "))).toHaveLength(2);

    // The compare picker, the tokens page (after creating a token: its read-only copy field) and the
    // members page (after creating an invitation link).
    await page.goto(url("/compare"));
    labelled["/compare"] = await expectLabelled(page, "/compare");
    expect(labelled["/compare"]).toHaveLength(2);

    await page.goto(url("/settings/tokens"));
    labelled["/settings/tokens"] = await expectLabelled(page, "/settings/tokens");
    await page.getByLabel("Name", { exact: true }).fill("reporting script");
    await page.getByLabel("Role").selectOption("viewer");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByLabel("New API token").waitFor();
    labelled["/settings/tokens (created)"] = await expectLabelled(page, "/settings/tokens after creating");
    expect(labelled["/settings/tokens (created)"]).toContain("New API token");

    await page.goto(url("/settings/members"));
    labelled["/settings/members"] = await expectLabelled(page, "/settings/members");
    await page.getByRole("button", { name: "Create an invitation link" }).click();
    await page.getByLabel("Invitation link").waitFor();
    labelled["/settings/members (created)"] = await expectLabelled(page, "/settings/members after creating");

    const total = Object.values(labelled).reduce((n, l) => n + l.length, 0);
    console.log(`${total} labelled controls on ${Object.keys(labelled).length} pages`);
  });
});
