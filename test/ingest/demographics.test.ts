// Follower demographics in the two formats that carry them: a snapshot's `demographics`
// (the Instagram Graph API's follower_demographics responses as returned) and the
// demographics CSV (dimension, key, value). Each bad input is refused naming its file,
// record or line, and field. Fixtures: fixtures/demographics/graph_sprout.json (captured
// 2026-11-01: ages by gender in one breakdown, countries, cities) and
// fixtures/demographics/demographics.csv (2026-11-10: countries and genders).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { assertUniqueIds, mergeAccounts } from "../../src/ingest/account-data.js";
import { readCsv } from "../../src/ingest/csv-file.js";
import { csvKindOf } from "../../src/ingest/csv-schemas.js";
import type { ImportContext } from "../../src/ingest/import-context.js";
import { accountFromSnapshot } from "../../src/ingest/vouch-snapshot.js";
import { SCHEMA_PATH } from "../../src/tools/write-json-schema.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-20T12:00:00Z");
const AT = Date.parse("2026-11-01T10:00:00Z");
const ctx: ImportContext = { account: null, capturedAt: null, now: NOW };
const snapshot = () => JSON.parse(readFileSync(join(FIXTURES, "demographics", "graph_sprout.json"), "utf8"));
const csvText = readFileSync(join(FIXTURES, "demographics", "demographics.csv"), "utf8");

describe("snapshot demographics (Graph API follower_demographics)", () => {
  it("reads each breakdown as counts; a breakdown by age and gender gives both, summed over the other", () => {
    const data = accountFromSnapshot(snapshot(), "graph_sprout.json");
    const of = (d: string) => data.demographics.filter((r) => r.dimension === d).map((r) => [r.key, r.value]);
    // Ages: 18-24 = 200 + 100; 25-34 = 300 + 180 + 20; 35-44 = 100 + 100.
    expect(of("age")).toEqual([
      ["18-24", 300],
      ["25-34", 500],
      ["35-44", 200],
    ]);
    // Genders: F = 200 + 300 + 100; M = 100 + 180 + 100; U = 20.
    expect(of("gender")).toEqual([
      ["F", 600],
      ["M", 380],
      ["U", 20],
    ]);
    expect(of("country")).toEqual([
      ["DE", 500],
      ["AT", 150],
      ["US", 100],
    ]);
    expect(of("city")).toEqual([
      ["Berlin, Berlin, Germany", 120],
      ["Vienna, Vienna, Austria", 80],
    ]);
    expect(data.demographics.every((r) => r.capturedAt === AT)).toBe(true);
    expect(data.demographics).toHaveLength(11);
  });

  it("accepts one response with several breakdowns as well as a list", () => {
    const s = snapshot();
    const [ages, countries] = s.demographics;
    s.demographics = {
      data: [
        {
          ...ages.data[0],
          total_value: {
            breakdowns: [...ages.data[0].total_value.breakdowns, ...countries.data[0].total_value.breakdowns],
          },
        },
      ],
    };
    const data = accountFromSnapshot(s, "one.json");
    expect(data.demographics).toHaveLength(9);
  });

  it("is optional, and the published JSON Schema accepts the fixture", () => {
    const s = snapshot();
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      JSON.parse(readFileSync(SCHEMA_PATH, "utf8")),
    );
    expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    delete s.demographics;
    expect(accountFromSnapshot(s, "s.json").demographics).toEqual([]);
  });

  const refuse = (change: (s: ReturnType<typeof snapshot>) => void) => {
    const s = snapshot();
    change(s);
    return () => accountFromSnapshot(s, "s.json");
  };

  it("names the record and field of a bad key", () => {
    expect(
      refuse((s) => {
        s.demographics[0].data[0].total_value.breakdowns[0].results[2].dimension_values[0] = "12-17";
      }),
    ).toThrow(
      "graph_sprout.json".replace("graph_sprout", "s") +
        ', record demographics[0].data[0].total_value.breakdowns[0].results[2], field "dimension_values": "12-17" is not an age band (13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+)',
    );
    expect(
      refuse((s) => {
        s.demographics[1].data[0].total_value.breakdowns[0].results[1].dimension_values = ["Austria"];
      }),
    ).toThrow(
      's.json, record demographics[1].data[0].total_value.breakdowns[0].results[1], field "dimension_values": "Austria" is not a two-letter country code (ISO 3166-1); did you mean AT (Austria)?',
    );
    expect(
      refuse((s) => {
        s.demographics[0].data[0].total_value.breakdowns[0].results[0].dimension_values = ["18-24"];
      }),
    ).toThrow(
      's.json, record demographics[0].data[0].total_value.breakdowns[0].results[0], field "dimension_values": expected 2 value(s), one per dimension key (age, gender)',
    );
  });

  it("names the record and field of a bad count, metric or dimension", () => {
    expect(
      refuse((s) => {
        s.demographics[2].data[0].total_value.breakdowns[0].results[0].value = -3;
      }),
    ).toThrow(
      /^s\.json, record demographics\[2\]\.data\[0\]\.total_value\.breakdowns\[0\]\.results\[0\], field "value": /,
    );
    expect(
      refuse((s) => {
        s.demographics[2].data[0].name = "engaged_audience_demographics";
      }),
    ).toThrow(
      's.json, record demographics[2].data[0], field "name": expected "follower_demographics" (other insights are not read)',
    );
    expect(
      refuse((s) => {
        s.demographics[2].data[0].total_value.breakdowns[0].dimension_keys = ["region"];
      }),
    ).toThrow(
      's.json, record demographics[2].data[0].total_value.breakdowns[0], field "dimension_keys": expected age, gender, country or city',
    );
  });

  it("refuses a breakdown given twice", () => {
    expect(
      refuse((s) => {
        s.demographics.push(s.demographics[1]);
      }),
    ).toThrow(
      's.json, record demographics[3].data[0].total_value.breakdowns[0], field "dimension_keys": the country breakdown is also given in demographics[1].data[0].total_value.breakdowns[0]; give each breakdown once',
    );
  });
});

describe("demographics CSV", () => {
  it("is recognised by its dimension, key and value columns", () => {
    expect(csvKindOf(["dimension", "key", "value"])).toBe("demographics");
    expect(csvKindOf(["account", "captured_at", "dimension", "key", "value"])).toBe("demographics");
    expect(csvKindOf(["captured_at", "followers"])).toBe("profile");
  });

  it("reads the fixture; gender female is stored as the Graph API's F", () => {
    const [data, ...rest] = readCsv(csvText, "demographics.csv", ctx);
    expect(rest).toEqual([]);
    expect(data?.account.username).toBe("graph_sprout");
    const at = Date.parse("2026-11-10T09:00:00Z");
    expect(data?.demographics).toEqual([
      { capturedAt: at, dimension: "country", key: "DE", value: 540 },
      { capturedAt: at, dimension: "country", key: "CH", value: 60 },
      { capturedAt: at, dimension: "gender", key: "F", value: 640 },
      { capturedAt: at, dimension: "gender", key: "M", value: 360 },
    ]);
  });

  it("takes the capture time from --captured-at, else the import's time", () => {
    const text = "Dimension,Key,Value\nage,25-34,10\ncountry,de,5\n";
    const account = { platform: "instagram" as const, username: "csv_cook" };
    const [data] = readCsv(text, "d.csv", { ...ctx, account });
    expect(data?.demographics).toEqual([
      { capturedAt: NOW, dimension: "age", key: "25-34", value: 10 },
      { capturedAt: NOW, dimension: "country", key: "DE", value: 5 },
    ]);
    const at = Date.parse("2026-11-05T00:00:00Z");
    const [later] = readCsv(text, "d.csv", { ...ctx, account, capturedAt: at });
    expect(later?.demographics[0]?.capturedAt).toBe(at);
  });

  const header = "account,dimension,key,value\n";
  const row = (rest: string) =>
    `${header}instagram:graph_sprout,age,18-24,10\ninstagram:graph_sprout,${rest}\n`;

  it.each([
    ["region,Bavaria,3", 'd.csv, line 3, field "dimension": expected age, gender, country or city'],
    ["gender,X,3", 'd.csv, line 3, field "key": "X" is not a gender (F, M or U)'],
    [
      "country,Germany,3",
      'd.csv, line 3, field "key": "Germany" is not a two-letter country code (ISO 3166-1); did you mean DE (Germany)?',
    ],
    ["age,18-24,3", 'd.csv, line 3, field "key": the age "18-24" appears twice in one capture'],
    ["city,Berlin,", 'd.csv, line 3, field "value": required value is empty'],
    ["city,Berlin,-1", 'd.csv, line 3, field "value": expected a whole number ≥ 0 (at most 15 digits)'],
    ["city,,4", 'd.csv, line 3, field "key": required value is empty'],
  ])("refuses %s naming line and field", (rest, message) => {
    expect(() => readCsv(row(rest), "d.csv", ctx)).toThrow(message);
  });

  it("merges with the snapshot's rows; a repeated count in one capture is refused", () => {
    const fromSnapshot = accountFromSnapshot(snapshot(), "graph_sprout.json");
    const [fromCsv] = readCsv(csvText, "demographics.csv", ctx);
    const [merged] = mergeAccounts([fromSnapshot, fromCsv as NonNullable<typeof fromCsv>]);
    expect(merged?.demographics).toHaveLength(15);
    const first = fromSnapshot.demographics[0];
    if (!first) throw new Error("the fixture has demographics");
    const twice = { ...fromSnapshot, demographics: [...fromSnapshot.demographics, first] };
    expect(() => assertUniqueIds(twice, "x.json")).toThrow(
      'x.json, age 18-24, field "key": the age "18-24" appears twice in one capture',
    );
  });
});
