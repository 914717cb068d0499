// The working list through the API, on PGlite and PostgreSQL: a creator added by handle
// alone (no data, not audited, a media kit can be asked for), its status, tags, notes (author
// and time), archive, the deletion preview and the delete, the list's new filters and the
// CSV exports with the list's filters. Workspace: tiny_baker imported (Instaloader fixture,
// audited), then sunny_new and -dash_cook added by handle.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  type Json,
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

describe.each(DATABASE_KINDS)("the working list's API on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let member: string;
  let viewer: string;
  let baker: number;
  let sunny: number;
  let dash: number;

  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Worklist brand");
    member = (await createToken(s, ws, "member")).token;
    viewer = (await createToken(s, ws, "viewer")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      // Audited below (the API test) or not at all: the delete's counts name every audit.
      audit: "false",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const list = await call(s.app, "GET", "/api/v1/creators", bearer(member));
    baker = list.body.items[0].creatorId;
    expect((await call(s.app, "POST", `/api/v1/creators/${baker}/audits`, bearer(member))).status).toBe(201);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("adds a creator by platform and handle alone, ready for a media-kit request", async () => {
    const r = await call(s.app, "POST", "/api/v1/creators", bearer(member), {
      account: "Instagram:@Sunny_New",
    });
    // "Instagram" is no platform name: platforms are written in lower case.
    expect(r.status).toBe(400);
    const added = await call(s.app, "POST", "/api/v1/creators", bearer(member), {
      account: "instagram:@Sunny_New",
    });
    expect(added.status, added.text).toBe(201);
    sunny = added.body.creatorId;
    expect(added.body).toEqual({
      creatorId: sunny,
      account: "instagram:sunny_new",
      platform: "instagram",
      username: "sunny_new",
      status: "to_review",
      tags: [],
      archivedAt: null,
    });
    const again = await call(s.app, "POST", "/api/v1/creators", bearer(member), {
      account: "instagram:sunny_new",
    });
    expect([again.status, again.body.error.code, again.body.error.details]).toEqual([
      409,
      "conflict",
      { creatorId: sunny },
    ]);
    expect(
      (await call(s.app, "POST", "/api/v1/creators", bearer(viewer), { account: "instagram:x" })).status,
    ).toBe(403);

    const detail = await call(s.app, "GET", `/api/v1/creators/${sunny}`, bearer(viewer));
    expect([detail.body.profile, detail.body.latestAudit]).toEqual([null, null]);
    const listed = (await call(s.app, "GET", "/api/v1/creators?search=sunny", bearer(viewer))).body.items;
    expect(listed.map((c: Json) => [c.username, c.posts, c.comments, c.followers, c.latestAudit])).toEqual([
      ["sunny_new", 0, 0, null, null],
    ]);
    const kit = await call(s.app, "POST", `/api/v1/creators/${sunny}/media-kit-requests`, bearer(member), {});
    expect(kit.status, kit.text).toBe(201);
    expect(kit.body.url).toMatch(/\/kit\/vkit_/);

    dash = (
      await call(s.app, "POST", "/api/v1/creators", bearer(member), { account: "instagram:-dash_cook" })
    ).body.creatorId;
  });

  it("sets status and tags, and lists by them", async () => {
    const st = await call(s.app, "PUT", `/api/v1/creators/${baker}/status`, bearer(member), {
      status: "shortlisted",
    });
    expect(st.body).toEqual({ creatorId: baker, status: "shortlisted", tags: [], archivedAt: null });
    const bad = await call(s.app, "PUT", `/api/v1/creators/${baker}/status`, bearer(member), {
      status: "hired",
    });
    expect(bad.status).toBe(400);
    expect(
      (await call(s.app, "PUT", `/api/v1/creators/${baker}/status`, bearer(viewer), { status: "rejected" }))
        .status,
    ).toBe(403);

    // Trimmed, lower case, duplicates dropped, sorted.
    const tags = await call(s.app, "PUT", `/api/v1/creators/${baker}/tags`, bearer(member), {
      tags: [" Summer  Launch ", "bakery", "summer launch"],
    });
    expect(tags.body.tags).toEqual(["bakery", "summer launch"]);
    await call(s.app, "PUT", `/api/v1/creators/${sunny}/tags`, bearer(member), { tags: ["summer launch"] });
    const formula = await call(s.app, "PUT", `/api/v1/creators/${sunny}/tags`, bearer(member), {
      tags: ["=cmd()"],
    });
    expect([formula.status, formula.body.error.code]).toEqual([400, "invalid_input"]);

    const byStatus = await call(s.app, "GET", "/api/v1/creators?status=shortlisted", bearer(viewer));
    expect(byStatus.body.items.map((c: Json) => [c.username, c.status, c.tags])).toEqual([
      ["tiny_baker", "shortlisted", ["bakery", "summer launch"]],
    ]);
    const byTag = await call(s.app, "GET", "/api/v1/creators?tag=Summer%20Launch", bearer(viewer));
    expect(byTag.body.items.map((c: Json) => c.username)).toEqual(["sunny_new", "tiny_baker"]);
    const detail = await call(s.app, "GET", `/api/v1/creators/${baker}`, bearer(viewer));
    expect([detail.body.status, detail.body.tags, detail.body.archivedAt]).toEqual([
      "shortlisted",
      ["bakery", "summer launch"],
      null,
    ]);
  });

  it("keeps notes with their author and time, newest first", async () => {
    s.clock.now = NOW + 60_000;
    const viaSession = await call(s.app, "POST", `/api/v1/creators/${baker}/notes`, session(ws), {
      text: "  Asked for rates.\r\nWaiting.  ",
    });
    expect(viaSession.status, viaSession.text).toBe(201);
    s.clock.now = NOW + 120_000;
    const viaToken = await call(s.app, "POST", `/api/v1/creators/${baker}/notes`, bearer(member), {
      text: "Rates in.",
    });
    expect(
      (await call(s.app, "POST", `/api/v1/creators/${baker}/notes`, bearer(member), { text: "   " })).status,
    ).toBe(400);
    const notes = await call(s.app, "GET", `/api/v1/creators/${baker}/notes`, bearer(viewer));
    expect(notes.body.items).toEqual([
      {
        id: viaToken.body.id,
        text: "Rates in.",
        author: "API token",
        authorId: null,
        createdAt: new Date(NOW + 120_000).toISOString(),
      },
      {
        id: viaSession.body.id,
        text: "Asked for rates.\nWaiting.",
        author: ws.owner.email,
        authorId: ws.userId,
        createdAt: new Date(NOW + 60_000).toISOString(),
      },
    ]);
    s.clock.now = NOW;
  });

  it("archives: the list hides the creator unless asked, and it comes back", async () => {
    const r = await call(s.app, "PUT", `/api/v1/creators/${sunny}/archived`, bearer(member), {
      archived: true,
    });
    expect(r.body.archivedAt).toBe(new Date(NOW).toISOString());
    const names = async (q: string) =>
      (await call(s.app, "GET", `/api/v1/creators${q}`, bearer(viewer))).body.items.map(
        (c: Json) => c.username,
      );
    expect(await names("")).toEqual(["-dash_cook", "tiny_baker"]);
    expect(await names("?archived=include")).toEqual(["-dash_cook", "sunny_new", "tiny_baker"]);
    expect(await names("?archived=only")).toEqual(["sunny_new"]);
    expect(await names("?archived=only&tag=summer%20launch")).toEqual(["sunny_new"]);
  });

  it("exports the list as CSV with the list's filters, formulas made inert", async () => {
    const all = await call(s.app, "GET", "/api/v1/exports/creators.csv?archived=include", bearer(viewer));
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(all.headers.get("content-disposition")).toBe(
      'attachment; filename="vouch-creators-2026-11-01.csv"',
    );
    const lines = all.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "account,platform,username,status,tags,archived_at,followers,posts,comments,audited_at,method_version,trust_score,grade,tier,median_er,benchmark_er,reply_share,generic_share,fake_follower_share,score_coverage,score_provisional",
    );
    // The username "-dash_cook" would be a formula to a spreadsheet: it gets an apostrophe.
    expect(lines[1]).toBe("instagram:-dash_cook,instagram,'-dash_cook,to_review,,,,0,0,,,,,,,,,,,,");
    expect(lines[2]).toBe(
      `instagram:sunny_new,instagram,sunny_new,to_review,summer launch,${new Date(NOW).toISOString()},,0,0,,,,,,,,,,,,`,
    );
    expect(lines[3]).toMatch(
      /^instagram:tiny_baker,instagram,tiny_baker,shortlisted,bakery; summer launch,,\d+,/,
    );
    expect(lines[4]).toBe("");
    expect(lines).toHaveLength(5);
    const shortlisted = await call(
      s.app,
      "GET",
      "/api/v1/exports/creators.csv?status=shortlisted",
      bearer(viewer),
    );
    expect(
      shortlisted.text
        .split("\r\n")
        .slice(1, -1)
        .map((l) => l.split(",")[0]),
    ).toEqual(["instagram:tiny_baker"]);
  });

  it("exports the compare table as CSV", async () => {
    const r = await call(
      s.app,
      "GET",
      `/api/v1/exports/compare.csv?creatorIds=${baker},${dash}`,
      bearer(viewer),
    );
    expect(r.status, r.text).toBe(200);
    const rows = r.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(rows[0]).toBe("Figure,instagram:tiny_baker,instagram:-dash_cook");
    // tiny_baker's score has no follower sample, growth series or 10 posts for disclosure:
    // 100% − 25% (audience) − 10% (growth) − 10% (disclosure) = 55% of the weight, below 60%.
    expect(rows[3]).toBe("Confidence,based on 55% of the evidence · provisional,");
    expect(rows[5]).toMatch(/^Tier,\w+,$/);
    expect(rows[6]).toMatch(/^Audit,"2026-11-01, audit-v\d+",not audited yet$/);
    expect(
      (await call(s.app, "GET", `/api/v1/exports/compare.csv?creatorIds=${baker}`, bearer(viewer))).status,
    ).toBe(400);
  });

  it("says what a delete removes, then deletes it all", async () => {
    const preview = await call(s.app, "GET", `/api/v1/creators/${baker}/deletion`, bearer(viewer));
    expect(preview.body.accounts).toEqual(["instagram:tiny_baker"]);
    expect(preview.body.rows).toMatchObject({
      creators: 1,
      accounts: 1,
      audits: 1,
      creator_tags: 2,
      creator_notes: 2,
    });
    expect(preview.body.rows.comments).toBeGreaterThan(0);
    expect((await call(s.app, "DELETE", `/api/v1/creators/${baker}`, bearer(viewer))).status).toBe(403);
    const gone = await call(s.app, "DELETE", `/api/v1/creators/${baker}`, bearer(member));
    expect(gone.body).toEqual(preview.body);
    expect((await call(s.app, "GET", `/api/v1/creators/${baker}`, bearer(member))).status).toBe(404);
    expect((await call(s.app, "DELETE", `/api/v1/creators/${baker}`, bearer(member))).status).toBe(404);
    // The handle can be added again, as a new creator.
    const back = await call(s.app, "POST", "/api/v1/creators", bearer(member), {
      account: "instagram:tiny_baker",
    });
    expect(back.status).toBe(201);
    expect(back.body.creatorId).not.toBe(baker);
  });
});
