// Counts by day end to end, on PGlite and PostgreSQL: a daily-counts CSV and a snapshot
// with history are stored in daily_counts and come back from loadAuditInput merged with
// the profile snapshots, oldest first. Fixtures: fixtures/growth/daily-counts.csv (14 days
// of instagram:steady_sprout, 2026-10-01 … 10-14, following unknown on 10-05) and
// fixtures/growth/steady_sprout.json (captured 2026-10-15; history 09-28 … 09-30 and
// following 612 on 10-05).
import { readFileSync, writeFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { computeGrowth } from "../../src/core/growth.js";
import { loadAuditInput } from "../../src/db/load-audit-input.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import {
  DATABASE_KINDS,
  emptyDataTables,
  openTestDatabase,
  type TestDatabase,
} from "../helpers/databases.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const CSV = `${FIXTURES}/growth/daily-counts.csv`;
const SNAPSHOT = `${FIXTURES}/growth/steady_sprout.json`;

describe.each(DATABASE_KINDS)("daily counts on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
  });
  afterAll(async () => {
    await d?.close();
  });
  beforeEach(async () => {
    await emptyDataTables(d);
  });

  async function load() {
    const account = await d.db
      .selectFrom("accounts")
      .select(["id", "platform", "username", "platform_user_id"])
      .where("username", "=", "steady_sprout")
      .executeTakeFirstOrThrow();
    return loadAuditInput(d.db, account, 50);
  }
  const storedDays = async () =>
    (await d.db.selectFrom("daily_counts").select("account_id").execute()).length;

  it("merges the CSV, the snapshot's history and the snapshot itself into one history", async () => {
    const summary = await importSources(d.db, ws, [CSV, SNAPSHOT], { now: NOW });
    expect(summary.accounts).toMatchObject([{ account: "instagram:steady_sprout", snapshotAdded: true }]);
    // 14 CSV days + 3 earlier days of history (10-05 is in both): 17 rows.
    expect(await storedDays()).toBe(17);

    const { history, profile } = await load();
    expect(profile?.followers).toBe(18740);
    // 17 days of counts and the snapshot of 10-15 (the UTC date of its capture).
    expect(history).toHaveLength(18);
    expect(history?.[0]).toEqual({
      day: "2026-09-28",
      followers: 14940,
      following: 608,
      posts: 209,
      source: "daily_csv",
    });
    expect(history?.[2]).toEqual({
      day: "2026-09-30",
      followers: 14985,
      following: 609,
      posts: null,
      source: "daily_csv",
    });
    // The CSV's unknown following on 10-05 is filled by the history's 612; its known counts stay.
    expect(history?.find((p) => p.day === "2026-10-05")).toEqual({
      day: "2026-10-05",
      followers: 15075,
      following: 612,
      posts: 211,
      source: "daily_csv",
    });
    expect(history?.at(-1)).toEqual({
      day: "2026-10-15",
      followers: 18740,
      following: 617,
      posts: 215,
      source: "snapshot",
    });
    expect(history?.map((p) => p.day)).toEqual([...(history ?? [])].map((p) => p.day).sort());

    // The growth analysis on it: 17 daily follower changes, two +10, six +15, four +20,
    // four +25 and +3,510 on 10-07. Median (9th) +20; deviations four 0, ten 5, two 10 and
    // 3,490 → MAD 5; z = 3,490 / (1.4826 × 5) = 470.7. No posts: flagged as unchecked.
    const growth = computeGrowth(history ?? [], []);
    expect(growth.points).toBe(18);
    expect(growth.medianDailyFollowerChange).toBe(20);
    expect(growth.madDailyFollowerChange).toBe(5);
    expect(growth.flags).toHaveLength(1);
    expect(growth.flags[0]).toMatchObject({
      kind: "follower_spike_unchecked",
      day: "2026-10-07",
      change: 3510,
    });
    expect(growth.flags[0]?.robustZ).toBeCloseTo(3490 / 7.413, 10);
  });

  it("re-importing stores each day once and changes nothing", async () => {
    await importSources(d.db, ws, [CSV, SNAPSHOT], { now: NOW });
    const before = await load();
    await importSources(d.db, ws, [CSV, SNAPSHOT], { now: NOW });
    await importSources(d.db, ws, [SNAPSHOT, CSV], { now: NOW });
    expect(await storedDays()).toBe(17);
    expect((await load()).history).toEqual(before.history);
  });

  it("a later file wins for the counts it gives, and an empty cell keeps the stored count", async () => {
    await importSources(d.db, ws, [CSV], { now: NOW });
    const file = fixtureCopy("growth/daily-counts.csv");
    // 10-02 again: followers corrected to 15021, following left empty.
    writeFileSync(file, "account,date,followers,following\ninstagram:steady_sprout,2026-10-02,15021,\n");
    await importSources(d.db, ws, [file], { now: NOW });
    const row = await d.db
      .selectFrom("daily_counts")
      .select(["followers", "following", "posts", sql<string>`day::text`.as("day")])
      .where("day", "=", "2026-10-02")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ day: "2026-10-02", followers: 15021, following: 611, posts: 210 });
  });

  it("a bad row stores nothing, not even the good snapshot", async () => {
    const file = fixtureCopy("growth/daily-counts.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("2026-10-07", "2026-10-32"));
    await expect(importSources(d.db, ws, [SNAPSHOT, file], { now: NOW })).rejects.toThrow(
      /^daily-counts\.csv, line 8, field "date": expected a date YYYY-MM-DD \(2026-10-01\), got "2026-10-32"$/,
    );
    expect(await storedDays()).toBe(0);
    expect(await d.db.selectFrom("profile_snapshots").selectAll().execute()).toEqual([]);
    expect(await d.db.selectFrom("accounts").selectAll().execute()).toEqual([]);
  });

  it("an account without counts by day has its snapshots as history", async () => {
    await importSources(d.db, ws, [`${FIXTURES}/snapshot/trail_runner.json`], { now: NOW });
    const account = await d.db
      .selectFrom("accounts")
      .select(["id", "platform", "username", "platform_user_id"])
      .executeTakeFirstOrThrow();
    const { history } = await loadAuditInput(d.db, account, 50);
    expect(history).toEqual([
      { day: "2026-11-01", followers: 6400, following: 380, posts: 210, source: "snapshot" },
    ]);
  });
});
