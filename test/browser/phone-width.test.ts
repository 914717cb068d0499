// Every page of the app on a 375 px phone in Debian's chromium, signed in to the demo
// workspace (as a first start makes it) with a campaign, a partnership, a media-kit link
// and a second, empty workspace for the first run: no page is wider than the phone
// (`document.documentElement.scrollWidth <= 375`; tables become stacked rows). It also
// measures how tall the creator pages are (document.body.scrollHeight at 1280 px and at
// 375 px), printed for the record, and follows a cited comment to its highlighted row in
// the comment browser. Screenshots: test-artifacts/screenshots/phone-*.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../src/services/auth/sign-up.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { DEMO_EMAIL, ensureDemoWorkspace } from "../../src/services/ensure-demo-workspace.js";
import { findAccount } from "../../src/services/find-account.js";
import { createKitRequest } from "../../src/services/media-kits/create-kit-request.js";
import { type LiveServer, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const PASSWORD = "a long and random demo password 7311";
const EMPTY_EMAIL = "first-run@example.invalid";

describe("every page at 375 px in chromium", () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ids: Record<string, number> = {};
  let campaignId = 0;
  let partnershipId = 0;
  let kitLink = "";

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
    for (const name of ["sunny_trails", "glowup_daily"])
      ids[name] = (await findAccount(db, ws, { platform: "instagram", username: name })).creator_id;
    campaignId = (
      await createCampaign(
        db,
        ws,
        null,
        {
          name: "Spring launch in the Alps, with a name long enough to wrap on a phone",
          startsOn: "2027-03-01",
          endsOn: "2027-04-30",
          budget: 250_000,
          currency: "EUR",
          goal: "sell",
          kpis: [{ metric: "sales", target: 120 }],
          landingUrl: "https://shop.example/spring-launch-with-a-rather-long-path/and-more",
          products: ["Trail shoes"],
        },
        now,
      )
    ).id;
    partnershipId = (await addPartnership(db, ws, campaignId, ids.sunny_trails as number, "demo", now)).id;
    const owner = {
      userId: null,
      email: DEMO_EMAIL,
      workspaceId: ws,
      workspaceName: "Demo brand",
      role: "owner" as const,
      via: "session" as const,
    };
    kitLink = (
      await createKitRequest(
        db,
        owner,
        { creatorId: ids.glowup_daily as number },
        { now, origin: server.url.replace(/\/$/, "") },
      )
    ).url;
    await createAccount(
      db,
      { email: EMPTY_EMAIL, password: PASSWORD, name: "New marketer", workspaceName: "Empty brand" },
      now,
    );
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  const url = (path: string) => new URL(path, server.url).href;
  const signIn = async (viewport: typeof PHONE, email: string) => {
    const ctx = await browser.newContext({ viewport, isMobile: viewport === PHONE, hasTouch: true });
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(url("/sign-in"));
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await Promise.all([page.waitForURL(url("/")), page.getByRole("button", { name: "Sign in" }).click()]);
    return page;
  };
  const width = (page: Page) => page.evaluate("document.documentElement.scrollWidth") as Promise<number>;
  const height = (page: Page) => page.evaluate("document.body.scrollHeight") as Promise<number>;

  it("scrolls sideways on no page, and measures the creator pages", { timeout: 400_000 }, async () => {
    const widths: Record<string, number> = {};
    const visit = async (page: Page, path: string, name: string) => {
      await page.goto(url(path));
      widths[name] = await width(page);
      await screenshot(page, `phone-${name}-375`);
    };

    // Signed out: the forms and a creator's media-kit link.
    const anonymous = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    contexts.push(anonymous);
    const out = await anonymous.newPage();
    for (const [path, name] of [
      ["/sign-in", "sign-in"],
      ["/sign-up", "sign-up"],
      ["/forgot-password", "forgot-password"],
      [new URL(kitLink).pathname, "kit-form"],
    ] as const)
      await visit(out, path, name);

    // The first run: an empty workspace's list.
    const empty = await signIn(PHONE, EMPTY_EMAIL);
    await visit(empty, "/", "first-run");
    expect(await empty.locator("main").textContent()).toContain("No creators yet.");

    const phone = await signIn(PHONE, DEMO_EMAIL);
    await phone.goto(url("/media-kits"));
    const kitHref = await phone.locator('main a[href^="/media-kits/"]').first().getAttribute("href");
    await phone.goto(url("/targets"));
    const targetHref = await phone.locator('main a[href^="/targets/"]').first().getAttribute("href");
    const sunny = `/creators/${ids.sunny_trails}`;
    const glow = `/creators/${ids.glowup_daily}`;
    const pages: [string, string][] = [
      ["/", "list"],
      ["/?target=1", "list-target"],
      ["/?target=1&sort=fit", "list-fit"],
      ["/?status=shortlisted", "worklist"],
      [sunny, "creator-sunny"],
      [glow, "creator-glowup"],
      [`${sunny}/comments`, "comments"],
      [`${sunny}/comments?filter=generic`, "comments-generic"],
      [`${sunny}/report`, "report"],
      [`${glow}/report`, "report-glowup"],
      [`${sunny}/delete`, "delete"],
      [`/compare?ids=${ids.sunny_trails},${ids.glowup_daily}`, "compare"],
      ["/compare", "compare-picker"],
      ["/import", "import"],
      ["/targets", "targets"],
      [targetHref ?? "/targets", "target"],
      ["/media-kits", "kit-requests"],
      [kitHref ?? "/media-kits", "kit-request"],
      ["/settings", "settings"],
      ["/settings/members", "members"],
      ["/settings/tokens", "tokens"],
      ["/settings/leave", "leave"],
      ["/workspaces", "workspaces"],
      ["/campaigns", "campaigns"],
      [`/campaigns/${campaignId}`, "campaign"],
      [`/partnerships/${partnershipId}`, "partnership"],
      ["/creators/999999", "not-found"],
    ];
    for (const [path, name] of pages) await visit(phone, path, name);

    // How tall the creator pages are, on a phone and on a desk.
    const desk = await signIn(DESKTOP, DEMO_EMAIL);
    const heights: Record<string, { desk: number; phone: number }> = {};
    for (const [name, path] of [
      ["sunny_trails", sunny],
      ["glowup_daily", glow],
    ] as const) {
      await desk.goto(url(path));
      await phone.goto(url(path));
      heights[name] = { desk: await height(desk), phone: await height(phone) };
    }
    console.log(`creator page heights (px): ${JSON.stringify(heights)}`);

    // A comment cited on the creator page opens the comment browser on its page, scrolled to
    // its row, which is the :target and highlighted, in the window.
    await desk.goto(url(glow));
    const cited = desk.locator('a[href*="/comments?comment="]').first();
    const href = (await cited.getAttribute("href")) ?? "";
    const commentId = href.split("#comment-")[1] ?? "";
    expect(commentId).not.toBe("");
    await desk.goto(url(href));
    const row = desk.locator(`li#comment-${commentId}`);
    const target = `document.querySelector(":target")`;
    await expect(desk.evaluate(`${target} && ${target}.id`)).resolves.toBe(`comment-${commentId}`);
    await expect(desk.evaluate(`getComputedStyle(${target}).boxShadow`)).resolves.not.toBe("none");
    const box = await row.boundingBox();
    expect(box && box.y >= 0 && box.y < DESKTOP.height).toBe(true);
    await screenshot(desk, "phone-cited-comment-1280");
    console.log(`page widths at 375 px: ${JSON.stringify(widths)}`);

    const wide = Object.entries(widths).filter(([, w]) => w > PHONE.width);
    expect(wide).toEqual([]);
    expect(Object.keys(widths).length).toBe(pages.length + 5);
  });
});
