// A stored audit of an older method, read through the web app on every database kind.
// sunny_trails (fixtures/demo) is audited now, then its stored row is made what audit-v3
// stored: no username history, no pinned-post or hidden-likes counts, no possibly-spam
// counts, method_version audit-v3. The creator page, the report page and the API show
// those parts as "not computed by audit-v3" (null in JSON) and keep the score audit-v3
// computed. glowup_daily's row is given a method this Vouch does not know: a 409 that says so.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  type App,
  bearer,
  call,
  createToken,
  fixtureFile,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  upload,
} from "../helpers/server.js";

/** The HTML of one section of a page. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf("</section>", start));
}

describe.each(DATABASE_KINDS)("an audit stored by audit-v3, read on %s", (kind) => {
  let s: TestServer;
  let app: App;
  let a: TestWorkspace;
  let member: string;
  const ids: Record<string, number> = {};
  let score: number | null;

  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 50 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Old audits agency");
    member = (await createToken(s, a, "member")).token;
    const r = await upload(app, bearer(member), [
      fixtureFile("demo/sunny_trails.json"),
      fixtureFile("demo/glowup_daily.json"),
    ]);
    expect(r.status).toBe(201);
    for (const c of (await call(app, "GET", "/api/v1/creators", bearer(member))).body.items)
      ids[c.username] = c.creatorId;
    for (const name of ["sunny_trails", "glowup_daily"]) {
      const audit = await call(app, "POST", `/api/v1/creators/${ids[name]}/audits`, bearer(member));
      expect(audit.status).toBe(201);
      if (name === "sunny_trails") score = audit.body.result.score.value;
    }
    // What audit-v3 stored: the audit-v4, audit-v5 and audit-v6 parts taken out of sunny_trails' row.
    await sql`update audits set method_version = 'audit-v3', result = jsonb_set(
        (result - 'usernames' - 'notComputed')
          #- '{engagement,pinnedLeftOut}' #- '{engagement,likesHidden}'
          #- '{comments,possibleSpam}' #- '{comments,possibleSpamShare}'
          #- '{comments,possibleSpamByReason}' #- '{comments,examples,possibleSpam}'
          #- '{comments,friendTags}',
        '{methodVersion}', '"audit-v3"')
      where account_id = (select id from accounts where username = 'sunny_trails')`.execute(s.d.db);
    await sql`update audits set method_version = 'audit-v9'
      where account_id = (select id from accounts where username = 'glowup_daily')`.execute(s.d.db);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("the creator page says what audit-v3 did not compute, and shows what it did", async () => {
    const res = await call(app, "GET", `/creators/${ids.sunny_trails}`, session(a));
    expect(res.status).toBe(200);
    const html = res.text;
    expect(html).toContain("Audit <code>audit-v3</code> computed");
    expect(section(html, "usernames")).toContain(
      "Not computed by audit-v3: this audit did not read the username history. Re-run the audit to see it.",
    );
    expect(section(html, "evidence-posts")).toContain(
      "Old pinned posts and hidden like counts in this window: not computed by audit-v3.",
    );
    const spam = section(html, "evidence-spam");
    expect(spam).toContain(
      "Possibly-spam comments (counted apart, not against the creator): not computed by audit-v3.",
    );
    expect(spam).not.toContain("Possibly spam (not counted)");
    // The score audit-v3 computed is shown as stored, in the summary at the top.
    expect(score).not.toBeNull();
    expect(section(html, "summary")).toContain(`">${score} / 100</p>`);
  });

  it("the report lists the parts not computed in its method section", async () => {
    const res = await call(app, "GET", `/creators/${ids.sunny_trails}/report`, session(a));
    expect(res.status).toBe(200);
    expect(res.text).toContain("Not computed by audit-v3 (re-run the audit to see them)");
    for (const label of [
      "old pinned posts and hidden like counts in the engagement window",
      "the username history",
      "possibly-spam comments",
    ])
      expect(res.text).toContain(label);
  });

  it("the API answers null for each part and names it in notComputed", async () => {
    const res = await call(app, "GET", `/api/v1/creators/${ids.sunny_trails}`, bearer(member));
    expect(res.status).toBe(200);
    const r = res.body.latestAudit.result;
    expect(r.methodVersion).toBe("audit-v3");
    expect(r.usernames).toBeNull();
    expect([r.engagement.pinnedLeftOut, r.engagement.likesHidden]).toEqual([null, null]);
    expect([r.comments.possibleSpam, r.comments.possibleSpamShare, r.comments.examples.possibleSpam]).toEqual(
      [null, null, null],
    );
    expect(r.notComputed).toEqual([
      { part: "engagementWindow", by: "audit-v3" },
      { part: "usernames", by: "audit-v3" },
      { part: "possibleSpam", by: "audit-v3" },
      { part: "friendTags", by: "audit-v3" },
    ]);
    expect(r.score.value).toBe(score);
  });

  it("refuses an audit of a method this Vouch does not know, naming it", async () => {
    const api = await call(app, "GET", `/api/v1/creators/${ids.glowup_daily}`, bearer(member));
    expect(api.status).toBe(409);
    expect(api.body.error.code).toBe("conflict");
    expect(api.body.error.message).toContain('computed by method "audit-v9"');
    const page = await call(app, "GET", `/creators/${ids.glowup_daily}`, session(a));
    expect(page.status).toBe(409);
    expect(page.text).toContain("audit-v9");
  });
});
