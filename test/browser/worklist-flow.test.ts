// The working list in Debian's chromium on a real HTTP server, at 1280 px and 375 px: a
// marketer adds a creator by handle (no data yet), shortlists it, tags it and writes a note
// on its page; the list shows status and tags, filters by status, and its CSV link keeps
// the filter; on a phone no page of it scrolls sideways; the delete asks first, naming what
// goes, and then the creator is gone. Screenshots in test-artifacts/screenshots/worklist-*.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LiveServer, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const EMAIL = "lists@example.invalid";
const PASSWORD = "correct horse battery staple";

describe("the working list in chromium", () => {
  let server: LiveServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** How far the page is wider than the window: 0 when nothing scrolls sideways. */
  const overflow = (page: Page) =>
    page.evaluate("document.documentElement.scrollWidth - window.innerWidth") as Promise<number>;

  it("adds, shortlists, tags, notes, filters, exports and deletes", { timeout: 180_000 }, async () => {
    const url = (path: string) => new URL(path, server.url).href;
    const desk = await browser.newContext({ viewport: DESKTOP });
    const page = await desk.newPage();
    await page.goto(url("/sign-up"));
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByLabel("Workspace name").fill("Shortlist brand");
    await Promise.all([
      page.waitForURL(url("/sign-in?signed-up=1")),
      page.getByRole("button", { name: "Sign up" }).click(),
    ]);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await Promise.all([page.waitForURL(url("/")), page.getByRole("button", { name: "Sign in" }).click()]);

    // Add by handle: the creator page opens, not audited, ready for a media-kit request.
    // An empty workspace shows the form open (first run: a handle is a way to start).
    await expect(page.locator("details.add-creator").getAttribute("open")).resolves.toBe("");
    await page.getByLabel("Platform and handle").fill("instagram:sunny_new");
    await Promise.all([
      page.waitForURL(/\/creators\/\d+$/),
      page.getByRole("button", { name: "Add", exact: true }).click(),
    ]);
    const creatorUrl = page.url();
    await expect(page.locator("main").textContent()).resolves.toContain(
      "This creator has not been audited yet.",
    );
    await expect(page.getByRole("button", { name: "Ask for a media kit" }).count()).resolves.toBe(1);

    await page.getByLabel("Status").selectOption("shortlisted");
    await Promise.all([
      page.waitForURL(/#worklist-h$/),
      page.getByRole("button", { name: "Save status" }).click(),
    ]);
    await page.getByLabel("Tags").fill("Summer launch, outdoor");
    await Promise.all([page.waitForLoadState(), page.getByRole("button", { name: "Save tags" }).click()]);
    await page.getByLabel("New note").fill("Asked for rates on Monday.");
    await Promise.all([page.waitForLoadState(), page.getByRole("button", { name: "Add the note" }).click()]);
    await expect(page.locator(".creator-notes li").first().textContent()).resolves.toMatch(
      new RegExp(`^${EMAIL}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTCAsked for rates on Monday\\.$`),
    );
    await expect(page.getByLabel("Tags").inputValue()).resolves.toBe("outdoor, summer launch");
    await screenshot(page, "worklist-creator-1280");

    // The list: status and tags under the account; filtered by status; the CSV keeps the filter.
    await page.goto(url("/"));
    await expect(page.locator("tbody th").first().textContent()).resolves.toContain(
      "shortlisted · outdoor, summer launch",
    );
    await page.locator("form.filters").getByLabel("Status").selectOption("contacted");
    await Promise.all([
      page.waitForURL(/status=contacted/),
      page.getByRole("button", { name: "Apply" }).click(),
    ]);
    await expect(page.locator("main").textContent()).resolves.toContain("No creator matches these filters.");
    await page.goto(url("/?status=shortlisted"));
    const href =
      (await page.getByRole("link", { name: /Export these 1 creator as CSV/ }).getAttribute("href")) ?? "";
    expect(href).toBe("/creators.csv?status=shortlisted");
    const csv = await page.request.get(url(href));
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).split("\r\n")[1]).toBe(
      "instagram:sunny_new,instagram,sunny_new,shortlisted,outdoor; summer launch,,,0,0,,,,,,,,,,,,",
    );
    await screenshot(page, "worklist-list-1280");

    // On a phone: the list, the creator page and the delete confirmation fit the width.
    const phone = await browser.newContext({ viewport: PHONE, storageState: await desk.storageState() });
    const small = await phone.newPage();
    for (const [path, name] of [
      ["/?status=shortlisted", "worklist-list-375"],
      [new URL(creatorUrl).pathname, "worklist-creator-375"],
      [`${new URL(creatorUrl).pathname}/delete`, "worklist-delete-375"],
    ] as const) {
      await small.goto(url(path));
      expect([path, await overflow(small)]).toEqual([path, 0]);
      await screenshot(small, name);
    }
    await phone.close();

    // The delete asks first, naming what goes, then the creator is gone.
    await page.goto(creatorUrl);
    await Promise.all([
      page.waitForURL(/\/delete$/),
      page.getByRole("link", { name: "Delete with all its data…" }).click(),
    ]);
    await expect(page.locator(".deletion-list li").allTextContents()).resolves.toEqual([
      "the account instagram:sunny_new",
      "2 tags",
      "1 note",
    ]);
    await screenshot(page, "worklist-delete-1280");
    await Promise.all([
      page.waitForURL(url("/")),
      page.getByRole("button", { name: "Delete sunny_new and its data" }).click(),
    ]);
    await expect(page.locator("main").textContent()).resolves.toContain("No creators yet.");
    expect((await page.request.get(creatorUrl)).status()).toBe(404);
    await desk.close();
  });
});
