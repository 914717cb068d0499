// Fuzzing the importers' readers, without a database: snapshot JSON, Instagram post JSON,
// Instaloader folders, every import CSV, the two sample CSVs, .json.xz and raw bytes, each
// written to disk and read through planSources and readSources as `vouch import` reads it.
// Inputs start from the fixtures and are mutated (hostile-values.ts, import-cases.ts), or
// are random bytes. Property: the files are read, or refused with a user error that names
// the file (and the record, line and field where there is one); nothing else is thrown.
// test/fuzz/import-database.test.ts imports the same cases into a database.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { readCommentSampleCsv } from "../../src/ingest/comment-sample-csv.js";
import { readFollowerSampleCsv } from "../../src/ingest/follower-sample-csv.js";
import type { ImportContext } from "../../src/ingest/import-context.js";
import { planSources, readSources } from "../../src/ingest/read-sources.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { fuzzCases, fuzzParameters, fuzzTimeout } from "./fuzz-runs.js";
import { mutatedCsv } from "./hostile-values.js";
import {
  csvCase,
  folderCase,
  graphqlCase,
  type ImportCase,
  placesOf,
  randomFileCase,
  snapshotCase,
  writeCase,
  xzCase,
} from "./import-cases.js";
import { expectPlacedError } from "./placed-error.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const work = mkdtempSync(join(tmpdir(), "vouch-fuzz-readers-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Who the files belong to when they do not say, and when they were captured: both vary. */
const context: fc.Arbitrary<ImportContext> = fc.record({
  account: fc.option(fc.constant({ platform: "instagram" as const, username: "fuzz_account" })),
  capturedAt: fc.option(fc.constantFrom(Date.parse("2026-10-07T08:00:00Z"), 0, -1, 8.64e15)),
  now: fc.constant(NOW),
});

async function readCase(c: ImportCase, ctx: ImportContext) {
  try {
    await readSources(await planSources(writeCase(join(work, "case"), c)), ctx);
  } catch (err) {
    expectPlacedError(err, placesOf(c));
  }
}

// Reading a small file takes a few milliseconds: 400 cases per target under npm test.
const runs = fuzzCases(400);
const timeout = fuzzTimeout(runs, 6);

describe("fuzzing the import readers", () => {
  const targets: [string, () => fc.Arbitrary<ImportCase> | Promise<fc.Arbitrary<ImportCase>>][] = [
    ["snapshot JSON", () => snapshotCase],
    ["GraphQL post JSON", () => graphqlCase],
    ["Instaloader folder", folderCase],
    ["import CSV", () => csvCase],
    [".json.xz", () => xzCase],
    ["random bytes", () => randomFileCase],
  ];
  it.each(targets)(
    "%s",
    async (target, cases) => {
      await fc.assert(fc.asyncProperty(await cases(), context, readCase), fuzzParameters(target, runs));
    },
    timeout,
  );

  it(
    "sample CSV (vouch followers score, vouch comments classify)",
    () => {
      const text = (f: string) => readFileSync(join(FIXTURES, f), "utf8");
      const followers = ["models/followers-full.csv", "csv/followers.csv"].map(text);
      const comments = ["comments/friendly-instagram.csv", "comments/scam-instagram.csv"].map(text);
      const cases = fc.oneof(
        fc.constantFrom(...followers).chain((t) => mutatedCsv(t).map((csv) => ({ kind: "followers", csv }))),
        fc.constantFrom(...comments).chain((t) => mutatedCsv(t).map((csv) => ({ kind: "comments", csv }))),
      );
      fc.assert(
        fc.property(cases, ({ kind, csv }) => {
          try {
            if (kind === "followers") readFollowerSampleCsv(csv, "sample.csv");
            else readCommentSampleCsv(csv, "sample.csv");
          } catch (err) {
            expectPlacedError(err, ["sample.csv"]);
          }
        }),
        fuzzParameters("sample CSV", runs),
      );
    },
    timeout,
  );
});
