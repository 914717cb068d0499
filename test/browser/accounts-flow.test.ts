// Accounts in Debian's chromium on a real HTTP server (issue 14, item 9): the settings page
// (name, password, sessions with "sign out the other sessions", the way to API tokens), an
// owner changing a member's role and removing them, and a forgotten password reset through
// the link the server prints without SMTP. Every page of it at 1280 px and at 375 px, where
// none may scroll sideways; screenshots of each in test-artifacts/.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LiveServer, signUpInBrowser, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const FIRST_PASSWORD = "correct horse battery staple"; // signUpInBrowser's
const NEW_PASSWORD = "lantern orbit pebble sketch";
const RESET_PASSWORD = "quiet harbour maple violin";

/** How far the page scrolls sideways (0 when it fits its viewport). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  ) as Promise<number>;
}

describe("accounts in chromium: settings, members, password reset", () => {
  let server: LiveServer;
  let browser: Browser;
  const printed: string[] = [];
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  const url = (path: string) => new URL(path, server.url).href;
  const newPage = async (viewport: typeof DESKTOP) => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      // A refused form (400) and a dead link (404) are answers the flow expects.
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
    });
    return page;
  };
  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(url("/sign-in"));
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await Promise.all([page.waitForURL(url("/")), page.getByRole("button", { name: "Sign in" }).click()]);
  };
  /** The reset link printed last, as the operator would copy it from the server's output. */
  const printedLink = () =>
    /(http:\/\/\S+\/reset-password\/vpr_[a-z2-7]{32})$/.exec(printed.at(-1) ?? "")?.[1];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startLiveServer({ print: (line) => printed.push(line) }),
      launchBrowser(),
    ]);
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it("changes name and password, signs out another session, manages a member, resets a password", {
    timeout: 180_000,
  }, async () => {
    const page = await newPage(DESKTOP);
    const email = await signUpInBrowser(page, server.url, "Lumen Skincare");

    // Settings from the navigation; the name saved.
    await Promise.all([
      page.waitForURL(url("/settings")),
      page.getByRole("link", { name: "Settings", exact: true }).click(),
    ]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Settings");
    await page.getByLabel("Your name (optional)").fill("Ana Lima");
    await Promise.all([
      page.waitForURL(url("/settings?done=name")),
      page.getByRole("button", { name: "Save the name" }).click(),
    ]);
    await expect(page.getByRole("status").first().textContent()).resolves.toContain("Your name was saved.");
    await expect(page.getByLabel("Your name (optional)").inputValue()).resolves.toBe("Ana Lima");

    // A second browser signs in; the first signs it out.
    const laptop = await newPage(DESKTOP);
    await signIn(laptop, email, FIRST_PASSWORD);
    await page.reload();
    await expect(page.locator("#sessions-count").textContent()).resolves.toBe("2 sessions");
    await screenshot(page, "accounts-settings-1280");
    await Promise.all([
      page.waitForURL(url("/settings?done=sessions")),
      page.getByRole("button", { name: "Sign out the 1 other session" }).click(),
    ]);
    await expect(page.locator("#sessions-count").textContent()).resolves.toBe("1 session");
    await laptop.goto(url("/"));
    expect(laptop.url()).toBe(url("/sign-in?next=%2F"));

    // The password: a weak new one is refused next to its field, then a good one is taken.
    await page.getByLabel("Current password").fill(FIRST_PASSWORD);
    await page.getByLabel("New password").fill("aaaaaaaaaa");
    await page.getByRole("button", { name: "Change the password" }).click();
    await expect(page.locator("#f-newPassword-error").textContent()).resolves.toContain(
      "this password repeats one character (like aaaa)",
    );
    await expect(page.getByLabel("New password").getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByLabel("Current password").fill(FIRST_PASSWORD);
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await Promise.all([
      page.waitForURL(url("/settings?done=password")),
      page.getByRole("button", { name: "Change the password" }).click(),
    ]);
    await expect(page.getByRole("status").first().textContent()).resolves.toContain(
      "Your password was changed",
    );

    // Settings → API tokens.
    await Promise.all([
      page.waitForURL(url("/settings/tokens")),
      page.getByRole("link", { name: "API tokens" }).last().click(),
    ]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("API tokens");

    // Invite Bob as a member; he joins on a phone.
    await page.goto(url("/settings/members"));
    await page.getByLabel("Role", { exact: true }).selectOption("member");
    await page.getByRole("button", { name: "Create an invitation link" }).click();
    const link = await page.getByLabel("Invitation link").inputValue();
    const phone = await newPage(PHONE);
    await phone.goto(link);
    await phone.getByLabel("Email").fill("bob@example.invalid");
    await phone.getByLabel("Password").fill("bobs long passphrase");
    await Promise.all([
      phone.waitForURL(url("/")),
      phone.getByRole("button", { name: "Sign up and join" }).click(),
    ]);

    // The owner makes Bob a viewer, then removes him after the confirmation.
    await page.goto(url("/settings/members"));
    await expect(page.getByText("the only owner").count()).resolves.toBe(1);
    await page.getByLabel("Role of bob@example.invalid", { exact: true }).selectOption("viewer");
    await Promise.all([
      page.waitForURL(url("/settings/members?done=role")),
      page.getByRole("button", { name: "Change the role of bob@example.invalid" }).click(),
    ]);
    await expect(page.getByLabel("Role of bob@example.invalid", { exact: true }).inputValue()).resolves.toBe(
      "viewer",
    );
    await screenshot(page, "accounts-members-1280");
    await page.getByRole("link", { name: "Remove bob@example.invalid…" }).click();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Remove bob@example.invalid from Lumen Skincare?",
    );
    await screenshot(page, "accounts-remove-member-1280");
    await Promise.all([
      page.waitForURL(url("/settings/members?done=removed")),
      page.getByRole("button", { name: "Remove bob@example.invalid" }).click(),
    ]);
    await expect(page.locator("#members-caption").textContent()).resolves.toBe("1 member");
    await phone.goto(url("/"));
    expect(phone.url()).toBe(url("/sign-in?next=%2F"));

    // Signed out, the password forgotten: the link the server printed sets a new one.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(url("/sign-in"));
    await Promise.all([
      page.waitForURL(url("/forgot-password")),
      page.getByRole("link", { name: "Forgot your password?" }).click(),
    ]);
    await page.getByLabel("Email").fill(email);
    await Promise.all([
      page.waitForURL(url("/forgot-password?sent=1")),
      page.getByRole("button", { name: "Send the link" }).click(),
    ]);
    await expect(page.getByRole("status").first().textContent()).resolves.toContain("Check your mail.");
    await screenshot(page, "accounts-forgot-password-sent-1280");
    // The link is made after the answer: wait for its line.
    await expect.poll(() => printed.length, { timeout: 10_000 }).toBe(1);
    const resetLink = printedLink() as string;
    expect(resetLink.startsWith(server.url)).toBe(true);
    await page.goto(resetLink);
    await expect(page.getByText(`For ${email}.`, { exact: false }).count()).resolves.toBe(1);
    await screenshot(page, "accounts-reset-password-1280");
    await page.getByLabel("New password").fill(RESET_PASSWORD);
    await Promise.all([
      page.waitForURL(url("/sign-in?reset=1")),
      page.getByRole("button", { name: "Change the password" }).click(),
    ]);
    await expect(page.getByRole("status").first().textContent()).resolves.toContain(
      "Your password was changed",
    );
    await signIn(page, email, RESET_PASSWORD);
    // Used once: the link now says so.
    await page.goto(resetLink);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "This link does not work",
    );

    // Every page of the flow at 1280 px and 375 px: none scrolls sideways.
    const wide = await newPage(DESKTOP);
    const narrow = await newPage(PHONE);
    for (const p of [wide, narrow]) await signIn(p, email, RESET_PASSWORD);
    await wide.goto(url("/forgot-password"));
    await wide.getByLabel("Email").fill(email);
    await wide.getByRole("button", { name: "Send the link" }).click();
    await wide.waitForURL(url("/forgot-password?sent=1"));
    await expect.poll(() => printed.length, { timeout: 10_000 }).toBe(2);
    const freshLink = printedLink() as string;
    const pages = [
      "/settings",
      "/settings/members",
      "/settings/leave",
      "/settings/tokens",
      "/sign-in",
      "/forgot-password",
      "/forgot-password?sent=1",
      freshLink.slice(server.url.length - 1),
      "/reset-password/vpr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ];
    const measured: Record<string, number> = {};
    for (const [p, width] of [
      [wide, 1280],
      [narrow, 375],
    ] as const)
      for (const path of pages) {
        await p.goto(url(path));
        measured[`${path} at ${width}`] = await sidewaysScroll(p);
        const name =
          path
            .replace(/vpr_[a-z2-7]+/, "token")
            .replace(/[^a-z0-9]+/gi, "-")
            .replace(/^-|-$/g, "") || "home";
        await screenshot(p, `accounts-${name}-${width}`);
      }
    expect(Object.entries(measured).filter(([, px]) => px > 0)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
