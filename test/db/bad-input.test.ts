// Each class of bad input fails with a message naming the file, the record or
// line and the field, and leaves the stored data exactly as it was — on PGlite
// and PostgreSQL. The database holds an earlier good import during each test.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VouchError } from "../../src/core/errors.js";
import { readText } from "../../src/ingest/read-text.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, dumpTables, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const POST_B = "2026-10-03_18-30-00_UTC.json";
const COMMENTS_A = "2026-10-01_09-00-00_UTC_comments.json";
const POST_A_XZ = "2026-10-01_09-00-00_UTC.json.xz";
const COMMENTS_B = "2026-10-03_18-30-00_UTC_comments.json";

function edit(path: string, change: (text: string) => string) {
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

describe.each(DATABASE_KINDS)("bad input on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(
      d.db,
      ws,
      [`${FIXTURES}/snapshot/trail_runner.json`, `${FIXTURES}/instaloader/tiny_baker`],
      {
        now: NOW,
        capturedAt: Date.parse("2026-10-07T08:00:00Z"),
      },
    );
    before = await dumpTables(d);
  });
  afterAll(async () => {
    await d?.close();
  });

  async function expectRejected(
    paths: string[],
    message: RegExp,
    opts: Partial<Parameters<typeof importSources>[3]> = {},
  ) {
    await expect(
      importSources(d.db, ws, paths, { now: NOW, capturedAt: Date.parse("2026-10-20T00:00:00Z"), ...opts }),
    ).rejects.toThrow(message);
    expect(await dumpTables(d)).toEqual(before);
  }

  it("a truncated JSON file", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    edit(join(dir, POST_B), (t) => t.slice(0, t.length / 2));
    await expectRejected([dir], /^tiny_baker\/2026-10-03_18-30-00_UTC\.json: is not valid JSON/);
  });

  it("a field of the wrong type", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa1.json"), (t) => t.replace('"count": 120', '"count": "many"'));
    await expectRejected(
      [dir],
      /^CXa1\.json, post, record edge_media_preview_like, field "count": Invalid input: expected number, received string$/,
    );
  });

  it("a missing required field", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    edit(join(dir, COMMENTS_A), (t) => {
      const list = JSON.parse(t.replace(/("id": )(\d+)/g, '$1"$2"'));
      delete list[1].text;
      return JSON.stringify(list);
    });
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-01_09-00-00_UTC_comments\.json, record \[1\], field "text": Invalid input/,
    );
  });

  it("a post without its date", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    edit(join(dir, POST_B), (t) => t.replace(/"taken_at_timestamp": \d+,/, ""));
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-03_18-30-00_UTC\.json, node, field "taken_at_timestamp": required field is missing$/,
    );
  });

  it("a corrupt .xz file", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    const bytes = readFileSync(join(dir, POST_A_XZ));
    bytes.fill(0x41, 40, 80);
    writeFileSync(join(dir, POST_A_XZ), bytes);
    await expectRejected([dir], /^tiny_baker\/2026-10-01_09-00-00_UTC\.json\.xz: is not a valid \.xz file/);
  });

  it("duplicate ids in one file", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "comments.csv"), (t) => t.replace("p-101,c-6,", "p-101,c-5,"));
    await expectRejected(
      [join(dir, "posts.csv"), join(dir, "comments.csv")],
      /^comments\.csv, comment c-5, field "id": duplicate comment id "c-5"$/,
    );
  });

  it("a CSV cell of the wrong type names the line", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "posts.csv"), (t) => t.replace(",700,", ",7OO,"));
    await expectRejected(
      [join(dir, "posts.csv")],
      /^posts\.csv, line 3, field "likes": expected a whole number ≥ 0 \(at most 15 digits\)$/,
    );
  });

  it("a CSV row without its required value", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "comments.csv"), (t) => t.replace("2026-10-04T20:00:00Z", ""));
    // The 7th record ends on line 9 of the file: the multi-line comment makes lines and records differ.
    await expectRejected(
      [join(dir, "posts.csv"), join(dir, "comments.csv")],
      /^comments\.csv, line 9, field "created_at": required value is empty$/,
    );
  });

  it("a CSV time without a time zone", async () => {
    const dir = fixtureCopy("csv");
    // Read in the machine's own zone this would shift with the machine: refused.
    edit(join(dir, "posts.csv"), (t) => t.replace("2026-10-04T08:00:00Z", "2026-10-04T08:00:00"));
    await expectRejected(
      [join(dir, "posts.csv")],
      /^posts\.csv, line 3, field "taken_at": expected an ISO 8601 date-time with a time zone \(2026-10-01T08:00:00Z\) or Unix seconds, got "2026-10-04T08:00:00"$/,
    );
  });

  it("an Instaloader story file on its own", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa2.json"), (t) => t.replace('"node_type": "Post"', '"node_type": "StoryItem"'));
    await expectRejected(
      [join(dir, "CXa2.json")],
      /^CXa2\.json: an Instaloader StoryItem file; only posts are imported/,
    );
  });

  it("Instagram data named as another platform's account", async () => {
    await expectRejected(
      [`${FIXTURES}/instaloader/tiny_baker`],
      /^tiny_baker: Instagram data cannot be imported as tiktok:tiny_baker$/,
      {
        account: { platform: "tiktok", username: "tiny_baker" },
      },
    );
  });

  it("a snapshot with a wrong value", async () => {
    const dir = fixtureCopy("snapshot/trail_runner.json");
    edit(dir, (t) => t.replace('"takenAt": "2026-10-25T07:00:00Z"', '"takenAt": "last tuesday"'));
    await expectRejected(
      [dir],
      /^trail_runner\.json, record posts\[1\], field "takenAt": Invalid ISO datetime$/,
    );
  });

  it("one bad file among good ones stores nothing, not even the good ones", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa3.json"), (t) => t.replace('"created_at": ', '"created_at": "x", "was": '));
    await expectRejected(
      [`${FIXTURES}/csv/posts.csv`, dir],
      /^CXa3\.json, post, record edge_media_to_parent_comment\.edges\[0\]\.node, field "created_at"/,
    );
  });

  it("a failure after writing has begun rolls everything back", async () => {
    // The account csv_cook is new: it is created inside the transaction before its comments are
    // checked against stored posts; the error must take the new creator and account away again.
    await expectRejected(
      [`${FIXTURES}/csv/comments.csv`],
      /^comment c-1 of instagram:csv_cook is on post p-100, which is neither in this import nor stored/,
    );
  });

  it("a truncated GraphQL file", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa1.json"), (t) => t.slice(0, 700));
    await expectRejected([dir], /^CXa1\.json: is not valid JSON \(/);
  });

  it("a GraphQL comment without its text", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa1.json"), (t) => t.replace('"text": "What cone do you fire to?",', ""));
    await expectRejected(
      [dir],
      /^CXa1\.json, post, record edge_media_to_parent_comment\.edges\[0\]\.node, field "text": Invalid input: expected string, received undefined$/,
    );
  });

  it("a GraphQL file listing one comment id twice", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa1.json"), (t) => t.replace('"id": "18000000000000004"', '"id": "18000000000000003"'));
    await expectRejected(
      [dir],
      /^CXa1\.json, comment 18000000000000003, field "id": duplicate comment id "18000000000000003"$/,
    );
  });

  it("a truncated snapshot", async () => {
    const file = fixtureCopy("snapshot/trail_runner.json");
    edit(file, (t) => t.slice(0, 500));
    await expectRejected([file], /^trail_runner\.json: is not valid JSON \(/);
  });

  it("a snapshot reply without its text", async () => {
    const file = fixtureCopy("snapshot/trail_runner.json");
    edit(file, (t) => t.replace('"text": "The north loop!", ', ""));
    await expectRejected(
      [file],
      /^trail_runner\.json, record posts\[0\]\.comments\[0\]\.replies\[0\], field "text": Invalid input: expected string, received undefined$/,
    );
  });

  it("a snapshot listing one post id twice", async () => {
    const file = fixtureCopy("snapshot/trail_runner.json");
    edit(file, (t) => t.replace('"id": "tr-2"', '"id": "tr-1"'));
    await expectRejected([file], /^trail_runner\.json, post tr-1, field "id": duplicate post id "tr-1"$/);
  });

  it("a CSV file with an unclosed quote", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "posts.csv"), (t) => t.replace('"60-second risotto"', '"60-second risotto'));
    await expectRejected(
      [join(dir, "posts.csv")],
      /^posts\.csv, line 4: is not valid CSV \(Invalid Closing Quote/,
    );
  });

  it("an Instaloader comment with a time of the wrong type", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    edit(join(dir, COMMENTS_B), (t) => t.replace('"created_at": 1791052680', '"created_at": "x"'));
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-03_18-30-00_UTC_comments\.json, record \[1\], field "created_at": Invalid input: expected number, received string$/,
    );
  });

  it("one comment id in two comments files of an Instaloader folder", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    // 17900000000000004 is already a comment of the first post.
    edit(join(dir, COMMENTS_B), (t) => t.replace("17900000000000013", "17900000000000004"));
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-03_18-30-00_UTC_comments\.json, comment 17900000000000004, field "id": duplicate comment id "17900000000000004"$/,
    );
  });

  it("an Instaloader post file holding a number", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    writeFileSync(join(dir, POST_B), "5");
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-03_18-30-00_UTC\.json: is not an Instaloader post or profile \(expected a JSON object\)$/,
    );
  });

  it("an Instaloader post file holding an empty object", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    writeFileSync(join(dir, POST_B), "{}");
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-03_18-30-00_UTC\.json: is not an Instaloader post or profile \(no node, shortcode or node_type\)$/,
    );
  });

  it("an Instaloader folder with only comments files", async () => {
    const dir = fixtureCopy("instaloader/tiny_baker");
    for (const name of readdirSync(dir)) if (!name.endsWith("_comments.json")) rmSync(join(dir, name));
    await expectRejected(
      [dir],
      /^tiny_baker: holds no Instaloader post or profile file \(<date>_UTC\.json\[\.xz\]\)$/,
    );
  });

  it("a post of another owner in an Instaloader folder", async () => {
    // Another name under the profile's id is a rename (test/db/renamed-account.test.ts);
    // another id is another account.
    const dir = fixtureCopy("instaloader/tiny_baker");
    edit(join(dir, POST_B), (t) => t.replace('"id": "5550001"', '"id": "5550999"'));
    await expectRejected(
      [dir],
      /^tiny_baker\/2026-10-03_18-30-00_UTC\.json, node, field "owner\.id": post of account 5550999 \(@tiny_baker\) in the folder of @tiny_baker \(account 5550001\)$/,
    );
  });

  it("a count above 2^53", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa1.json"), (t) => t.replace('"count": 120', '"count": 1e17'));
    // zod's int() refuses unsafe integers before the schema's own "count is too large" check runs.
    await expectRejected(
      [dir],
      /^CXa1\.json, post, record edge_media_preview_like, field "count": Too big: expected int to be <=9007199254740991$/,
    );
  });

  it("Unix seconds after the year 3000", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    edit(join(dir, "CXa1.json"), (t) =>
      t.replace('"taken_at_timestamp": 1790000000', '"taken_at_timestamp": 99999999999999'),
    );
    await expectRejected(
      [dir],
      /^CXa1\.json, post, field "taken_at_timestamp": expected Unix seconds before the year 3000 \(milliseconds given\?\)$/,
    );
  });

  it("a CSV file with a header and no rows", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "posts.csv"), (t) => `${t.split("\n")[0]}\n`);
    await expectRejected([join(dir, "posts.csv")], /^posts\.csv: has a header but no rows$/);
  });

  it("a CSV column named twice", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "posts.csv"), (t) => t.replace(",is_ad\n", ",likes\n"));
    await expectRejected(
      [join(dir, "posts.csv")],
      /^posts\.csv, line 1, field "likes": the column appears twice$/,
    );
  });

  it("an impossible date in a CSV file", async () => {
    const dir = fixtureCopy("csv");
    edit(join(dir, "posts.csv"), (t) => t.replace("2026-10-04T08:00:00Z", "2026-02-30T08:00:00Z"));
    await expectRejected(
      [join(dir, "posts.csv")],
      /^posts\.csv, line 3, field "taken_at": expected an ISO 8601 date-time with a time zone \(2026-10-01T08:00:00Z\) or Unix seconds, got "2026-02-30T08:00:00Z"$/,
    );
  });

  it("an invalid username in a snapshot", async () => {
    const file = fixtureCopy("snapshot/trail_runner.json");
    edit(file, (t) => t.replace('"username": "Trail_Runner"', '"username": "Bad Name"'));
    await expectRejected(
      [file],
      /^trail_runner\.json, record account, field "username": not a valid username \(letters, digits, \. _ -\)$/,
    );
  });

  it("a stored username with another platform id is a conflict", async () => {
    // tiny_baker (id 5550001) is stored; this copy says the name belongs to account 7770001.
    const dir = fixtureCopy("instaloader/tiny_baker");
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".json.xz")) continue;
      writeFileSync(join(dir, name.slice(0, -3)), await readText(join(dir, name)));
      rmSync(join(dir, name));
    }
    for (const name of readdirSync(dir))
      if (name.endsWith(".json")) edit(join(dir, name), (t) => t.replaceAll('"5550001"', '"7770001"'));
    writeFileSync(join(dir, "id"), "7770001\n");
    const error = await importSources(d.db, ws, [dir], {
      now: NOW,
      capturedAt: Date.parse("2026-10-20T00:00:00Z"),
    }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(VouchError);
    expect((error as VouchError).code).toBe("conflict");
    expect((error as VouchError).message).toMatch(
      /^instagram:tiny_baker is stored with platform id 5550001, but this data says 7770001: the username now belongs to another account/,
    );
    expect(await dumpTables(d)).toEqual(before);
  });
});
