// /api/v1/creators and audits, on PGlite and PostgreSQL: list with search,
// filters, sort and paging; one creator; running an audit, its history and one
// audit. Five creators are imported and audited; every figure is worked out by
// hand below (formulas: src/core/engagement.ts, responsiveness.ts, comment-quality.ts;
// thresholds: 3 posts with counts for an ER, 10 comments by others for reply and
// generic shares; tiers: nano < 5,000 followers ≤ micro < 20,000).
//
// - tiny_baker (Instaloader folder): 8,000 followers, micro, benchmark 0.0376; ER A 246/8000 =
//   0.03075, B 405/8000, C 164/8000 → median 0.03075; 4 of 12 top-level comments answered → 1/3;
//   5 of 13 comments by others generic → 5/13 ("@friend_one" is a friend tag, not generic, since
//   audit-v6; test/core/audit-tiny-baker.test.ts). 3 posts, 17 comments.
// - nano_knitter (snapshot made below): 2,000 followers, nano, benchmark 0.0645; ER 104/2000 =
//   0.052, 63/2000 = 0.0315, 143/2000 = 0.0715 → median 0.052; 5 of 10 answered → 0.5; 2 "wow" of 10
//   → 0.2. 3 posts, 15 comments (10 + 5 replies).
//   Trust score (docs/methodology.md 9, trust-v3): engagement 100 (no anomaly), responsiveness 100
//   (reply share 0.5 ≥ 0.4), comment quality 80 (generic 0.2, no spam: "Pattern link please" is no
//   longer spam; 100 − 0.1 / 0.15 × 30); no follower sample, history or sponsored post, so those
//   are left out: (0.25 × 100 + 0.15 × 100 + 0.15 × 80) / 0.55 = 94.5 → 95, grade A.
// - tiny_baker's trust score: engagement 100, responsiveness 85 + (1/3 − 0.25) / 0.15 × 15 = 93.3,
//   comment quality 70 − (5/13 − 0.25) / 0.25 × 70 = 32.3 (generic 5/13, no spam):
//   (25 + 14 + 4.85) / 0.55 = 79.7 → 80, grade B (test/core/audit-tiny-baker.test.ts; trust-v2: 74).
// - csv_cook (CSV): 12,000 followers (the newer profile row), micro; p-102 has no like count, so 2
//   posts with counts: no ER, no benchmark; 7 top-level comments by others (c-2, c-9 are the
//   creator's): no reply or generic share. 3 posts, 9 comments, 5 sampled followers.
// - trail_runner (snapshot): 6,400 followers, micro; 2 posts: no ER; 3 top-level comments by others:
//   no shares. 2 posts, 4 comments, 2 sampled followers.
// - pixel_potter (3 GraphQL post files): no profile, so no followers and no tier; 3 posts,
//   7 comments (CXa1 3 + 1 reply, CXa2 2, CXa3 1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import {
  bearer,
  call,
  createToken,
  fixtureFile,
  type Json,
  NOW,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const COMPUTED_AT = new Date(NOW).toISOString();

/** nano_knitter's snapshot: the numbers in the header comment come from here. */
function knitterSnapshot(): File {
  const at = (day: number, minutes: number) =>
    new Date(Date.UTC(2026, 9, day, 10, 0) + minutes * 60_000).toISOString();
  const fan = (n: number, text: string, day: number, replyAfter: number | null) => ({
    id: `kc-${n}`,
    author: { id: `f${n}`, username: `fan_${n}` },
    text,
    // An hour after the post: none is a "fast" comment.
    createdAt: at(day, 60),
    replies:
      replyAfter === null
        ? []
        : [
            {
              id: `kr-${n}`,
              author: { id: "7700001", username: "nano_knitter" },
              text: `Thank you, fan ${n}!`,
              createdAt: at(day, 60 + replyAfter),
            },
          ],
  });
  const snapshot = {
    format: "vouch.snapshot/v1",
    capturedAt: "2026-10-20T00:00:00Z",
    account: { platform: "instagram", username: "nano_knitter", id: "7700001" },
    profile: { followers: 2000, following: 300, posts: 3, fullName: "Nano Knitter" },
    posts: [
      {
        id: "k-1",
        takenAt: at(10, 0),
        kind: "image",
        likes: 100,
        commentCount: 4,
        comments: [
          fan(1, "wow", 10, null),
          fan(2, "Which yarn weight is this?", 10, 10),
          fan(3, "Pattern link please", 10, 20),
          fan(4, "How long did the sleeves take?", 10, null),
        ],
      },
      {
        id: "k-2",
        takenAt: at(12, 0),
        kind: "image",
        likes: 60,
        commentCount: 3,
        comments: [
          fan(5, "WOW", 12, null),
          fan(6, "Is this merino?", 12, 30),
          fan(7, "The colour changes on the yoke are lovely work", 12, null),
        ],
      },
      {
        id: "k-3",
        takenAt: at(14, 0),
        kind: "image",
        likes: 140,
        commentCount: 3,
        comments: [
          fan(8, "Do you sell these?", 14, 40),
          fan(9, "What needle size did you use", 14, 50),
          fan(10, "The cables are so even", 14, null),
        ],
      },
    ],
  };
  return new File([JSON.stringify(snapshot)], "nano_knitter.json");
}

const headline = (h: Partial<Record<string, unknown>>) => ({
  id: expect.any(Number),
  computedAt: COMPUTED_AT,
  methodVersion: "audit-v6",
  tier: "micro",
  medianRate: null,
  benchmarkRate: null,
  replyShare: null,
  genericShare: null,
  fakeShare: null,
  trustScore: null,
  scoreGrade: null,
  // No component had data: no score, and nothing to call provisional.
  scoreCoverage: 0,
  scoreProvisional: null,
  ...h,
});

const EXPECTED: Record<string, Json> = {
  csv_cook: {
    account: "instagram:csv_cook",
    platform: "instagram",
    username: "csv_cook",
    followers: 12000,
    posts: 3,
    comments: 9,
    followerSample: 5,
    latestAudit: headline({}),
  },
  nano_knitter: {
    account: "instagram:nano_knitter",
    platform: "instagram",
    username: "nano_knitter",
    followers: 2000,
    posts: 3,
    comments: 15,
    followerSample: 0,
    latestAudit: headline({
      tier: "nano",
      medianRate: 0.052,
      benchmarkRate: 0.0645,
      replyShare: 0.5,
      genericShare: 0.2,
      trustScore: 95,
      scoreGrade: "A",
      // Engagement 25% + responsiveness 15% + comments 15% had data (no follower sample, no
      // history, too few posts for disclosure): 55%, below 60%, provisional.
      scoreCoverage: 0.55,
      scoreProvisional: true,
    }),
  },
  pixel_potter: {
    account: "instagram:pixel_potter",
    platform: "instagram",
    username: "pixel_potter",
    followers: null,
    posts: 3,
    comments: 7,
    followerSample: 0,
    latestAudit: headline({ tier: null }),
  },
  tiny_baker: {
    account: "instagram:tiny_baker",
    platform: "instagram",
    username: "tiny_baker",
    followers: 8000,
    posts: 3,
    comments: 17,
    followerSample: 0,
    latestAudit: headline({
      medianRate: 0.03075,
      benchmarkRate: 0.0376,
      replyShare: 1 / 3,
      genericShare: 5 / 13,
      trustScore: 80,
      scoreGrade: "B",
      scoreCoverage: 0.55,
      scoreProvisional: true,
    }),
  },
  trail_runner: {
    account: "instagram:trail_runner",
    platform: "instagram",
    username: "trail_runner",
    followers: 6400,
    posts: 2,
    comments: 4,
    followerSample: 2,
    latestAudit: headline({}),
  },
};

describe.each(DATABASE_KINDS)("GET /api/v1/creators on %s", (kind) => {
  let s: TestServer;
  let h: Record<string, string>;
  const ids: Record<string, number> = {};

  /** The expected list items, in this order, with their creator ids; all on the list, to review. */
  const items = (...names: string[]) =>
    names.map((n) => ({
      creatorId: ids[n],
      status: "to_review",
      tags: [],
      archivedAt: null,
      ...EXPECTED[n],
    }));

  async function list(query: string) {
    const r = await call(s.app, "GET", `/api/v1/creators${query}`, h);
    expect(r.status, r.text).toBe(200);
    return r.body;
  }

  beforeAll(async () => {
    s = await openTestServer(kind);
    const ws = await signUpWorkspace(s, "Creators brand");
    h = bearer((await createToken(s, ws, "member")).token);
    const uploads: [File[], Record<string, string>][] = [
      [tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT }],
      [[knitterSnapshot()], {}],
      [
        ["posts", "comments", "followers", "profile"].map((n) => fixtureFile(`csv/${n}.csv`)),
        {
          account: "instagram:csv_cook",
        },
      ],
      [[fixtureFile("snapshot/trail_runner.json")], {}],
      [["CXa1", "CXa2", "CXa3"].map((n) => fixtureFile(`graphql/pixel_potter/${n}.json`)), {}],
    ];
    // Each upload audits what it imported (the API's default, as on the import page and in
    // `vouch import`): the list's latest audits are these.
    for (const [files, fields] of uploads) {
      const r = await upload(s.app, h, files, fields);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.audited).toBe(true);
      expect(r.body.creators).toEqual([
        expect.objectContaining({ audit: expect.objectContaining({ id: expect.any(Number) }) }),
      ]);
    }
    const all = await list("");
    for (const c of all.items) ids[c.username] = c.creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists every creator by username with its latest audit's headline figures", async () => {
    expect(await list("")).toEqual({
      items: items("csv_cook", "nano_knitter", "pixel_potter", "tiny_baker", "trail_runner"),
      total: 5,
      page: 1,
      pageSize: 50,
    });
  });

  it("search: a case-insensitive part of the username", async () => {
    expect(await list("?search=TINY")).toMatchObject({ items: items("tiny_baker"), total: 1 });
    // "er" is in knitter, potter, baker and runner, not in csv_cook.
    expect(await list("?search=er")).toMatchObject({
      items: items("nano_knitter", "pixel_potter", "tiny_baker", "trail_runner"),
      total: 4,
    });
    expect(await list("?search=nobody")).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
  });

  it("search: % and _ are searched for as characters, not as wildcards", async () => {
    // No username holds a "%": searching for one finds nobody.
    expect.soft(await list("?search=%25")).toMatchObject({ items: [], total: 0 });
    // "c_o" is in no username; as a LIKE pattern ("_" = any character) it would match "coo" in csv_cook.
    expect.soft(await list("?search=c_o")).toMatchObject({ items: [], total: 0 });
    // A real underscore still matches: "l_r" is in trail_runner.
    expect(await list("?search=l_r")).toMatchObject({ items: items("trail_runner"), total: 1 });
  });

  it("tier filter (from the latest audit)", async () => {
    expect(await list("?tier=micro")).toMatchObject({
      items: items("csv_cook", "tiny_baker", "trail_runner"),
      total: 3,
    });
    expect(await list("?tier=nano")).toMatchObject({ items: items("nano_knitter"), total: 1 });
    expect(await list("?tier=mid")).toMatchObject({ items: [], total: 0 });
  });

  it("minRate, maxRate and minReplyShare: creators without the figure are left out", async () => {
    // 0.03075 ≥ 0.03075 is kept; 0.0308 leaves only the knitter's 0.052.
    expect(await list("?minRate=0.03075")).toMatchObject({ items: items("nano_knitter", "tiny_baker") });
    expect(await list("?minRate=0.0308")).toMatchObject({ items: items("nano_knitter"), total: 1 });
    expect(await list("?maxRate=0.05")).toMatchObject({ items: items("tiny_baker"), total: 1 });
    expect(await list("?minRate=0.03&maxRate=0.06")).toMatchObject({ total: 2 });
    // 1/3 ≈ 0.333 and 0.5.
    expect(await list("?minReplyShare=0.3")).toMatchObject({ items: items("nano_knitter", "tiny_baker") });
    expect(await list("?minReplyShare=0.34")).toMatchObject({ items: items("nano_knitter"), total: 1 });
    expect(await list("?minReplyShare=0.51")).toMatchObject({ items: [], total: 0 });
  });

  it("minTrustScore and sort by trust score; an empty filter value is no filter, not 0", async () => {
    // Scores: nano_knitter 95, tiny_baker 80, the others none (header comment).
    expect(await list("?minTrustScore=81")).toMatchObject({ items: items("nano_knitter"), total: 1 });
    expect(await list("?minTrustScore=80")).toMatchObject({ items: items("nano_knitter", "tiny_baker") });
    const order = async (q: string) => (await list(q)).items.map((c: { username: string }) => c.username);
    expect((await order("?sort=trustScore&order=desc")).slice(0, 2)).toEqual(["nano_knitter", "tiny_baker"]);
    // What a form sends for fields left blank: all five creators, as with no parameter.
    expect(await list("?minTrustScore=&minRate=&maxRate=&minReplyShare=&maxFakeShare=")).toMatchObject({
      total: 5,
    });
    const bad = await call(s.app, "GET", "/api/v1/creators?minTrustScore=101", h);
    expect(bad.status).toBe(400);
  });

  it("sort and order; creators without the figure come last, then by username", async () => {
    const order = async (q: string) => (await list(q)).items.map((c: { username: string }) => c.username);
    expect(await order("?sort=medianRate&order=desc")).toEqual([
      "nano_knitter", // 0.052
      "tiny_baker", // 0.03075
      "csv_cook",
      "pixel_potter",
      "trail_runner",
    ]);
    expect(await order("?sort=medianRate&order=asc")).toEqual([
      "tiny_baker",
      "nano_knitter",
      "csv_cook",
      "pixel_potter",
      "trail_runner",
    ]);
    // 12,000, 8,000, 6,400, 2,000, unknown.
    expect(await order("?sort=followers&order=desc")).toEqual([
      "csv_cook",
      "tiny_baker",
      "trail_runner",
      "nano_knitter",
      "pixel_potter",
    ]);
    expect(await order("?sort=followers")).toEqual([
      "nano_knitter",
      "trail_runner",
      "tiny_baker",
      "csv_cook",
      "pixel_potter",
    ]);
    // 17, 15, 9, 7, 4 comments.
    expect(await order("?sort=comments&order=desc")).toEqual([
      "tiny_baker",
      "nano_knitter",
      "csv_cook",
      "pixel_potter",
      "trail_runner",
    ]);
    // 0.5 and 1/3.
    expect(await order("?sort=replyShare&order=desc")).toEqual([
      "nano_knitter",
      "tiny_baker",
      "csv_cook",
      "pixel_potter",
      "trail_runner",
    ]);
    // 0.2 and 6/13 ≈ 0.46.
    expect(await order("?sort=genericShare&order=desc")).toEqual([
      "tiny_baker",
      "nano_knitter",
      "csv_cook",
      "pixel_potter",
      "trail_runner",
    ]);
    expect(await order("?sort=username&order=desc")).toEqual([
      "trail_runner",
      "tiny_baker",
      "pixel_potter",
      "nano_knitter",
      "csv_cook",
    ]);
  });

  it("paging: page, pageSize and the total of all pages", async () => {
    expect(await list("?pageSize=2")).toEqual({
      items: items("csv_cook", "nano_knitter"),
      total: 5,
      page: 1,
      pageSize: 2,
    });
    expect(await list("?pageSize=2&page=2")).toEqual({
      items: items("pixel_potter", "tiny_baker"),
      total: 5,
      page: 2,
      pageSize: 2,
    });
    expect(await list("?pageSize=2&page=3")).toEqual({
      items: items("trail_runner"),
      total: 5,
      page: 3,
      pageSize: 2,
    });
    // Filters, sort and paging together: micro creators by followers, 6,400 < 8,000 < 12,000.
    expect(await list("?tier=micro&sort=followers&pageSize=2&page=2")).toEqual({
      items: items("csv_cook"),
      total: 3,
      page: 2,
      pageSize: 2,
    });
  });

  it("a page past the end is empty but still tells the total", async () => {
    expect(await list("?pageSize=2&page=4")).toEqual({ items: [], total: 5, page: 4, pageSize: 2 });
  });

  it("bad query values: 400 invalid_input naming the field", async () => {
    for (const [query, field] of [
      ["pageSize=0", "pageSize"],
      ["pageSize=201", "pageSize"],
      ["pageSize=2.5", "pageSize"],
      ["page=0", "page"],
      ["page=abc", "page"],
      ["tier=giant", "tier"],
      ["sort=likes", "sort"],
      ["order=up", "order"],
      ["minRate=abc", "minRate"],
      ["minRate=-1", "minRate"],
      ["maxRate=101", "maxRate"],
      ["minReplyShare=1.5", "minReplyShare"],
      [`search=${"x".repeat(101)}`, "search"],
    ]) {
      const r = await call(s.app, "GET", `/api/v1/creators?${query}`, h);
      expect([query, r.status, r.body.error.code, r.body.error.details.field]).toEqual([
        query,
        400,
        "invalid_input",
        field,
      ]);
      expect(r.body.error.message.startsWith(`${field}: `), r.body.error.message).toBe(true);
    }
  });

  it("GET one creator: account, latest profile snapshot and latest audit", async () => {
    const r = await call(s.app, "GET", `/api/v1/creators/${ids.tiny_baker}`, h);
    expect(r.status).toBe(200);
    // The profile file tiny_baker_5550001.json.xz, captured at the form's capturedAt.
    expect(r.body).toEqual({
      creatorId: ids.tiny_baker,
      account: "instagram:tiny_baker",
      platform: "instagram",
      username: "tiny_baker",
      status: "to_review",
      tags: [],
      archivedAt: null,
      profile: {
        capturedAt: "2026-10-07T08:00:00.000Z",
        followers: 8000,
        following: 450,
        // Instaloader's profile JSON has no post count.
        posts: null,
        fullName: "Tiny Baker",
        bio: "Small-batch bakery ✨ Lyon",
        externalUrl: "https://example.invalid/bakery",
        category: "Bakery",
      },
      latestAudit: {
        id: EXPECTED.tiny_baker.latestAudit.id,
        computedAt: COMPUTED_AT,
        methodVersion: "audit-v6",
        result: expect.objectContaining({ methodVersion: "audit-v6" }),
      },
      // One audit so far: nothing to compare with.
      scoreChange: null,
    });
    expect(r.body.latestAudit.result.engagement.medianRate).toBe(0.03075);
    // No profile was imported for pixel_potter.
    const potter = await call(s.app, "GET", `/api/v1/creators/${ids.pixel_potter}`, h);
    expect(potter.body.profile).toBeNull();
    expect(potter.body.latestAudit.result.notEnoughData).toContain(
      "engagement rate: no follower count in the imported profile",
    );
  });

  it("unknown ids: 404 not_found; ids that are no ids: 400 naming the parameter", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/creators/999999"],
      ["GET", "/api/v1/creators/999999/audits"],
      ["POST", "/api/v1/creators/999999/audits"],
    ]) {
      const r = await call(s.app, method as string, path as string, h);
      expect([path, r.status, r.body]).toEqual([
        path,
        404,
        { error: { code: "not_found", message: "no creator 999999 in this workspace", details: {} } },
      ]);
    }
    const audit = await call(s.app, "GET", "/api/v1/audits/999999", h);
    expect([audit.status, audit.body.error]).toEqual([
      404,
      { code: "not_found", message: "no audit 999999 in this workspace", details: {} },
    ]);
    const route = await call(s.app, "GET", "/api/v1/nothing-here", h);
    expect([route.status, route.body.error.code]).toEqual([404, "not_found"]);
    for (const [path, field] of [
      ["/api/v1/creators/abc", "creatorId"],
      ["/api/v1/creators/0", "creatorId"],
      ["/api/v1/creators/1.5", "creatorId"],
      ["/api/v1/creators/2147483648/audits", "creatorId"],
      ["/api/v1/audits/-1", "auditId"],
    ]) {
      const r = await call(s.app, "GET", path as string, h);
      expect([path, r.status, r.body.error.code, r.body.error.details.field]).toEqual([
        path,
        400,
        "invalid_input",
        field,
      ]);
    }
  });
});

describe.each(DATABASE_KINDS)("audits through the API on %s", (kind) => {
  let s: TestServer;
  let h: Record<string, string>;
  let creatorId: number;
  let cliAudit: Json;

  beforeAll(async () => {
    s = await openTestServer(kind);
    const ws = await signUpWorkspace(s, "Audits brand");
    h = bearer((await createToken(s, ws, "member")).token);
    // Stored only (audit=false): the history below holds just the audits these tests run.
    const r = await upload(s.app, h, tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      audit: "false",
    });
    expect(r.status).toBe(201);
    creatorId = (await call(s.app, "GET", "/api/v1/creators", h)).body.items[0].creatorId;

    // The CLI on its own database of the same kind, on the same folder: `vouch audit --json`.
    const { env, cleanup } = await cliEnv(kind);
    try {
      const imported = await cli(
        ["import", `${FIXTURES}/instaloader/tiny_baker`, "--captured-at", TINY_BAKER_CAPTURED_AT, "--quiet"],
        env,
      );
      expect(imported.code).toBe(0);
      const audited = await cli(["audit", "instagram:tiny_baker", "--json"], env);
      expect(audited.code, audited.stderr).toBe(0);
      cliAudit = JSON.parse(audited.stdout);
    } finally {
      await cleanup();
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it("POST …/audits runs the audit: 201 with the hand-worked figures, the same result as the CLI's --json", async () => {
    const r = await call(s.app, "POST", `/api/v1/creators/${creatorId}/audits`, h);
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(Number),
      creatorId,
      computedAt: COMPUTED_AT,
      methodVersion: "audit-v6",
      result: expect.any(Object),
    });
    const result = r.body.result;
    // test/core/audit-tiny-baker.test.ts works these out from the fixture.
    expect(result.engagement.medianRate).toBe(0.03075);
    expect(result.engagement.meanRate).toBeCloseTo((0.03075 + 0.050625 + 0.0205) / 3, 12);
    expect(result.engagement.postsUsed).toBe(3);
    expect(result.engagement.tier).toBe("micro");
    expect(result.responsiveness.replyShare).toBeCloseTo(1 / 3, 12);
    expect(result.responsiveness.medianReplyDelayMinutes).toBe(45);
    expect(result.comments.total).toBe(13);
    expect(result.comments.genericShare).toBeCloseTo(5 / 13, 12);
    expect(result.comments.duplicateShare).toBeCloseTo(2 / 13, 12);
    expect(result.inputs).toEqual({
      from: "2026-10-01T09:00:00.000Z",
      to: "2026-10-06T12:00:00.000Z",
      posts: 3,
      comments: 17,
    });
    expect(result).toEqual(cliAudit);

    // GET /api/v1/audits/{id} answers the same stored audit.
    const one = await call(s.app, "GET", `/api/v1/audits/${r.body.id}`, h);
    expect([one.status, one.body]).toEqual([200, r.body]);
  });

  it("history lists the audits newest first; the creator and the list show the latest", async () => {
    const first = (await call(s.app, "GET", `/api/v1/creators/${creatorId}/audits`, h)).body.items;
    expect(first).toHaveLength(1);
    const start = s.clock.now;
    s.clock.now = start + 3_600_000;
    let second: Json;
    try {
      second = await call(s.app, "POST", `/api/v1/creators/${creatorId}/audits`, h);
    } finally {
      s.clock.now = start;
    }
    expect(second.status).toBe(201);
    const entry = (id: number, computedAt: string) => ({
      id,
      computedAt,
      methodVersion: "audit-v6",
      inputsFrom: "2026-10-01T09:00:00.000Z",
      inputsTo: "2026-10-06T12:00:00.000Z",
      medianRate: 0.03075,
      replyShare: 1 / 3,
      genericShare: 5 / 13,
      trustScore: 80,
      scoreVersion: "trust-v3",
    });
    const history = await call(s.app, "GET", `/api/v1/creators/${creatorId}/audits`, h);
    expect([history.status, history.body]).toEqual([
      200,
      {
        items: [
          entry(second.body.id, "2026-11-01T13:00:00.000Z"),
          entry(first[0].id, "2026-11-01T12:00:00.000Z"),
        ],
      },
    ]);
    const creator = await call(s.app, "GET", `/api/v1/creators/${creatorId}`, h);
    expect(creator.body.latestAudit).toEqual({
      id: second.body.id,
      computedAt: "2026-11-01T13:00:00.000Z",
      methodVersion: "audit-v6",
      result: second.body.result,
    });
    // The same data audited twice: the score and every component are unchanged.
    expect(creator.body.scoreChange).toMatchObject({
      previous: {
        auditId: first[0].id,
        computedAt: "2026-11-01T12:00:00.000Z",
        value: 80,
        version: "trust-v3",
      },
      delta: 0,
      comparable: true,
      note: null,
    });
    expect(creator.body.scoreChange.components.find((c: Json) => c.id === "responsiveness")).toEqual({
      id: "responsiveness",
      label: "Responsiveness",
      from: 93.3,
      to: 93.3,
      delta: 0,
    });
    const listed = (await call(s.app, "GET", "/api/v1/creators", h)).body.items[0];
    expect(listed.latestAudit).toMatchObject({ id: second.body.id, computedAt: "2026-11-01T13:00:00.000Z" });
    // The first audit is still readable.
    expect((await call(s.app, "GET", `/api/v1/audits/${first[0].id}`, h)).body.computedAt).toBe(
      "2026-11-01T12:00:00.000Z",
    );
  });
});
