// The media-kit flow in Debian's chromium on a real HTTP server: the marketer signs up,
// imports a creator, adds a brand target and asks for a media kit; a second browser
// context (no account, phone-sized) opens the link, gets a clear error next to the age
// bands when their shares do not add up, fixes them and submits; the marketer sees the
// kit and its audience fit, worked out by hand below; a revoked link answers a 404 page.
//
// Target "DACH 25–44": countries DE, AT, CH; ages 25-34 and 35-44; 80% female / 20% male;
// language de; no niche (left out). The kit: DE 50%, AT 10%, US 20%; ages 18-24 20, 25-34
// 50, 35-44 20, 45-54 10; female 70, male 28, other 2; languages de 60, en 40.
//   country  = 0.50 + 0.10 = 0.60                        (weight 0.30)
//   age      = 0.50 + 0.20 = 0.70                        (weight 0.25)
//   gender   = 1 − ½(|0.70 − 0.80| + |0.28 − 0.20| + |0.02 − 0|) = 0.90   (weight 0.15)
//   language = 0.60 (the kit's de share)                 (weight 0.15)
//   fit      = (0.3 × 0.6 + 0.25 × 0.7 + 0.15 × 0.9 + 0.15 × 0.6) / 0.85 = 0.58 / 0.85 = 68.2 → 68
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures.js";
import { type LiveServer, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

describe("media kits in chromium: request, fill on a phone, fit on the brand's side", () => {
  let server: LiveServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("goes from the request to the fit score", { timeout: 180_000 }, async () => {
    const url = (path: string) => new URL(path, server.url).href;
    const brand = await browser.newContext({ viewport: DESKTOP });
    const page = await brand.newPage();

    await page.goto(url("/sign-up"));
    await page.getByLabel("Email").fill("brand@example.invalid");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByLabel("Workspace name").fill("Alpen Outdoor");
    // Sign-up signs no one in (it answers a taken email alike): sign in after it.
    await Promise.all([
      page.waitForURL(url("/sign-in?signed-up=1")),
      page.getByRole("button", { name: "Sign up" }).click(),
    ]);
    await page.getByLabel("Email").fill("brand@example.invalid");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await Promise.all([page.waitForURL(url("/")), page.getByRole("button", { name: "Sign in" }).click()]);

    // Import a creator.
    await page.goto(url("/import"));
    await page
      .getByLabel("Files", { exact: true })
      .setInputFiles([join(FIXTURES, "demo", "sunny_trails.json")]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect
      .poll(async () => (await page.locator("#import-status").textContent()) ?? "", { timeout: 60_000 })
      .toMatch(/^Done: /);
    const creatorHref =
      (await page.locator("#import-result a", { hasText: "sunny_trails" }).getAttribute("href")) ?? "";

    // A brand target through its form.
    await page.goto(url("/targets"));
    await page.locator('input[name="name"]').fill("DACH 25–44");
    await page.locator('input[name="countries"]').fill("DE, AT, CH");
    await page.locator('input[name="ageBands"][value="25-34"]').check();
    await page.locator('input[name="ageBands"][value="35-44"]').check();
    await page.locator('input[name="genderFemale"]').fill("80");
    await page.locator('input[name="genderMale"]').fill("20");
    await page.locator('input[name="languages"][value="de"]').check();
    await page.locator("form.stack button[type=submit]").last().click();
    await page.waitForLoadState();
    await expect(page.locator("main").textContent()).resolves.toContain("DACH 25–44");

    // Ask for a media kit from the creator's page; the link is shown once.
    await page.goto(url(creatorHref));
    await page.getByRole("button", { name: "Ask for a media kit" }).click();
    await page.waitForLoadState();
    const link = await page.locator("#kit-link").inputValue();
    expect(link).toMatch(/\/kit\/[A-Za-z0-9_-]{20,}$/);
    await screenshot(page, "kit-link");

    // The creator, without an account, on a phone.
    const creatorContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const form = await creatorContext.newPage();
    await form.goto(link);
    await expect(form.locator("main").textContent()).resolves.toContain("Alpen Outdoor");
    const fill = async (p: Page, name: string, value: string) => p.locator(`[name="${name}"]`).fill(value);
    await fill(form, "platforms[0].handle", "sunny_trails");
    await fill(form, "platforms[0].followers", "14213");
    await fill(form, "gender.female", "70");
    await fill(form, "gender.male", "28");
    await fill(form, "gender.other", "2");
    // 20 + 50 + 10 + 10 = 90: one band short.
    await fill(form, "ageBands.18-24", "20");
    await fill(form, "ageBands.25-34", "50");
    await fill(form, "ageBands.35-44", "10");
    await fill(form, "ageBands.45-54", "10");
    await fill(form, "countries[0].country", "DE");
    await fill(form, "countries[0].share", "50");
    await fill(form, "countries[1].country", "AT");
    await fill(form, "countries[1].share", "10");
    await fill(form, "countries[2].country", "US");
    await fill(form, "countries[2].share", "20");
    await fill(form, "languages[0].language", "de");
    await fill(form, "languages[0].share", "60");
    await fill(form, "languages[1].language", "en");
    await fill(form, "languages[1].share", "40");
    await form.getByRole("button", { name: "Submit media kit" }).click();
    await form.waitForLoadState();
    // The error sits in the age-band fieldset, which names it for screen readers.
    const ageError = form.locator("#k-ageBands-error");
    await expect(ageError.textContent()).resolves.toContain("add up to 90%");
    await expect(form.locator("#k-ageBands").getAttribute("aria-describedby")).resolves.toContain(
      "k-ageBands-error",
    );
    await expect(ageError.isVisible()).resolves.toBe(true);
    await screenshot(form, "kit-form-phone-error");
    // The typed values are kept; fix the band and submit.
    await expect(form.locator('[name="countries[0].country"]').inputValue()).resolves.toBe("DE");
    await fill(form, "ageBands.35-44", "20");
    await form.getByRole("button", { name: "Submit media kit" }).click();
    await form.waitForLoadState();
    await expect(form.locator("main").textContent()).resolves.toMatch(/thank/i);
    await screenshot(form, "kit-form-phone-done");

    // The brand sees the submission and the fit worked out above.
    await page.goto(url("/media-kits"));
    await expect(page.locator("main").textContent()).resolves.toContain("Submitted");
    await page.goto(url(creatorHref));
    const fitRow = page.locator("#media-kit table.data tbody tr", { hasText: "DACH 25–44" });
    // Four of the four parts the target asks about were judged: the fit stands on all of it.
    await expect(fitRow.locator("td").first().textContent()).resolves.toBe(
      "68 · based on 100% of the evidence",
    );
    await screenshot(page, "kit-fit");

    // Revoke the link: the creator's page answers a clear 404 page.
    await page.goto(url("/media-kits"));
    await page.locator("main a[href^='/media-kits/']").first().click();
    await page.waitForLoadState();
    await page.getByRole("button", { name: "Revoke the link" }).click();
    await page.waitForLoadState();
    const gone = await form.goto(link);
    expect(gone?.status()).toBe(404);
    await expect(form.locator("h1").textContent()).resolves.toMatch(/not|no longer/i);
    await creatorContext.close();
    await brand.close();
  });
});
