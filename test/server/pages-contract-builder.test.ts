// The brand's contract pages, on PGlite and PostgreSQL: the builder (a refused round
// keeps every value and shows each error at its field; rows added and removed without
// JavaScript; the live preview's fragment; a version issued from the form with the very
// terms typed; a review link shown once and revoked), the proposals beside the terms and
// the builder answering them, the workspace template laid onto another campaign's dates,
// the verify upload (the accepted PDF matches, one byte changed does not), a viewer who
// reads only, and isolation: another workspace gets 404 on every new route.
// Workspace A: tiny_baker imported and audited; campaign "Spring bake" 2027-03-01..31.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { termsToForm } from "../../src/server/pages/contract-form.js";
import { fieldId } from "../../src/server/pages/form-field.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

type App = ReturnType<typeof createApp>;
const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** The value attribute of the control named `name` in the page. */
function typedValue(page: string, name: string): string | null {
  const id = fieldId(name);
  const m = new RegExp(`id="${id}" name="[^"]*" type="[^"]*"[^>]* value="([^"]*)"`).exec(page);
  return m ? (m[1] as string) : null;
}

/** The error shown at the field named `name`, if any. */
function errorAt(page: string, name: string): string | null {
  const m = new RegExp(
    `id="${fieldId(name)}-error"><span class="visually-hidden">Error: </span>([^<]*)<`,
  ).exec(page);
  return m ? (m[1] as string) : null;
}

describe.each(DATABASE_KINDS)("the contract builder pages on %s", (kind) => {
  let s: TestServer;
  let app: App;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let member: string;
  let viewer: string;
  let partnership: number;
  let campaignId: number;
  let baker: number;
  const get = (ws: TestWorkspace, path: string) => app.request(path, { headers: session(ws) });
  const post = (ws: TestWorkspace, path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: session(ws, FORM),
    });
  const asMember = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: bearer(member, FORM),
    });
  const builder = () => `/partnerships/${partnership}/contract`;

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 4 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Crumb & Co");
    b = await signUpWorkspace(s, "Bravo brand");
    member = (await createToken(s, a, "member")).token;
    viewer = (await createToken(s, a, "viewer")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect(r.status).toBe(201);
    baker = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    const campaign = await call(s.app, "POST", "/api/v1/campaigns", bearer(member), {
      name: "Spring bake",
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      goal: "sell",
      currency: "EUR",
      landingUrl: "https://example.com/spring",
      products: ["Spring baking box"],
      kpis: [],
    });
    expect(campaign.status, campaign.text).toBe(201);
    campaignId = campaign.body.id;
    partnership = (
      await call(s.app, "POST", `/api/v1/campaigns/${campaignId}/partnerships`, bearer(member), {
        creatorId: baker,
      })
    ).body.id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("opens from the partnership page with the campaign's dates and call to action", async () => {
    expect(await (await get(a, `/partnerships/${partnership}`)).text()).toContain(`href="${builder()}"`);
    const page = await (await get(a, builder())).text();
    expect(page).toContain("Starts from the campaign");
    expect(typedValue(page, "from")).toBe("2027-03-01");
    expect(typedValue(page, "to")).toBe("2027-03-31");
    expect(typedValue(page, "deliverables[0].goLive")).toBe("2027-03-01");
    expect(typedValue(page, "content.links")).toBe("https://example.com/spring");
    expect(typedValue(page, "disclosure.wording")).toBe("#ad");
    // Nothing typed yet: no errors, and the draft is drawn beside the form.
    expect(page).not.toContain('class="field-error"');
    expect(page).toContain("Draft (not issued)");
    expect(page).toContain('<script src="/assets/contract-builder.js"></script>');
  });

  it("refuses a round with every error at its field, keeping what was typed", async () => {
    const values = {
      ...termsToForm(springTerms()),
      "deliverables[0].count": "two",
      "deliverables[1].goLive": "2027-04-02",
      "compensation.fee.amount": "12,x",
      "disclosure.wording": "#sp",
      "content.mentions": "crumb and co",
      "payment.instalments[1].amount": "500.00",
      action: "issue",
    };
    const res = await post(a, builder(), values);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(errorAt(page, "deliverables[0].count")).toBe("“two” is not a whole number");
    expect(errorAt(page, "deliverables[1].goLive")).toBe(
      "2027-04-02 is outside the campaign (2027-03-01 to 2027-03-31)",
    );
    expect(errorAt(page, "compensation.fee.amount")).toBe("“12,x” is not an amount in EUR (e.g. 1200.00)");
    expect(errorAt(page, "disclosure.wording")).toBe(
      "&quot;#sp&quot; is not clear enough for the FTC; use &quot;#ad&quot; or &quot;Ad&quot;",
    );
    expect(errorAt(page, "content.mentions")).toBe(
      "&quot;crumb and co&quot; is not a handle (letters, digits, . and _)",
    );
    expect(page).toContain("Nothing was done: 5 problems to fix");
    // The list on top names each field in words and links to it.
    expect(page).toContain(
      '<li><a href="#f-deliverables-0--count">Deliverable 1: How many</a>: “two” is not a whole number</li>',
    );
    expect(page).toContain('<li><a href="#f-compensation-fee-amount">Fee</a>:');
    // Every link of the list leads to an element of the page.
    for (const [, id] of page.matchAll(/<li><a href="#([^"]+)">/g)) expect(page).toContain(`id="${id}"`);
    // What was typed stays, wrong values included.
    expect(typedValue(page, "deliverables[0].count")).toBe("two");
    expect(typedValue(page, "compensation.fee.amount")).toBe("12,x");
    expect(typedValue(page, "payment.instalments[1].amount")).toBe("500.00");
    expect(page).toContain(
      `aria-describedby="${fieldId("deliverables[0].count")}-error" aria-invalid="true"`,
    );
    // Nothing was issued.
    expect(
      (await call(s.app, "GET", `/api/v1/partnerships/${partnership}/contract/versions`, bearer(member))).body
        .items,
    ).toEqual([]);
  });

  it("answers a tampered form with the field's error, never a server error", async () => {
    const values = {
      ...termsToForm(springTerms()),
      rows: "999",
      "deliverables[0].platform": "myspace",
      "disclosure.jurisdictions": "EU",
      action: "issue",
    };
    const res = await post(a, builder(), values);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(errorAt(page, "deliverables[0].platform")).toMatch(/^Invalid option/);
    expect(page).toContain('id="f-disclosure-jurisdictions-error"');
    // At most 30 rows come back, whatever the count posted.
    expect(page).toContain('name="rows" value="30"');
    const odd = await post(a, builder(), { ...termsToForm(springTerms()), action: "remove:99" });
    expect(odd.status).toBe(200);
    expect(await odd.text()).toContain('name="rows" value="3"');
    const unknown = await post(a, builder(), { ...termsToForm(springTerms()), action: "publish" });
    expect(unknown.status).toBe(400);
  });

  it("keeps typed markup as text in the form, the error list and the preview", async () => {
    const xss = '<img src=x onerror="window.__xss=1">';
    const values = { ...termsToForm(springTerms()), "content.captionRules": xss, "content.codes": xss };
    const page = await (await post(a, builder(), { ...values, action: "preview" })).text();
    const fragment = await (await post(a, `${builder()}/preview`, values)).text();
    for (const text of [page, fragment]) {
      expect(text).not.toContain("<img src=x");
      expect(text).toContain("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;");
    }
  });

  it("adds and removes deliverable rows without JavaScript, keeping every value", async () => {
    const values = { ...termsToForm(springTerms()), "content.captionRules": "Kept as typed" };
    const added = await (await post(a, builder(), { ...values, action: "add" })).text();
    expect(typedValue(added, "rows")).toBeNull(); // hidden: read it from the markup
    expect(added).toContain('name="rows" value="4"');
    expect(typedValue(added, "deliverables[3].platform")).toBeNull();
    expect(added).toContain("Deliverable 4</legend>");
    expect(typedValue(added, "deliverables[3].goLive")).toBe("2027-03-01");
    expect(added).toContain("Kept as typed</textarea>");
    // Removing the first row moves the story and the video up.
    const removed = await (await post(a, builder(), { ...values, action: "remove:0" })).text();
    expect(removed).toContain('name="rows" value="2"');
    expect(typedValue(removed, "deliverables[0].goLive")).toBe("2027-03-10");
    expect(typedValue(removed, "deliverables[0].frames")).toBe("3");
    expect(typedValue(removed, "deliverables[1].goLive")).toBe("2027-03-20");
    expect(removed).not.toContain("Deliverable 3</legend>");
    expect(removed).not.toContain('class="field-error"');
  });

  it("draws the preview fragment from what is typed", async () => {
    const res = await post(a, `${builder()}/preview`, {
      ...termsToForm(springTerms()),
      "compensation.fee.amount": "1300.00",
    });
    expect(res.status).toBe(200);
    const fragment = await res.text();
    expect(fragment.startsWith("<article")).toBe(true);
    expect(fragment).toContain("Draft (not issued)");
    expect(fragment).toContain("1,300.00 EUR");
  });

  it("issues a version from the form with the very terms typed, then sends and revokes a link", async () => {
    const res = await post(a, builder(), { ...termsToForm(springTerms()), action: "issue" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${builder()}?issued=1`);
    const v1 = await call(
      s.app,
      "GET",
      `/api/v1/partnerships/${partnership}/contract/versions/1`,
      bearer(member),
    );
    expect(v1.body.terms).toEqual(springTerms());
    const page = await (await get(a, `${builder()}?issued=1`)).text();
    expect(page).toContain("Version 1 is issued");
    expect(page).toContain("Starts from version 1, the newest.");
    expect(page).toContain("Issue version 2");
    // The link sticker is allowed, with the creator's count at the latest audit (tiny_baker's
    // profile says 8,000 followers; the upload audited it at the test clock, 2026-11-01), under it.
    expect(page).toContain(
      '<p class="hint" id="f-deliverables-1--linkSticker-hint"><strong class="field-warning">Warning: link stickers need over 10,000 followers; @tiny_baker had 8,000 on 2026-11-01</strong></p>',
    );
    const sent = await post(a, `${builder()}/links`, {});
    expect(sent.status).toBe(200);
    const sentPage = await sent.text();
    const url = /value="(http[^"]*\/contract\/(vcon[^"]+))"/.exec(sentPage);
    expect(url).not.toBeNull();
    const token = (url as RegExpExecArray)[2] as string;
    expect((await app.request(`/contract/${token}`)).status).toBe(200);
    // Shown once: the page opened again does not hold it.
    expect(await (await get(a, builder())).text()).not.toContain(token);
    const linkId = Number(/Link (\d+), made/.exec(sentPage)?.[1]);
    const revoked = await post(a, `${builder()}/links/${linkId}/revoke`, {});
    expect(revoked.status).toBe(303);
    expect(await (await get(a, `${builder()}?revoked=${linkId}`)).text()).toContain(
      `revoked ${new Date(s.clock.now).toISOString().slice(0, 10)}`,
    );
    expect((await app.request(`/contract/${token}`)).status).toBe(404);
  });

  it("shows a proposal as the current value against the proposed one, and answers it", async () => {
    const link = await call(
      s.app,
      "POST",
      `/api/v1/partnerships/${partnership}/contract/links`,
      bearer(member),
      {
        expiresInDays: 7,
      },
    );
    const token = link.body.token as string;
    const proposed = await app.request(`/contract/${token}/propose`, {
      method: "POST",
      body: new URLSearchParams({
        field: "compensation.fee",
        proposed: "1,500.00 EUR",
        comment: "Two reels take a week",
      }).toString(),
      headers: { ...FORM, origin: "http://localhost" },
    });
    expect(proposed.status).toBe(303);
    const page = await (await get(a, `${builder()}/proposals`)).text();
    expect(page).toContain("<del>1,200.00 EUR</del>");
    expect(page).toContain("<ins>1,500.00 EUR</ins>");
    expect(page).toContain("Two reels take a week");
    expect(page).toContain(`href="${builder()}?answer=proposals"`);
    expect(await (await get(a, builder())).text()).toContain("The creator proposed 1 change");
    const answer = await (await get(a, `${builder()}?answer=proposals`)).text();
    expect(typedValue(answer, "compensation.fee.amount")).toBe("1500.00");
    expect(answer).toContain('<a href="#f-compensation-fee-amount">Fee</a>: “1,500.00 EUR”');
    // The fee changed alone: its instalments (600 + 600) no longer add up, said at once.
    const alone = await post(a, builder(), {
      ...termsToForm(springTerms()),
      "compensation.fee.amount": "1500.00",
      action: "issue",
    });
    expect(alone.status).toBe(400);
    const alonePage = await alone.text();
    expect(alonePage).toContain('<li><a href="#f-payment-instalments">Fee instalments</a>:');
    expect(alonePage).toContain('<fieldset id="f-payment-instalments"');
    expect(errorAt(alonePage, "payment.instalments")).toBe(
      "the instalments add up to 1,200.00 EUR, the fee is 1,500.00 EUR",
    );
    const issued = await post(a, builder(), {
      ...termsToForm(springTerms()),
      "compensation.fee.amount": "1500.00",
      "payment.instalments[1].amount": "900.00",
      action: "issue",
    });
    expect(issued.status).toBe(303);
    const proposals = await (await get(a, `${builder()}/proposals`)).text();
    expect(proposals).toContain("version 2: 1,500.00 EUR");
  });

  it("keeps an owner's terms as the template, laid onto another campaign's dates", async () => {
    // A member may not, whether the terms are good or not (the role is checked first).
    for (const wording of ["#ad", "#sp"]) {
      const refused = await asMember(builder(), {
        ...termsToForm(springTerms()),
        "disclosure.wording": wording,
        action: "template",
      });
      expect([wording, refused.status]).toEqual([wording, 403]);
    }
    const saved = await post(a, builder(), { ...termsToForm(springTerms()), action: "template" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${builder()}?template=saved`);
    const summer = await call(s.app, "POST", "/api/v1/campaigns", bearer(member), {
      name: "Summer bake",
      startsOn: "2027-06-01",
      endsOn: "2027-06-30",
      goal: "sell",
      currency: "EUR",
      landingUrl: "https://example.com/summer",
      products: [],
      kpis: [],
    });
    const second = (
      await call(s.app, "POST", `/api/v1/campaigns/${summer.body.id}/partnerships`, bearer(member), {
        creatorId: baker,
      })
    ).body.id;
    const page = await (await get(a, `/partnerships/${second}/contract`)).text();
    expect(page).toContain("Starts from the workspace&#39;s template");
    // Spring: from 03-01, reel live 03-05 (+4), video draft 03-15 (+14), rights end 09-30 (+213).
    expect(typedValue(page, "from")).toBe("2027-06-01");
    expect(typedValue(page, "to")).toBe("2027-06-30");
    expect(typedValue(page, "deliverables[0].goLive")).toBe("2027-06-05");
    expect(typedValue(page, "deliverables[2].draftDue")).toBe("2027-06-15");
    expect(typedValue(page, "usage.expires")).toBe("2027-12-31");
    expect(typedValue(page, "compensation.fee.amount")).toBe("1200.00");
  });

  it("verifies an uploaded PDF: the accepted copy matches, one byte changed does not", async () => {
    const link = await call(
      s.app,
      "POST",
      `/api/v1/partnerships/${partnership}/contract/links`,
      bearer(member),
      {
        expiresInDays: 7,
      },
    );
    const accepted = await app.request(`/contract/${link.body.token}/accept`, {
      method: "POST",
      body: new URLSearchParams({ version: "2", consent: "yes", fullName: "Tina Baker" }).toString(),
      headers: { ...FORM, origin: "http://localhost" },
    });
    expect(accepted.status).toBe(303);
    const pdf = new Uint8Array(
      await (
        await app.request(`/api/v1/partnerships/${partnership}/contract/versions/2/pdf`, {
          headers: bearer(member),
        })
      ).arrayBuffer(),
    );
    const check = async (ws: TestWorkspace, bytes: Uint8Array) => {
      const body = new FormData();
      body.append("file", new File([bytes], "signed.pdf", { type: "application/pdf" }));
      const res = await app.request("/contracts/verify", { method: "POST", body, headers: session(ws) });
      expect(res.status).toBe(200);
      return res.text();
    };
    expect((await get(a, "/contracts/verify")).status).toBe(200);
    const ok = await check(a, pdf);
    expect(ok).toContain(
      `matches <a href="${builder()}">partnership ${partnership}</a>, version 2: the accepted copy, with its certificate page. Accepted by Tina Baker on`,
    );
    const changed = pdf.slice();
    changed[100] = (changed[100] as number) ^ 1;
    expect(await check(a, changed)).toContain("is <strong>not</strong> a contract this workspace issued");
    // Another workspace did not issue it.
    expect(await check(b, pdf)).toContain("is <strong>not</strong> a contract this workspace issued");
    // The builder of an accepted contract offers no form.
    const final = await (await get(a, builder())).text();
    expect(final).toContain("Version 2 is accepted: the contract is final.");
    expect(final).not.toContain('id="contract-builder"');
  });

  it("lets a viewer read every page and write none", async () => {
    const read = await app.request(builder(), { headers: bearer(viewer) });
    expect(read.status).toBe(200);
    const page = await read.text();
    expect(page).not.toContain('id="contract-builder"');
    expect(page).not.toContain("Send a review link");
    expect((await app.request(`${builder()}/proposals`, { headers: bearer(viewer) })).status).toBe(200);
    for (const path of [
      builder(),
      `${builder()}/preview`,
      `${builder()}/links`,
      `${builder()}/links/1/revoke`,
    ]) {
      const res = await app.request(path, {
        method: "POST",
        body: "action=preview",
        headers: bearer(viewer, FORM),
      });
      expect([path, res.status]).toEqual([path, 403]);
    }
  });

  it("isolation: another workspace gets 404 on every new route with this workspace's ids", async () => {
    const links = await call(
      s.app,
      "GET",
      `/api/v1/partnerships/${partnership}/contract/versions`,
      bearer(member),
    );
    expect(links.status).toBe(200);
    const reads = [builder(), `${builder()}?answer=proposals`, `${builder()}/proposals`];
    for (const path of reads) expect([path, (await get(b, path)).status]).toEqual([path, 404]);
    const writes = [builder(), `${builder()}/preview`, `${builder()}/links`, `${builder()}/links/1/revoke`];
    for (const path of writes)
      expect([
        path,
        (await post(b, path, { ...termsToForm(springTerms()), action: "template" })).status,
      ]).toEqual([path, 404]);
    // And nothing of A's was saved as B's template: B's builder pages have no partnership to start from.
    expect((await get(b, "/partnerships/abc/contract")).status).toBe(404);
  });
});
