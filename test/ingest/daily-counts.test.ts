// Counts by day: the daily-counts CSV (recognised by its date column) and a snapshot's
// history array, read into AccountData.dailyCounts; each bad file refused with the file,
// line (or record) and column. Fixtures: fixtures/growth/daily-counts.csv,
// fixtures/growth/steady_sprout.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { assertUniqueIds } from "../../src/ingest/account-data.js";
import { readCsv } from "../../src/ingest/csv-file.js";
import { csvKindOf } from "../../src/ingest/csv-schemas.js";
import type { ImportContext } from "../../src/ingest/import-context.js";
import { accountFromSnapshot } from "../../src/ingest/vouch-snapshot.js";
import { SCHEMA_PATH } from "../../src/tools/write-json-schema.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const ctx: ImportContext = { account: null, capturedAt: null, now: NOW };
const withAccount: ImportContext = { ...ctx, account: { platform: "instagram", username: "csv_cook" } };
const fixtureText = readFileSync(join(FIXTURES, "growth", "daily-counts.csv"), "utf8");

describe("daily-counts CSV", () => {
  it("is recognised by its date column, unless the file has usernames (a follower sample)", () => {
    expect(csvKindOf(["date", "followers"])).toBe("daily_counts");
    expect(csvKindOf(["account", "date", "posts"])).toBe("daily_counts");
    expect(csvKindOf(["username", "date", "followers"])).toBe("followers");
    expect(csvKindOf(["captured_at", "followers", "date"])).toBe("profile");
  });

  it("reads the fixture: one row per day, an empty cell unknown", () => {
    const [data, ...rest] = readCsv(fixtureText, "daily-counts.csv", ctx);
    expect(rest).toEqual([]);
    expect(data?.account).toEqual({ platform: "instagram", username: "steady_sprout", platformUserId: null });
    expect(data?.dailyCounts).toHaveLength(14);
    expect(data?.dailyCounts[0]).toEqual({ day: "2026-10-01", followers: 15000, following: 610, posts: 210 });
    // Line 6 leaves following empty: unknown, not 0.
    expect(data?.dailyCounts[4]).toEqual({
      day: "2026-10-05",
      followers: 15075,
      following: null,
      posts: 211,
    });
    expect(data?.dailyCounts[6]).toEqual({ day: "2026-10-07", followers: 18600, following: 613, posts: 212 });
    expect(data?.posts).toEqual([]);
    expect(data?.profile).toBeNull();
  });

  it("takes the account from --account, any column case, and skips a row without counts", () => {
    const [data] = readCsv(
      "Date,Followers\n2026-10-01,100\n2026-10-02,\n 2026-10-03 ,120\n",
      "d.csv",
      withAccount,
    );
    expect(data?.account.username).toBe("csv_cook");
    expect(data?.dailyCounts).toEqual([
      { day: "2026-10-01", followers: 100, following: null, posts: null },
      { day: "2026-10-03", followers: 120, following: null, posts: null },
    ]);
  });

  it("refuses an impossible or malformed date, naming file, line and column", () => {
    expect(() => readCsv("date,followers\n2026-10-01,100\n2026-02-30,120\n", "d.csv", withAccount)).toThrow(
      'd.csv, line 3, field "date": expected a date YYYY-MM-DD (2026-10-01), got "2026-02-30"',
    );
    expect(() => readCsv("date,followers\n01/10/2026,100\n", "d.csv", withAccount)).toThrow(
      'd.csv, line 2, field "date": expected a date YYYY-MM-DD (2026-10-01), got "01/10/2026"',
    );
    expect(() => readCsv("date,followers\n,100\n", "d.csv", withAccount)).toThrow(
      'd.csv, line 2, field "date": required value is empty',
    );
  });

  it("refuses a file with no count column", () => {
    expect(() => readCsv("account,date,likes\ninstagram:a,2026-10-01,5\n", "d.csv", ctx)).toThrow(
      "d.csv, line 1: a daily-counts file (a date column) needs at least one of the columns followers, following, posts",
    );
  });

  it("refuses a bad count and a day given twice for one account", () => {
    expect(() => readCsv("date,followers\n2026-10-01,1.2k\n", "d.csv", withAccount)).toThrow(
      'd.csv, line 2, field "followers": expected a whole number ≥ 0 (at most 15 digits)',
    );
    expect(() =>
      readCsv("date,followers\n2026-10-01,100\n2026-10-02,110\n2026-10-01,105\n", "d.csv", withAccount),
    ).toThrow('d.csv, line 4, field "date": the day 2026-10-01 appears twice');
    // The same day for two accounts is two rows.
    const two = readCsv(
      "account,date,followers\ninstagram:a,2026-10-01,100\ninstagram:b,2026-10-01,200\n",
      "d.csv",
      ctx,
    );
    expect(two.map((d) => [d.account.username, d.dailyCounts.length])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
  });

  it("needs an account", () => {
    expect(() => readCsv("date,followers\n2026-10-01,100\n", "d.csv", ctx)).toThrow(
      "d.csv: the rows name no account; add an account column or use --account instagram:USERNAME",
    );
  });
});

describe("snapshot history", () => {
  const snapshot = () => JSON.parse(readFileSync(join(FIXTURES, "growth", "steady_sprout.json"), "utf8"));

  it("reads history into dailyCounts; unknown counts stay unknown", () => {
    const data = assertUniqueIds(accountFromSnapshot(snapshot(), "steady_sprout.json"), "steady_sprout.json");
    expect(data.profile?.followers).toBe(18740);
    expect(data.dailyCounts).toEqual([
      { day: "2026-09-28", followers: 14940, following: 608, posts: 209 },
      { day: "2026-09-29", followers: 14960, following: 609, posts: 209 },
      { day: "2026-09-30", followers: 14985, following: 609, posts: null },
      { day: "2026-10-05", followers: null, following: 612, posts: null },
    ]);
  });

  it("is in the published JSON Schema, which accepts the fixture and refuses an entry without a date", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(snapshot()), JSON.stringify(validate.errors)).toBe(true);
    const s = snapshot();
    delete s.history[0].date;
    expect(validate(s)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: "/history/0",
      params: { missingProperty: "date" },
    });
  });

  it("is optional", () => {
    const s = snapshot();
    delete s.history;
    expect(accountFromSnapshot(s, "s.json").dailyCounts).toEqual([]);
  });

  it("refuses a bad date and a day given twice, naming the record", () => {
    const bad = snapshot();
    bad.history[1].date = "2026-09-31";
    expect(() => accountFromSnapshot(bad, "s.json")).toThrow('s.json, record history[1], field "date"');
    const twice = snapshot();
    twice.history[2].date = "2026-09-28";
    expect(() => accountFromSnapshot(twice, "s.json")).toThrow(
      's.json, record history[2], field "date": the day 2026-09-28 appears twice',
    );
  });
});
