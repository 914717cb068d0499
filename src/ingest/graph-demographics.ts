// The Instagram Graph API's follower demographics as the API returns them, read into
// AccountDemographic rows: GET /{ig-user-id}/insights?metric=follower_demographics
// &period=lifetime&metric_type=total_value&breakdown=age|gender|country|city answers
// {"data": [{"name": "follower_demographics", "period": "lifetime", "total_value":
// {"breakdowns": [{"dimension_keys": ["age"], "results": [{"dimension_values": ["18-24"],
// "value": 123}]}]}, "id": "…"}]}. One request per breakdown is the usual way, so a
// snapshot may hold one response or a list of them; a request with several breakdowns
// (breakdown=age,gender) has several dimension keys, and each dimension is then the sum
// over the others. Keys are checked here, once for the snapshot and the CSV, so a bad
// key names its file, record and field.
import { z } from "zod";
import { cleanText } from "../core/clean-text.js";
import { invalidFile } from "../core/errors.js";
import { readCountryCode } from "../core/iso-codes.js";
import { AGE_BANDS, type AgeBand } from "../core/media-kit.js";
import { type AccountDemographic, DEMOGRAPHIC_DIMENSIONS, type DemographicDimension } from "../core/types.js";
import { countSchema } from "./field-schemas.js";
import { pathToString } from "./zod-error.js";

const result = z.object({
  dimension_values: z.array(z.string()).min(1).describe("one value per dimension key, in the same order"),
  value: countSchema.describe("followers with these values"),
});

const breakdown = z.object({
  dimension_keys: z
    .array(z.enum(DEMOGRAPHIC_DIMENSIONS, { message: "expected age, gender, country or city" }))
    .min(1)
    .describe("the breakdown's dimensions: age, gender, country or city"),
  results: z.array(result),
});

const metric = z.object({
  // A refinement rather than a literal: inside the union (one response or a list), a
  // literal's mismatch would hide this message behind "Invalid input".
  name: z
    .string()
    .refine(
      (v) => v === "follower_demographics",
      'expected "follower_demographics" (other insights are not read)',
    )
    .describe('"follower_demographics"'),
  period: z.string().nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  id: z.string().nullish(),
  total_value: z.object({ breakdowns: z.array(breakdown) }),
});

export const graphDemographicsResponse = z
  .object({ data: z.array(metric) })
  .describe("one Graph API response of /{ig-user-id}/insights?metric=follower_demographics, as returned");

/** One response, or a list of them (one request per breakdown). */
export const graphDemographicsSchema = z
  .union([graphDemographicsResponse, z.array(graphDemographicsResponse)])
  .describe(
    "the Instagram Graph API's follower_demographics response(s) as returned: one response or a list (one per breakdown: age, gender, country, city)",
  );

export type GraphDemographics = z.output<typeof graphDemographicsSchema>;

/**
 * Checks a snapshot's `demographics` against the branch its shape asks for (a list or one
 * response) before the whole snapshot is parsed: a union that fails reports only "Invalid
 * input" when no branch matches well enough, and the user needs the record and field.
 */
export function assertGraphDemographics(value: unknown, file: string, record: string): void {
  if (value === null || value === undefined) return;
  const schema = Array.isArray(value) ? z.array(graphDemographicsResponse) : graphDemographicsResponse;
  const result = schema.safeParse(value);
  const issue = result.success ? undefined : result.error.issues[0];
  if (!issue) return;
  // The field is the last named key ("dimension_keys" for dimension_keys[0]).
  const at = issue.path.findLastIndex((k) => typeof k === "string");
  const field = at >= 0 ? String(issue.path[at]) : null;
  const path = pathToString(at >= 0 ? issue.path.slice(0, at) : issue.path);
  throw invalidFile(
    file,
    `record ${record}${path && !path.startsWith("[") ? "." : ""}${path}`,
    field,
    issue.message,
  );
}

const GENDER_KEYS: Record<string, string> = {
  F: "F",
  M: "M",
  U: "U",
  FEMALE: "F",
  MALE: "M",
  OTHER: "U",
  UNKNOWN: "U",
};

/**
 * The key as stored (the Graph API's own spelling): an age band of the platforms, F, M or
 * U for gender (female, male, other and unknown are accepted too), an ISO 3166-1 alpha-2
 * country in upper case (core/iso-codes.ts), a city as given. Returns an error message for a bad key.
 */
export function demographicKey(
  dimension: DemographicDimension,
  raw: string,
): { key: string } | { error: string } {
  const key = raw.trim();
  switch (dimension) {
    case "age":
      return AGE_BANDS.includes(key as AgeBand)
        ? { key }
        : { error: `"${raw}" is not an age band (${AGE_BANDS.join(", ")})` };
    case "gender": {
      const g = GENDER_KEYS[key.toUpperCase()];
      return g ? { key: g } : { error: `"${raw}" is not a gender (F, M or U)` };
    }
    case "country": {
      // The same reading as kits and targets (UK is GB), so the fit compares like with like.
      const r = readCountryCode(key);
      return r.ok ? { key: r.code } : { error: r.message };
    }
    case "city":
      return key.length >= 1 && key.length <= 200
        ? { key: cleanText(key) }
        : { error: "a city must be 1 to 200 characters" };
  }
}

/** The rows of an already parsed value; `record` is the JSON path of the value in its file. */
export function demographicsFromGraph(
  value: GraphDemographics,
  capturedAt: number,
  file: string,
  record: string,
): AccountDemographic[] {
  const responses = Array.isArray(value) ? value : [value];
  const rows = new Map<string, AccountDemographic>();
  const givenBy = new Map<DemographicDimension, string>();
  for (const [r, response] of responses.entries())
    for (const [m, metricValue] of response.data.entries())
      for (const [b, br] of metricValue.total_value.breakdowns.entries()) {
        const at = pathToString([
          ...(Array.isArray(value) ? [r] : []),
          "data",
          m,
          "total_value",
          "breakdowns",
          b,
        ]);
        const where = `record ${record}${at.startsWith("[") ? "" : "."}${at}`;
        for (const d of br.dimension_keys) {
          const earlier = givenBy.get(d);
          if (earlier !== undefined && earlier !== where)
            throw invalidFile(
              file,
              where,
              "dimension_keys",
              `the ${d} breakdown is also given in ${earlier.replace(/^record /, "")}; give each breakdown once`,
            );
          givenBy.set(d, where);
        }
        for (const [i, res] of br.results.entries()) {
          if (res.dimension_values.length !== br.dimension_keys.length)
            throw invalidFile(
              file,
              `${where}.results[${i}]`,
              "dimension_values",
              `expected ${br.dimension_keys.length} value(s), one per dimension key (${br.dimension_keys.join(", ")})`,
            );
          for (const [k, dimension] of br.dimension_keys.entries()) {
            const parsed = demographicKey(dimension, res.dimension_values[k] ?? "");
            if ("error" in parsed)
              throw invalidFile(file, `${where}.results[${i}]`, "dimension_values", parsed.error);
            const id = `${dimension} ${parsed.key}`;
            const row = rows.get(id);
            if (row && br.dimension_keys.length === 1)
              throw invalidFile(
                file,
                `${where}.results[${i}]`,
                "dimension_values",
                `the ${dimension} "${parsed.key}" appears twice`,
              );
            if (row) row.value += res.value;
            else rows.set(id, { capturedAt, dimension, key: parsed.key, value: res.value });
          }
        }
      }
  return [...rows.values()];
}
