// POST /api/v1/imports: multipart uploads of every format `vouch import` reads, on
// PGlite and PostgreSQL. Expected counts are read off the fixture files by hand:
// - snapshot/trail_runner.json: posts tr-1, tr-2; comments tc-1, its reply tc-2, tc-3, tc-4;
//   2 sampled followers (hill_hana, bot_12345); a profile (6,400 followers).
// - csv/*.csv: posts p-100..p-102, comments c-1..c-9, followers.csv 5 rows, profile.csv 2 rows
//   (the newer one becomes the snapshot).
// - instaloader/tiny_baker: 3 post files, 3 comments files and the profile are read (7 files;
//   the .jpg, .txt and `id` are skipped); 17 comments (the audit test lists them).
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/core/errors.js";
import { DATABASE_KINDS, dumpTables } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  fixtureFile,
  fixtureFolder,
  form,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const TRAIL_RUNNER = {
  account: "instagram:trail_runner",
  created: true,
  posts: 2,
  comments: 4,
  followers: 2,
  snapshotAdded: true,
};
const CSV_COOK = {
  account: "instagram:csv_cook",
  created: true,
  posts: 3,
  comments: 9,
  followers: 5,
  snapshotAdded: true,
};
const TINY_BAKER = {
  account: "instagram:tiny_baker",
  created: true,
  posts: 3,
  comments: 17,
  followers: 0,
  snapshotAdded: true,
};

/** The tiny_baker folder zipped as `tiny_baker/<file>`, as a user zips a downloaded folder. */
function tinyBakerZip(replace: Record<string, string> = {}): File {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(fixtureFolder("instaloader/tiny_baker")))
    entries[`tiny_baker/${name}`] = name in replace ? new TextEncoder().encode(replace[name]) : bytes;
  return new File([zipSync(entries)], "tiny_baker.zip");
}

/** A snapshot whose first post has a negative like count. */
const BAD_SNAPSHOT = JSON.stringify({
  format: "vouch.snapshot/v1",
  capturedAt: "2026-11-01T10:00:00Z",
  account: { platform: "instagram", username: "bad_likes" },
  posts: [{ id: "p-1", takenAt: "2026-10-01T00:00:00Z", likes: -5, commentCount: 0 }],
});

describe.each(DATABASE_KINDS)("POST /api/v1/imports on %s", (kind) => {
  let s: TestServer;

  beforeAll(async () => {
    s = await openTestServer(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** A new workspace and a member token's headers: each test starts with no creators. */
  async function freshWorkspace(name: string) {
    const ws = await signUpWorkspace(s, name);
    return bearer((await createToken(s, ws, "member")).token);
  }

  async function creators(headers: Record<string, string>) {
    return (await call(s.app, "GET", "/api/v1/creators", headers)).body;
  }

  it("a Vouch snapshot JSON, stored only with audit=false", async () => {
    const h = await freshWorkspace("snapshot");
    const r = await upload(s.app, h, [fixtureFile("snapshot/trail_runner.json")], { audit: "false" });
    expect([r.status, r.body]).toEqual([
      201,
      {
        files: 1,
        accounts: [TRAIL_RUNNER],
        audited: false,
        creators: [{ account: "instagram:trail_runner", creatorId: expect.any(Number), audit: null }],
      },
    ]);
    expect((await creators(h)).items).toEqual([
      {
        creatorId: expect.any(Number),
        // The snapshot says "Trail_Runner": usernames are stored in lower case.
        account: "instagram:trail_runner",
        platform: "instagram",
        username: "trail_runner",
        followers: 6400,
        posts: 2,
        comments: 4,
        followerSample: 2,
        latestAudit: null,
        // A new creator starts on the working list as "to review", untagged, not archived.
        status: "to_review",
        tags: [],
        archivedAt: null,
      },
    ]);
  });

  it("audits what it imported by default, as the import page and `vouch import` do", async () => {
    const h = await freshWorkspace("audited");
    const r = await upload(s.app, h, tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    // tiny_baker's figures: median ER 0.03075, trust score 80 (B), worked out in
    // test/core/audit-tiny-baker.test.ts.
    expect([r.status, r.body]).toEqual([
      201,
      {
        files: 7,
        accounts: [TINY_BAKER],
        audited: true,
        creators: [
          {
            account: "instagram:tiny_baker",
            creatorId: expect.any(Number),
            audit: { id: expect.any(Number), medianRate: 0.03075, trustScore: 80, grade: "B" },
          },
        ],
      },
    ]);
    const [item] = (await creators(h)).items;
    expect(item.creatorId).toBe(r.body.creators[0].creatorId);
    expect(item.latestAudit).toMatchObject({ id: r.body.creators[0].audit.id, trustScore: 80 });
    // "true" says the same as no field; anything but true or false is refused, naming the field.
    const again = await upload(s.app, h, tinyBakerFiles(), {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      audit: "true",
    });
    expect(again.body.audited).toBe(true);
    const bad = await upload(s.app, h, tinyBakerFiles(), { audit: "later" });
    expect([bad.status, bad.body.error.code, bad.body.error.details.field]).toEqual([
      400,
      "invalid_input",
      "audit",
    ]);
  });

  it("the CSV files, with the account named in the form", async () => {
    const h = await freshWorkspace("csv");
    const files = ["posts", "comments", "followers", "profile"].map((n) => fixtureFile(`csv/${n}.csv`));
    const r = await upload(s.app, h, files, { account: "instagram:csv_cook" });
    expect([r.status, r.body]).toEqual([201, expect.objectContaining({ files: 4, accounts: [CSV_COOK] })]);
    // The newer profile row (2026-10-10, 12,000 followers) is the snapshot.
    const [item] = (await creators(h)).items;
    expect(item).toMatchObject({ account: "instagram:csv_cook", followers: 12000, posts: 3, comments: 9 });
    const detail = await call(s.app, "GET", `/api/v1/creators/${item.creatorId}`, h);
    expect(detail.body.profile).toEqual({
      capturedAt: "2026-10-10T00:00:00.000Z",
      followers: 12000,
      following: 800,
      posts: 3,
      fullName: "CSV Cook",
      bio: "Home cooking",
      externalUrl: "https://example.invalid",
      category: "Chef",
    });
  });

  it("every file of an Instaloader folder, uploaded as loose files", async () => {
    const h = await freshWorkspace("instaloader files");
    // All 10 files of the folder (data, .jpg, .txt, id), as a user selects them in a file dialog.
    const files = tinyBakerFiles();
    expect(files).toHaveLength(10);
    const r = await upload(s.app, h, files, { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect([r.status, r.body]).toEqual([201, expect.objectContaining({ files: 7, accounts: [TINY_BAKER] })]);
    const [item] = (await creators(h)).items;
    expect(item).toMatchObject({ account: "instagram:tiny_baker", followers: 8000, posts: 3, comments: 17 });
    // The profile file has no capture time inside: the form's capturedAt is used.
    const detail = await call(s.app, "GET", `/api/v1/creators/${item.creatorId}`, h);
    expect(detail.body.profile.capturedAt).toBe("2026-10-07T08:00:00.000Z");
  });

  it("a zip of the Instaloader folder; uploading it again adds nothing", async () => {
    const h = await freshWorkspace("zip");
    const r = await upload(s.app, h, [tinyBakerZip()], { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect([r.status, r.body]).toEqual([201, expect.objectContaining({ files: 7, accounts: [TINY_BAKER] })]);
    const before = await creators(h);
    // Stored only, so the creator's latest audit stays the first upload's.
    const again = await upload(s.app, h, [tinyBakerZip()], {
      capturedAt: TINY_BAKER_CAPTURED_AT,
      audit: "false",
    });
    // Counts are rows written (upserted); the account exists and the snapshot is the same.
    expect([again.status, again.body]).toEqual([
      201,
      expect.objectContaining({
        files: 7,
        accounts: [{ ...TINY_BAKER, created: false, snapshotAdded: false }],
      }),
    ]);
    expect(await creators(h)).toEqual(before);
  });

  it("three parallel uploads of one zip all answer 201 and store the account once", async () => {
    const h = await freshWorkspace("parallel");
    const answers = await Promise.all(
      [0, 1, 2].map(() => upload(s.app, h, [tinyBakerZip()], { capturedAt: TINY_BAKER_CAPTURED_AT })),
    );
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(answers.filter((r) => r.body.accounts[0].created)).toHaveLength(1);
    const { items } = await creators(h);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ account: "instagram:tiny_baker", posts: 3, comments: 17 });
  });

  it("with Accept: application/x-ndjson, progress lines end with the summary", async () => {
    const h = await freshWorkspace("ndjson");
    const res = await s.app.request("/api/v1/imports", {
      method: "POST",
      headers: { ...h, accept: "application/x-ndjson" },
      body: form([tinyBakerZip()], { capturedAt: TINY_BAKER_CAPTURED_AT }),
    });
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const text = await res.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({
      summary: expect.objectContaining({ files: 7, accounts: [TINY_BAKER], audited: true }),
    });
    const progress = lines.slice(0, -1);
    // Throttled to one line per 50 ms, but the first (0 of 7) and the last (7 of 7) are always sent.
    expect(progress[0]).toEqual({ progress: { done: 0, total: 7 } });
    expect(progress.at(-1)).toEqual({ progress: { done: 7, total: 7 } });
    for (const [i, line] of progress.entries()) {
      expect(Object.keys(line)).toEqual(["progress"]);
      expect(line.progress.total).toBe(7);
      if (i > 0) expect(line.progress.done).toBeGreaterThanOrEqual(progress[i - 1].progress.done);
    }
    expect((await creators(h)).total).toBe(1);
  });

  it("NDJSON: a bad file ends the stream with the error, and nothing is stored", async () => {
    const h = await freshWorkspace("ndjson error");
    const before = await dumpTables(s.d);
    const res = await s.app.request("/api/v1/imports", {
      method: "POST",
      headers: { ...h, accept: "application/x-ndjson" },
      body: form([new File([BAD_SNAPSHOT], "bad.json")]),
    });
    const lines = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({
      error: {
        code: "invalid_file",
        message: 'bad.json, record posts[0], field "likes": Too small: expected number to be >=0',
        details: {
          file: "bad.json",
          record: "record posts[0]",
          field: "likes",
          problem: "Too small: expected number to be >=0",
        },
      },
    });
    expect(await dumpTables(s.d)).toEqual(before);
  });

  it("a bad file: 422 invalid_file naming the file, field and record; the good file beside it is not stored", async () => {
    const h = await freshWorkspace("bad file");
    const before = await dumpTables(s.d);
    const r = await upload(s.app, h, [
      fixtureFile("snapshot/trail_runner.json"),
      new File([BAD_SNAPSHOT], "zz_bad.json"),
    ]);
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      error: {
        code: "invalid_file",
        message: 'zz_bad.json, record posts[0], field "likes": Too small: expected number to be >=0',
        details: {
          file: "zz_bad.json",
          record: "record posts[0]",
          field: "likes",
          problem: "Too small: expected number to be >=0",
        },
      },
    });
    expect(await dumpTables(s.d)).toEqual(before);
    expect((await creators(h)).total).toBe(0);
  });

  it("a file that is not JSON: 422 naming it", async () => {
    const h = await freshWorkspace("not json");
    const r = await upload(s.app, h, [new File(["{oops"], "broken.json")]);
    expect([r.status, r.body.error.code, r.body.error.details.file]).toEqual([
      422,
      "invalid_file",
      "broken.json",
    ]);
    expect(r.body.error.message).toMatch(/^broken\.json: is not valid JSON/);
  });

  it("a zip whose last comments file is broken: 422 naming folder and file; the parts read before are rolled back", async () => {
    const h = await freshWorkspace("bad zip entry");
    const before = await dumpTables(s.d);
    // The profile, the posts and the comments of the two earlier posts are read and written first.
    const r = await upload(s.app, h, [tinyBakerZip({ "2026-10-06_12-00-00_UTC_comments.json": "[{" })], {
      capturedAt: TINY_BAKER_CAPTURED_AT,
    });
    expect([r.status, r.body.error.code, r.body.error.details.file]).toEqual([
      422,
      "invalid_file",
      "tiny_baker/2026-10-06_12-00-00_UTC_comments.json",
    ]);
    expect(await dumpTables(s.d)).toEqual(before);
  });

  it("a file that is not a zip but named .zip: 422 naming it", async () => {
    const h = await freshWorkspace("fake zip");
    const r = await upload(s.app, h, [new File(["not a zip"], "export.zip")]);
    expect([r.status, r.body.error.code]).toEqual([422, "invalid_file"]);
    expect(r.body.error.message).toMatch(/^export\.zip: is not a valid zip file/);
  });

  it("a zip entry that climbs out of the upload folder is refused", async () => {
    const h = await freshWorkspace("zip slip");
    const zip = zipSync({ "../../escape.json": new TextEncoder().encode("{}") });
    const r = await upload(s.app, h, [new File([zip], "evil.zip")]);
    expect([r.status, r.body.error]).toEqual([
      422,
      {
        code: "invalid_file",
        message: 'zip entry "../../escape.json" points outside the upload',
        details: {},
      },
    ]);
  });

  it("an upload over maxUploadBytes: 413 payload_too_large, nothing stored; a smaller one passes", async () => {
    const h = await freshWorkspace("small limit");
    // trail_runner.json alone is 1,805 bytes; posts.csv is 357 (with the multipart framing, about 600).
    const small = s.appWith({ maxUploadBytes: 1024 });
    const before = await dumpTables(s.d);
    const res = await small.request("/api/v1/imports", {
      method: "POST",
      headers: h,
      body: form([fixtureFile("snapshot/trail_runner.json")]),
    });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect([res.status, body.error.code]).toEqual([413, "payload_too_large"]);
    expect(body.error.message).toMatch(/^the upload is larger than/);
    expect(await dumpTables(s.d)).toEqual(before);

    const ok = await small.request("/api/v1/imports", {
      method: "POST",
      headers: h,
      body: form([fixtureFile("csv/posts.csv")]),
    });
    // posts.csv names its account in its `account` column: csv_cook, 3 posts.
    expect([ok.status, await ok.json()]).toEqual([
      201,
      expect.objectContaining({
        files: 1,
        accounts: [{ ...CSV_COOK, comments: 0, followers: 0, snapshotAdded: false }],
      }),
    ]);
  });

  it("form errors name the field: no files, a bad capturedAt, a bad account", async () => {
    const h = await freshWorkspace("form errors");
    const none = await s.app.request("/api/v1/imports", { method: "POST", headers: h, body: new FormData() });
    const noneBody = (await none.json()) as { error: { code: string; details: { field: string } } };
    expect([none.status, noneBody.error.code, noneBody.error.details.field]).toEqual([
      400,
      "invalid_input",
      "files",
    ]);
    const when = await upload(s.app, h, [fixtureFile("csv/posts.csv")], { capturedAt: "yesterday" });
    expect([when.status, when.body.error.code, when.body.error.details.field]).toEqual([
      400,
      "invalid_input",
      "capturedAt",
    ]);
    const who = await upload(s.app, h, [fixtureFile("csv/followers.csv")], { account: "csv_cook" });
    expect([who.status, who.body.error.code]).toEqual([400, "invalid_input"]);
    expect(who.body.error.message).toContain('"csv_cook" is not an account');
    expect((await creators(h)).total).toBe(0);
  });

  it("a body that is not multipart: the status is the one the error table gives its code", async () => {
    const h = await freshWorkspace("json body");
    const res = await s.app.request("/api/v1/imports", {
      method: "POST",
      headers: { ...h, "content-type": "application/json" },
      body: "{}",
    });
    const body = (await res.json()) as { error: { code: keyof typeof ERROR_CODES } };
    expect(res.status).toBe(ERROR_CODES[body.error.code].status);
  });

  it("an unsupported file type names the uploaded file, not the server's temporary folder", async () => {
    const h = await freshWorkspace("unsupported");
    const r = await upload(s.app, h, [new File(["hello"], "notes.txt")]);
    expect([r.status, r.body.error.code]).toEqual([400, "invalid_input"]);
    expect(r.body.error.message).toMatch(/^notes\.txt: unsupported file type/);
  });

  it("a file whose name says nothing is read by its content; unknown content is refused naming it", async () => {
    const h = await freshWorkspace("by content");
    // tiny_baker's post of 2026-10-03 (an Instaloader post node), named as a research set names it.
    const r = await upload(
      s.app,
      h,
      [fixtureFile("instaloader/tiny_baker/2026-10-03_18-30-00_UTC.json", "2026-10-03.info")],
      { audit: "false" },
    );
    expect([r.status, r.body.accounts]).toEqual([
      201,
      [{ ...TINY_BAKER, posts: 1, comments: 0, snapshotAdded: false }],
    ]);
    const bad = await upload(s.app, h, [new File(["just some notes"], "notes.info")]);
    expect([bad.status, bad.body.error.code]).toEqual([400, "invalid_input"]);
    expect(bad.body.error.message).toMatch(/^notes\.info: unsupported file type: its name does not say/);
  });

  it("two uploaded files with the same name are both imported, or refused; never one silently dropped", async () => {
    const h = await freshWorkspace("same names");
    // Two exports both called export.json: trail_runner's snapshot and one pixel_potter post node.
    const r = await upload(s.app, h, [
      fixtureFile("snapshot/trail_runner.json", "export.json"),
      fixtureFile("graphql/pixel_potter/CXa1.json", "export.json"),
    ]);
    if (r.status === 201)
      expect(r.body.accounts.map((a: { account: string }) => a.account).sort()).toEqual([
        "instagram:pixel_potter",
        "instagram:trail_runner",
      ]);
    else expect([r.status, r.body.error.code]).toEqual([400, "invalid_input"]);
  });

  it("a CSV uploaded beside Instaloader files is imported, or refused; never silently dropped", async () => {
    const h = await freshWorkspace("mixed upload");
    const r = await upload(s.app, h, [...tinyBakerFiles(), fixtureFile("csv/posts.csv")], {
      capturedAt: TINY_BAKER_CAPTURED_AT,
    });
    if (r.status === 201)
      // 7 Instaloader files and posts.csv (csv_cook's 3 posts).
      expect(r.body).toMatchObject({
        files: 8,
        accounts: expect.arrayContaining([
          TINY_BAKER,
          { ...CSV_COOK, comments: 0, followers: 0, snapshotAdded: false },
        ]),
      });
    else expect([r.status, r.body.error.code]).toEqual([400, "invalid_input"]);
  });
});
