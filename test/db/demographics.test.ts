// Follower demographics end to end, on PGlite and PostgreSQL: a snapshot with the Graph
// API's follower_demographics and a demographics CSV are stored in account_demographics
// in the import's transaction and come back from loadDemographics as the latest capture
// of each dimension. Fixtures: fixtures/demographics/graph_sprout.json (2026-11-01: ages
// 300/500/200, genders F 600 M 380 U 20, countries DE 500 AT 150 US 100, two cities) and
// fixtures/demographics/demographics.csv (2026-11-10: DE 540, CH 60, female 640, M 360).
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { computeFit } from "../../src/core/audience-fit.js";
import { profileFromDemographics } from "../../src/core/audience-profile.js";
import { loadDemographics } from "../../src/db/load-demographics.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import {
  DATABASE_KINDS,
  emptyDataTables,
  openTestDatabase,
  type TestDatabase,
} from "../helpers/databases.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-20T12:00:00Z");
const SNAPSHOT = `${FIXTURES}/demographics/graph_sprout.json`;
const CSV = `${FIXTURES}/demographics/demographics.csv`;
const FIRST = Date.parse("2026-11-01T10:00:00Z");
const SECOND = Date.parse("2026-11-10T09:00:00Z");

describe.each(DATABASE_KINDS)("demographics on %s", (kind) => {
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

  const accountId = async () =>
    (
      await d.db
        .selectFrom("accounts")
        .select("id")
        .where("username", "=", "graph_sprout")
        .executeTakeFirstOrThrow()
    ).id;
  const stored = async () => (await d.db.selectFrom("account_demographics").select("key").execute()).length;

  it("stores the snapshot's breakdowns and loads them back", async () => {
    await importSources(d.db, ws, [SNAPSHOT], { now: NOW });
    // 3 ages + 3 genders + 3 countries + 2 cities.
    expect(await stored()).toBe(11);
    const rows = await loadDemographics(d.db, await accountId());
    expect(rows.map((r) => [r.dimension, r.key, r.value])).toEqual([
      ["age", "25-34", 500],
      ["age", "18-24", 300],
      ["age", "35-44", 200],
      ["gender", "F", 600],
      ["gender", "M", 380],
      ["gender", "U", 20],
      ["country", "DE", 500],
      ["country", "AT", 150],
      ["country", "US", 100],
      ["city", "Berlin, Berlin, Germany", 120],
      ["city", "Vienna, Vienna, Austria", 80],
    ]);
    expect(rows.every((r) => r.capturedAt === FIRST)).toBe(true);
  });

  it("loads the latest capture of each dimension; a re-import changes nothing", async () => {
    await importSources(d.db, ws, [SNAPSHOT, CSV], { now: NOW });
    await importSources(d.db, ws, [CSV, SNAPSHOT], { now: NOW });
    // 11 from the snapshot + 4 from the CSV, each stored once.
    expect(await stored()).toBe(15);
    const rows = await loadDemographics(d.db, await accountId());
    // Ages and cities from 11-01; genders and countries from the CSV of 11-10.
    expect(rows.map((r) => [r.dimension, r.key, r.value, r.capturedAt])).toEqual([
      ["age", "25-34", 500, FIRST],
      ["age", "18-24", 300, FIRST],
      ["age", "35-44", 200, FIRST],
      ["gender", "F", 640, SECOND],
      ["gender", "M", 360, SECOND],
      ["country", "DE", 540, SECOND],
      ["country", "CH", 60, SECOND],
      ["city", "Berlin, Berlin, Germany", 120, FIRST],
      ["city", "Vienna, Vienna, Austria", 80, FIRST],
    ]);
    // The profile from these rows: countries of 11-10 over their capture's largest total,
    // the genders' 1,000 → DE 0.54 + CH 0.06 = 0.6 in a DACH target.
    const fit = computeFit(
      profileFromDemographics(rows),
      {
        name: "DACH",
        countries: ["DE", "AT", "CH"],
        cities: [],
        ageBands: [],
        gender: null,
        incomeBands: [],
        niches: [],
        languages: [],
      },
      { niches: [], languages: null },
    );
    expect(fit.parts.country.value).toBeCloseTo(0.6, 12);
    expect(fit.score).toBe(60);
  });

  it("a later import of the same capture replaces its counts", async () => {
    await importSources(d.db, ws, [CSV], { now: NOW });
    const file = fixtureCopy("demographics/demographics.csv");
    writeFileSync(
      file,
      "account,captured_at,dimension,key,value\ninstagram:graph_sprout,2026-11-10T09:00:00Z,country,DE,555\n",
    );
    await importSources(d.db, ws, [file], { now: NOW });
    const rows = await loadDemographics(d.db, await accountId());
    expect(rows.find((r) => r.key === "DE")?.value).toBe(555);
    expect(await stored()).toBe(4);
  });

  it("a bad row stores nothing, not even the good snapshot", async () => {
    const file = fixtureCopy("demographics/demographics.csv");
    writeFileSync(file, "account,dimension,key,value\ninstagram:graph_sprout,country,Germany,5\n");
    await expect(importSources(d.db, ws, [SNAPSHOT, file], { now: NOW })).rejects.toThrow(
      'demographics.csv, line 2, field "key": "Germany" is not a two-letter country code (ISO 3166-1); did you mean DE (Germany)?',
    );
    expect(await stored()).toBe(0);
    expect(await d.db.selectFrom("accounts").selectAll().execute()).toEqual([]);
  });

  it("an account without demographics loads none", async () => {
    await importSources(d.db, ws, [`${FIXTURES}/snapshot/trail_runner.json`], { now: NOW });
    const account = await d.db.selectFrom("accounts").select("id").executeTakeFirstOrThrow();
    expect(await loadDemographics(d.db, account.id)).toEqual([]);
  });
});
