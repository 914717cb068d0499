// Fuzzing imports into a database, on PGlite and PostgreSQL: the readers' cases
// (import-cases.ts) imported with importSources as `vouch import` does, and uploads as the
// server takes them (importUpload): loose files under hostile names, zips of the cases with
// odd entries, broken zips, .json.xz. The database holds an earlier good import throughout.
// Property: the import succeeds, or is refused with a user error naming its place (never a
// database error), and a refused import leaves every table exactly as it was.
// Each case is a transaction and a dump of the tables: these targets run a share of the
// readers' cases (docs/fuzzing.md).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, normalize } from "node:path";
import fc from "fast-check";
import { unzipSync, type Zippable, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountRef } from "../../src/core/types.js";
import { importSources } from "../../src/services/import-sources.js";
import { importUpload, type UploadedFile } from "../../src/services/import-upload.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, dumpTables, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { fuzzCases, fuzzParameters, fuzzTimeout } from "./fuzz-runs.js";
import { hostileString, mutatedBytes } from "./hostile-values.js";
import {
  csvCase,
  fileName,
  folderCase,
  graphqlCase,
  type ImportCase,
  placesOf,
  randomFileCase,
  snapshotCase,
  uploadName,
  writeCase,
  xzCase,
} from "./import-cases.js";
import { expectPlacedError } from "./placed-error.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const CAPTURED_AT = Date.parse("2026-10-20T00:00:00Z");

/** Errors found only once the database is asked: they name the account, post or zip entry instead of a file. */
const DATABASE_PLACES = [
  /^comment .* of [a-z]+:\S+ is on post /s,
  /^[a-z]+:\S+ is stored with platform id /,
  /^zip entry ".*" points outside the upload$/s,
  /^two uploaded files are named /,
  /^".*" is not a file name$/s,
  /^upload\b/,
  // Open: loose Instaloader files at a zip's top are read as the temporary folder, and
  // importUpload's messages still name it ("vouch-upload-123-AbC/x_UTC.json: …") where they
  // should say "upload/…". Reported for src/services/import-upload.ts; drop this line with the fix.
  /^vouch-upload-[^/:]+[/:]/,
];

const options = fc.record({
  account: fc.option(
    fc.constantFrom<AccountRef>(
      { platform: "instagram", username: "fuzz_account" },
      { platform: "instagram", username: "tiny_baker" },
      { platform: "tiktok", username: "trail_runner" },
    ),
  ),
  capturedAt: fc.constantFrom(CAPTURED_AT, null),
});

// An import and a dump of every table take 10 to 40 ms: 50 cases per database kind under
// npm test; under npm run fuzz half of FUZZ_RUNS on each kind.
const runs = fuzzCases(50, 0.5);
const timeout = fuzzTimeout(runs, 60);

describe.each(DATABASE_KINDS)("fuzzing imports on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let before: Record<string, unknown[]>;
  const work = mkdtempSync(join(tmpdir(), "vouch-fuzz-import-"));

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
    rmSync(work, { recursive: true, force: true });
  });

  /** Runs one import: stored (the tables as they are now are the next case's "before"), or refused and nothing changed. */
  async function expectStoredOrRefused(run: () => Promise<unknown>, places: (string | RegExp)[]) {
    try {
      await run();
    } catch (err) {
      expectPlacedError(err, [...places, ...DATABASE_PLACES]);
      expect(await dumpTables(d)).toEqual(before);
      return;
    }
    before = await dumpTables(d);
  }

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
      await fc.assert(
        fc.asyncProperty(await cases(), options, (c, opts) =>
          expectStoredOrRefused(
            () => importSources(d.db, ws, writeCase(join(work, "case"), c), { ...opts, now: NOW }),
            placesOf(c),
          ),
        ),
        fuzzParameters(`${target} into ${kind}`, runs),
      );
    },
    timeout,
  );

  it(
    "uploads: loose files under any name, zips, broken zips",
    async () => {
      const cases = fc.oneof(await zipUpload(), looseUpload);
      await fc.assert(
        fc.asyncProperty(cases, options, ({ files, places }, opts) =>
          expectStoredOrRefused(() => importUpload(d.db, ws, files, { ...opts, now: NOW }), places),
        ),
        fuzzParameters(`uploads into ${kind}`, runs),
      );
    },
    timeout,
  );
});

// ——— uploads ———

interface Upload {
  files: UploadedFile[];
  /** What an error may name: the uploaded names, a zip's entries (as written and as unpacked). */
  places: string[];
}

/** A case's files uploaded as they are, some under another (hostile) name. */
const looseUpload: fc.Arbitrary<Upload> = fc
  .tuple(
    fc.oneof(snapshotCase, graphqlCase, csvCase, xzCase, randomFileCase),
    fc.array(uploadName, { maxLength: 2 }),
  )
  .map(([c, names]) => {
    const files = Object.entries(c.files).map(([name, contents], i) => ({
      name: names[i] ?? name,
      bytes: bytesOf(contents),
    }));
    // Errors name a file as stored: its base name ("a/b.csv" is b.csv).
    return { files, places: files.flatMap((f) => [f.name, basename(f.name.replaceAll("\\", "/"))]) };
  });

const bytesOf = (contents: string | Uint8Array) =>
  typeof contents === "string" ? new TextEncoder().encode(contents) : contents;

/** Entries a hostile or careless zip holds beside the case's files. */
const oddEntry: fc.Arbitrary<[string, Uint8Array]> = fc.tuple(
  fc.oneof(
    fc.constantFrom(
      "../evil.json",
      "/etc/evil.json",
      "a/../../evil.json",
      "..\\evil.json",
      "__MACOSX/._x.json",
      "dir/",
      ".",
      "./",
      "x.json/y.json",
      `${"d/".repeat(200)}deep.json`,
      `${"n".repeat(300)}.json`,
    ),
    fileName,
    // A zip holds names of at most 65,535 bytes.
    hostileString.filter((n) => Buffer.byteLength(n) < 65_000),
  ),
  fc.uint8Array({ maxLength: 64 }),
);

/** A zip of a case (an Instaloader folder in its folder or flat), with odd entries; or broken; or random bytes. */
async function zipUpload(): Promise<fc.Arbitrary<Upload>> {
  const anyCase = fc.oneof(await folderCase(), snapshotCase, graphqlCase, csvCase, xzCase);
  const zipped = fc
    .tuple(anyCase, fc.array(oddEntry, { maxLength: 3 }), fc.boolean())
    .map(([c, odd, flat]) => {
      const entries: Zippable = {};
      const prefix = c.folder && !flat ? `${c.folder}/` : "";
      for (const [name, contents] of Object.entries(c.files)) entries[prefix + name] = bytesOf(contents);
      for (const [name, bytes] of odd) entries[name] = bytes;
      return zipSync(entries);
    });
  return fc
    .oneof(
      { weight: 3, arbitrary: zipped },
      { weight: 1, arbitrary: zipped.chain(mutatedBytes) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1_024 }) },
    )
    .map((bytes) => ({
      files: [{ name: "export.zip", bytes }],
      places: ["export.zip", ...zipPlaces(bytes)],
    }));
}

/**
 * What an error about a zip may name: an entry as written or as unpacked, a folder it makes,
 * or a file's own name (a file in a folder of loose files is named so, as by `vouch import`).
 * Read from the zip itself, since a mutated zip names other entries than the one written.
 */
function zipPlaces(bytes: Uint8Array): string[] {
  const written: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        written.push(f.name);
        return false;
      },
    });
  } catch {
    // A broken zip is refused naming the zip.
  }
  const unpacked = written.map((n) => normalize(n.replaceAll("\\", "/")).replace(/^\/+/, ""));
  const folders = unpacked.flatMap((n) =>
    n
      .split("/")
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join("/")),
  );
  return [...written, ...unpacked, ...folders, ...unpacked.map((n) => basename(n))];
}
