// The contract review round trip in Debian's chromium on a real HTTP server. The brand's
// side goes through the services (it has no pages yet): a version issued, a review link
// made. The creator opens the link on a phone (375 px: the document fits the width),
// proposes a higher fee with a comment; the brand sees it beside the term and issues
// version 2; in a second context (a laptop) the creator opens the same link, is refused
// without the consent tick (the error next to the checkbox), then accepts with it and
// their name; the phone, reloaded, shows the contract accepted. The brand, signed in on a
// phone, finds the accepted contract's deliverables on the partnership's page: a table
// that stacks into labelled lines at 375 px instead of scrolling sideways.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { createContractLink } from "../../src/services/contracts/create-contract-link.js";
import { issueContractVersion } from "../../src/services/contracts/issue-contract-version.js";
import { listContractProposals } from "../../src/services/contracts/list-contract-proposals.js";
import { listContractVersions } from "../../src/services/contracts/list-contract-versions.js";
import { importSources } from "../../src/services/import-sources.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type LiveServer, signUpInBrowser, startLiveServer } from "../helpers/live-server.js";
import { launchBrowser, screenshot } from "./launch-browser.js";

const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 900 };
const BRAND = { name: "brand@example.invalid", ipHash: null, userAgent: null };

describe("a contract reviewed in chromium: a change proposed on a phone, accepted on a laptop", () => {
  let server: LiveServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("goes from the link to the signed contract", { timeout: 180_000 }, async () => {
    const db = server.database.db;
    const brand = await (await browser.newContext({ viewport: PHONE, isMobile: true })).newPage();
    await signUpInBrowser(brand, server.url, "Crumb and Co");
    const ws = (
      await db
        .selectFrom("workspaces")
        .select("id")
        .where("name", "=", "Crumb and Co")
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
        kpis: [{ metric: "sales", target: 200 }],
        landingUrl: "https://example.com/spring",
      },
      Date.now(),
    );
    const partnership = (await addPartnership(db, ws, campaign.id, creator, "brand", Date.now())).id;
    await issueContractVersion(db, ws, partnership, springTerms(), BRAND, Date.now());
    const link = await createContractLink(db, ws, partnership, null, BRAND, {
      now: Date.now(),
      origin: server.url.replace(/\/$/, ""),
    });

    const phone = await (await browser.newContext({ viewport: PHONE, isMobile: true })).newPage();
    await phone.goto(link.url);
    await expect(phone.getByRole("heading", { level: 1, name: "Spring bake" }).isVisible()).resolves.toBe(
      true,
    );
    // The page does not scroll sideways: the document fits a phone's width.
    const sideways = await phone.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(sideways).toBe(0);
    await screenshot(phone, "contract-review-phone");
    await phone.getByLabel("Term").selectOption("compensation.fee");
    await phone.getByLabel("What you propose instead").fill("1,500.00 EUR");
    await phone.getByLabel("Comment").fill("Three pieces need more prep.");
    await Promise.all([
      phone.waitForURL(/\?proposed=1$/),
      phone.getByRole("button", { name: "Send the proposal" }).click(),
    ]);
    await expect(phone.getByRole("status").textContent()).resolves.toContain("Your proposal is sent");

    const [proposal] = await listContractProposals(db, ws, partnership);
    expect(proposal).toMatchObject({
      field: "compensation.fee",
      was: "1,200.00 EUR",
      proposed: "1,500.00 EUR",
    });
    const t = springTerms();
    t.compensation.fee = { amount: 150_000, currency: "EUR" };
    t.payment.instalments = [{ amount: { amount: 150_000, currency: "EUR" }, due: "2027-03-01" }];
    await issueContractVersion(db, ws, partnership, t, BRAND, Date.now());

    const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await laptop.goto(link.url);
    await expect(laptop.getByRole("heading", { name: "Accept version 2" }).isVisible()).resolves.toBe(true);
    await laptop.getByLabel("Your full name").fill("Tina Baker");
    await laptop.getByRole("button", { name: "Accept and sign" }).click();
    await laptop.waitForSelector("#c-consent-error");
    await expect(laptop.locator("#c-consent-error").textContent()).resolves.toContain("tick the box");
    await laptop.getByLabel(/I agree to sign this contract electronically/).check();
    await laptop.getByLabel("Your full name").fill("Tina Baker");
    await Promise.all([
      laptop.waitForURL(/\?accepted=1$/),
      laptop.getByRole("button", { name: "Accept and sign" }).click(),
    ]);
    await screenshot(laptop, "contract-review-accepted");

    await phone.reload();
    await expect(phone.getByRole("heading", { name: "Accepted" }).isVisible()).resolves.toBe(true);
    await expect(phone.locator(".contract-accepted").textContent()).resolves.toContain(
      "accepted by Tina Baker",
    );
    const versions = await listContractVersions(db, ws, partnership);
    expect(versions.map((v) => [v.number, v.status, v.acceptedBy])).toEqual([
      [2, "accepted", "Tina Baker"],
      [1, "superseded", null],
    ]);

    await brand.goto(new URL(`/partnerships/${partnership}`, server.url).href);
    await expect(brand.getByRole("heading", { name: "Deliverables" }).isVisible()).resolves.toBe(true);
    const table = brand.locator("table", { has: brand.locator("#deliverables-caption") });
    await expect(table.locator("tbody tr").count()).resolves.toBe(4);
    // Stacked: each cell is a line of its own, led by its column's name.
    const firstCell = `(() => {
      const td = document.querySelector("#deliverables-caption").closest("table").querySelector("td");
      const wrap = td.closest(".table-wrap");
      return [getComputedStyle(td).display, getComputedStyle(td, "::before").content, wrap.scrollWidth - wrap.clientWidth];
    })()`;
    // …and the table does not scroll sideways inside its frame either.
    await expect(brand.evaluate(firstCell)).resolves.toEqual(["block", '"Draft due: "', 0]);
    expect(
      await brand.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"),
    ).toBe(0);
    await screenshot(brand, "partnership-deliverables-phone");
  });
});
