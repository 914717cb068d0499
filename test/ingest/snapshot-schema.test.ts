// The published JSON Schema is the zod schema's own output, and an independent
// validator (Ajv) accepts every snapshot fixture and rejects a broken one.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATH, snapshotSchemaText } from "../../src/tools/write-json-schema.js";
import { FIXTURES } from "../helpers/fixtures.js";

const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
const load = (path: string) => JSON.parse(readFileSync(`${FIXTURES}/${path}`, "utf8"));

describe("schemas/vouch-snapshot.schema.json", () => {
  it("is up to date with the zod schema (npm run schema writes it)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(snapshotSchemaText());
  });

  it.each(["snapshot/trail_runner.json", "demo/sunny_trails.json", "demo/glowup_daily.json"])(
    "accepts %s",
    (path) => {
      expect(validate(load(path)), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it("rejects a snapshot whose post has no date", () => {
    const s = load("snapshot/trail_runner.json");
    delete s.posts[0].takenAt;
    expect(validate(s)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: "/posts/0",
      params: { missingProperty: "takenAt" },
    });
  });
});
