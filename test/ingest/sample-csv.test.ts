// The two sample CSV readers (follower sample, comments for classification): every
// column read into the model's input, unknown kept apart from zero, and each bad cell
// or header refused with the file, line and column. Fixtures: fixtures/models/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCommentSampleCsv } from "../../src/ingest/comment-sample-csv.js";
import { readFollowerSampleCsv } from "../../src/ingest/follower-sample-csv.js";
import { FIXTURES } from "../helpers/fixtures.js";

const fixture = (name: string) => readFileSync(join(FIXTURES, "models", name), "utf8");
const followers = (text: string) => readFollowerSampleCsv(text, "f.csv");
const comments = (text: string) => readCommentSampleCsv(text, "c.csv");

describe("follower sample CSV", () => {
  it("reads every column", () => {
    const rows = readFollowerSampleCsv(fixture("followers-full.csv"), "followers-full.csv");
    expect(rows.map((r) => [r.row, r.line, r.username])).toEqual([
      [1, 2, "maple.crumbs"], // written Maple.Crumbs: usernames are stored lower case
      [2, 3, "xk_48213907"],
      [3, 4, "trail_mix_tina"],
      [4, 5, "quiet_reader"],
      [5, 6, "lin.bakes"],
    ]);
    expect(rows[0]?.input).toEqual({
      username: "maple.crumbs",
      fullName: "Maple Crumbs",
      biography: "Home baker, sourdough nerd", // a quoted cell with a comma
      bioLength: 26,
      followers: 640,
      following: 410,
      posts: 212,
      hasProfilePic: true,
      isPrivate: false,
      externalUrl: "https://maple-crumbs.example",
      hasExternalUrl: true,
      usernameLength: 12,
      usernameDigitCount: 0,
    });
    // Row 4 leaves biography, bio_length, external_url and has_external_url empty: unknown.
    expect(rows[3]?.input).toMatchObject({
      biography: null,
      bioLength: null,
      externalUrl: null,
      hasExternalUrl: null,
      isPrivate: true,
    });
    // A known zero stays zero (row 2: bio_length 0, posts 0).
    expect(rows[1]?.input).toMatchObject({ bioLength: 0, posts: 0, fullName: null, hasProfilePic: false });
  });

  it("reads a sample with only summaries of the username (no username column)", () => {
    const rows = followers(fixture("followers-summary.csv"));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.username)).toEqual([null, null, null]);
    expect(rows[1]?.input).toEqual({
      username: null,
      fullName: null,
      biography: null,
      bioLength: 0,
      followers: 2,
      following: 6400,
      posts: 0,
      hasProfilePic: false,
      isPrivate: false,
      externalUrl: null,
      hasExternalUrl: false,
      usernameLength: 13,
      usernameDigitCount: 9,
    });
  });

  it("accepts true/false, 1/0 and yes/no in any case; an empty cell is unknown, never 0 or false", () => {
    const rows = followers(fixture("followers-booleans.csv"));
    expect(rows.map((r) => [r.input.hasProfilePic, r.input.isPrivate, r.input.hasExternalUrl])).toEqual([
      [true, false, true], // true, false, TRUE
      [false, true, false], // False, Yes, no
      [true, false, true], // 1, 0, YES
      [false, null, null], // NO, empty, empty
      [true, true, null], // " true " (spaces trimmed), 1, empty
    ]);
    expect(rows[4]?.input.followers).toBeNull(); // empty count: unknown
    expect(rows[0]?.input.followers).toBe(10);
  });

  it("ignores unknown columns, a byte-order mark, empty lines and the header's case and spaces", () => {
    const rows = followers("\ufeff Username ,FOLLOWERS,notes\n\nanna_k,12,hello\n\n\nben_t,,\n");
    expect(rows.map((r) => [r.row, r.line, r.username, r.input.followers])).toEqual([
      [1, 3, "anna_k", 12],
      [2, 6, "ben_t", null],
    ]);
    expect(rows[0]?.input).not.toHaveProperty("notes");
  });

  it("counts the line where a row ends when a quoted cell spans lines, and cleans text", () => {
    const rows = followers('username,followers,biography\nanna_k,1,"two\nlines"\nben_t,2,a\u0000b\n');
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(rows[0]?.input.biography).toBe("two\nlines");
    expect(rows[1]?.input.biography).toBe("ab"); // NUL removed, as on import
  });

  it("names the file, line and column of a bad cell", () => {
    expect(() =>
      readFollowerSampleCsv(fixture("followers-bad-boolean.csv"), "followers-bad-boolean.csv"),
    ).toThrow(
      'followers-bad-boolean.csv, line 3, field "is_private": expected true or false (true, false, 1, 0, yes, no), got "maybe"',
    );
    for (const bad of ["1,200", "1.5", "-3", "1k", "1234567890123456"])
      expect(() => followers(`username,followers\nanna_k,"${bad}"\n`), bad).toThrow(
        `f.csv, line 2, field "followers": expected a whole number ≥ 0 (at most 15 digits), got "${bad}"`,
      );
    expect(() => followers("username,following\nanna k,3\n")).toThrow(
      'f.csv, line 2, field "username": not a valid username (letters, digits, . _ -), got "anna k"',
    );
  });

  it("refuses a header without a count column, a column twice, a header without rows", () => {
    expect(() => followers(fixture("followers-no-count.csv"))).toThrow(
      "f.csv, line 1: a follower sample needs at least one count column: followers, following or posts",
    );
    expect(() => followers(fixture("followers-duplicate-column.csv"))).toThrow(
      'f.csv, line 1, field "followers": the column appears twice',
    );
    expect(() => followers("username,followers\n")).toThrow("f.csv: has a header but no rows");
    expect(() => followers("")).toThrow("f.csv: is empty; expected a header row and rows");
    expect(() => followers("username,followers\nanna_k,1,2\n")).toThrow(
      /^f\.csv, line 2: is not valid CSV \(Invalid Record Length/,
    );
  });

  it("refuses a follower listed twice, naming both lines", () => {
    expect(() => followers("username,followers\nanna_k,1\nben_t,2\nAnna_K,3\n")).toThrow(
      'f.csv, line 4, field "username": duplicate follower "anna_k", also on line 2',
    );
  });
});

describe("comments CSV for classification", () => {
  it("reads id, text, author, time and post", () => {
    const rows = readCommentSampleCsv(fixture("comments.csv"), "comments.csv");
    expect(rows).toEqual([
      {
        row: 1,
        line: 2,
        id: "cm-1",
        text: "Get 10k followers fast at www.growfast-followers.com",
        author: "promo.bot",
        createdAt: Date.parse("2026-10-01T08:00:00Z"),
        postId: "p-1",
      },
      {
        row: 2,
        line: 3,
        id: "cm-2",
        text: "nice pic 🔥",
        author: "sunny_sam",
        createdAt: 1791532800 * 1000, // Unix seconds
        postId: "p-1",
      },
      {
        row: 3,
        line: 4,
        id: "cm-3",
        text: "What flour did you use for this loaf?",
        author: "lin.bakes",
        createdAt: null, // empty: unknown
        postId: "p-2",
      },
      {
        row: 4,
        line: 5,
        id: "cm-4",
        text: "I started with $1,000 and got $11,000 in 7 days, thank you @trade_with_lora.fx", // quoted: commas
        author: "lora.fan",
        createdAt: Date.parse("2026-10-02T09:30:00Z"),
        postId: "p-2",
      },
    ]);
  });

  it("needs only id and text", () => {
    expect(comments("TEXT,Id\nhello,c-1\n")).toEqual([
      { row: 1, line: 2, id: "c-1", text: "hello", author: null, createdAt: null, postId: null },
    ]);
  });

  it("refuses a missing or empty id or text, a bad time and a duplicate id", () => {
    expect(() => readCommentSampleCsv(fixture("comments-no-text.csv"), "comments-no-text.csv")).toThrow(
      'comments-no-text.csv, line 1, field "text": the column is missing; a comments file needs the columns id and text',
    );
    expect(() => comments("text\nhello\n")).toThrow('c.csv, line 1, field "id": the column is missing');
    expect(() => comments("id,text\nc-1,hello\n ,hi\n")).toThrow(
      'c.csv, line 3, field "id": required value is empty',
    );
    expect(() => comments('id,text\nc-1,hello\nc-2,"  "\n')).toThrow(
      'c.csv, line 3, field "text": required value is empty',
    );
    expect(() => comments("id,text,created_at\nc-1,hello,2026-10-01T08:00:00\n")).toThrow(
      'c.csv, line 2, field "created_at": expected an ISO 8601 date-time with a time zone (2026-10-01T08:00:00Z) or Unix seconds, got "2026-10-01T08:00:00"',
    );
    expect(() => comments("id,text\nc-1,hello\nc-2,hi\nc-1,again\n")).toThrow(
      'c.csv, line 4, field "id": duplicate id "c-1", also on line 2',
    );
  });
});
