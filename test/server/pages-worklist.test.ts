// The working list in the browser's pages, on PGlite and PostgreSQL: add by handle from
// the creators list, status, tags, a note and the archive on the creator page, the list's
// filters and its CSV link that keeps them, the compare table's CSV, and the delete behind
// its confirmation page naming what goes. Workspace: tiny_baker imported (Instaloader
// fixture: 3 posts, 17 comments, 1 profile snapshot, its one username; as api-creators.test.ts
// counts them), and sunny_new added by handle.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  NOW,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

describe.each(DATABASE_KINDS)("the working list's pages on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let ws: TestWorkspace;
  let baker: number;
  let sunny: number;

  const get = (path: string) => app.request(path, { headers: session(ws) });
  const post = (path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: session(ws, { "content-type": "application/x-www-form-urlencoded" }),
    });

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 20 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    ws = await signUpWorkspace(s, "Pages brand");
    const member = (await createToken(s, ws, "member")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      // Audited below (the API test) or not at all: the delete's counts name every audit.
      audit: "false",
    });
    expect(r.status).toBe(201);
    baker = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("adds a creator by handle from the list, which opens its page, not audited", async () => {
    const list = await (await get("/")).text();
    expect(list).toContain('action="/creators/add"');
    const r = await post("/creators/add", { account: "instagram:sunny_new" });
    expect(r.status).toBe(303);
    sunny = Number(/\/creators\/(\d+)$/.exec(r.headers.get("location") ?? "")?.[1]);
    const page = await (await get(`/creators/${sunny}`)).text();
    expect(page).toContain("This creator has not been audited yet.");
    expect(page).toContain("Ask for a media kit");
    expect(page).toContain('<option value="to_review" selected>to review</option>');
    const again = await post("/creators/add", { account: "instagram:sunny_new" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(`instagram:sunny_new is already creator ${sunny} of this workspace`);
  });

  it("sets status, tags and a note on the creator page", async () => {
    expect((await post(`/creators/${baker}/status`, { status: "shortlisted" })).headers.get("location")).toBe(
      `/creators/${baker}#worklist-h`,
    );
    expect((await post(`/creators/${baker}/tags`, { tags: "Bakery, summer launch," })).status).toBe(303);
    s.clock.now = NOW + 90_000;
    expect((await post(`/creators/${baker}/notes`, { text: "Asked for <rates>." })).status).toBe(303);
    s.clock.now = NOW;
    const page = await (await get(`/creators/${baker}`)).text();
    expect(page).toContain('<option value="shortlisted" selected>shortlisted</option>');
    expect(page).toContain('value="bakery, summer launch"');
    expect(page).toContain(
      `<p class="note-meta">${ws.owner.email}, <time datetime="2026-11-01T12:01:30.000Z">2026-11-01 12:01 UTC</time></p><p class="note-text">Asked for &lt;rates&gt;.</p>`,
    );
    // A refused form comes back as the page, with what was typed and the error next to it.
    const bad = await post(`/creators/${baker}/tags`, { tags: "vegan, =cmd()" });
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toContain('name="tags" type="text" value="vegan, =cmd()" autocomplete="off"');
    expect(badPage).toContain(
      '<p class="field-error" id="f-tags-error"><span class="visually-hidden">Error: </span>&quot; =cmd()&quot; is not a tag',
    );
    const empty = await post(`/creators/${baker}/notes`, { text: "   " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain(
      '<p class="field-error" id="note-text-error"><span class="visually-hidden">Error: </span>the note is empty</p>',
    );
  });

  it("keeps a refused handle in the add form, open, with the error next to it", async () => {
    const bad = await post("/creators/add", { account: "sunny new" });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('<details class="add-creator" open>');
    expect(text).toContain('value="sunny new"');
    expect(text).toContain('id="add-account-error"');
    // Past the form's own bound: the same page, not an error page.
    const long = `instagram:${"a".repeat(111)}`;
    const tooLong = await post("/creators/add", { account: long });
    expect(tooLong.status).toBe(400);
    const tooLongText = await tooLong.text();
    expect(tooLongText).toContain(`value="${long}"`);
    expect(tooLongText).toContain("is longer than 120 characters</p>");
    const taken = await post("/creators/add", { account: "instagram:tiny_baker" });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain("is already creator");
  });

  it("archives: the list hides it unless the filter shows it; the CSV link keeps the filters", async () => {
    expect((await post(`/creators/${sunny}/archive`, { archived: "true" })).status).toBe(303);
    const hidden = await (await get("/")).text();
    expect(hidden).not.toContain(">sunny_new</a>");
    expect(hidden).toContain('href="/creators.csv"');
    const shown = await (await get("/?archived=include&tag=bakery")).text();
    expect(shown).toContain(">tiny_baker</a>");
    expect(shown).toContain("shortlisted · bakery, summer launch");
    expect(shown).toContain('href="/creators.csv?tag=bakery&amp;archived=include"');
    const csv = await get("/creators.csv?archived=only");
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="vouch-creators-2026-11-01.csv"',
    );
    const lines = (await csv.text()).split("\r\n");
    expect(lines.slice(1)).toEqual([
      `instagram:sunny_new,instagram,sunny_new,to_review,,${new Date(NOW).toISOString()},,0,0,,,,,,,,,,,,`,
      "",
    ]);
    const archivedPage = await (await get(`/creators/${sunny}`)).text();
    expect(archivedPage).toContain("Archived on 2026-11-01");
    expect(archivedPage).toContain("Bring back to the list");
  });

  it("offers the compare table as CSV", async () => {
    const page = await (await get(`/compare?ids=${baker},${sunny}`)).text();
    expect(page).toContain(`href="/compare.csv?ids=${baker},${sunny}"`);
    const bytes = new Uint8Array(await (await get(`/compare.csv?ids=${baker},${sunny}`)).arrayBuffer());
    // A byte-order mark first, so that Excel reads the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split("\r\n")[0]).toBe("Figure,instagram:tiny_baker,instagram:sunny_new");
    expect((await get(`/compare.csv?ids=${baker}`)).status).toBe(400);
  });

  it("finds nothing of another workspace: its ids answer 404, its list and CSV hold nothing", async () => {
    const other = await signUpWorkspace(s, "Other brand");
    const as = (path: string, method = "GET") =>
      app.request(path, {
        method,
        body:
          method === "POST"
            ? new URLSearchParams({ status: "rejected", tags: "x", text: "x" }).toString()
            : undefined,
        headers: session(other, { "content-type": "application/x-www-form-urlencoded" }),
      });
    for (const [path, method] of [
      [`/creators/${baker}/status`, "POST"],
      [`/creators/${baker}/tags`, "POST"],
      [`/creators/${baker}/notes`, "POST"],
      [`/creators/${baker}/archive`, "POST"],
      [`/creators/${baker}/delete`, "GET"],
      [`/creators/${baker}/delete`, "POST"],
      [`/compare.csv?ids=${baker},${sunny}`, "GET"],
    ] as const)
      expect([path, method, (await as(path, method)).status]).toEqual([path, method, 404]);
    const csv = await (await as("/creators.csv?archived=include")).text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1);
    // Nothing of the first workspace changed.
    const page = await (await get(`/creators/${baker}`)).text();
    expect(page).toContain('<option value="shortlisted" selected>shortlisted</option>');
  });

  it("deletes after a confirmation page naming what goes", async () => {
    const confirm = await (await get(`/creators/${baker}/delete`)).text();
    expect(confirm).toContain("<h1>Delete tiny_baker?</h1>");
    // The fixture's rows and the 2 tags and 1 note set above; nothing it has none of.
    expect(confirm).toContain(
      "<li>the account instagram:tiny_baker</li>\n  <li>17 comments</li><li>3 posts</li><li>1 profile snapshot</li><li>1 username in the history</li><li>2 tags</li><li>1 note</li>\n</ul>",
    );
    const r = await post(`/creators/${baker}/delete`, {});
    expect([r.status, r.headers.get("location")]).toEqual([303, "/"]);
    expect((await get(`/creators/${baker}`)).status).toBe(404);
  });
});
