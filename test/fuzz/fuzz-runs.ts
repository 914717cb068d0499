// How many cases each fuzz target runs and from which seed, for every file in test/fuzz.
// `npm test` runs a few dozen to a few hundred cases per target (FUZZ_RUNS unset), `npm run
// fuzz` 10,000 (FUZZ_RUNS=10000).
// The seed is new on every run and printed at the start of each target; a failure prints
// the seed and the path of the shrunk case, the case itself (cut short; whole in
// test-artifacts/fuzz/), and the command that replays it:
// FUZZ_SEED=123 FUZZ_PATH=4:2 npx vitest run test/fuzz/<file>.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

/** The base number of cases per target from FUZZ_RUNS (`npm run fuzz`: 10,000), or null under `npm test`. */
export const FUZZ_RUNS = process.env.FUZZ_RUNS ? positiveInteger("FUZZ_RUNS", process.env.FUZZ_RUNS) : null;

const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
const PATH = process.env.FUZZ_PATH;

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/fuzz", import.meta.url));

/**
 * Cases of one target: `ci` under `npm test` (sized so a file takes well under a minute on
 * two cores), else `share` of FUZZ_RUNS. A target run on both database kinds takes half
 * on each, so it still gets FUZZ_RUNS cases in all.
 */
export function fuzzCases(ci: number, share = 1): number {
  return FUZZ_RUNS === null ? ci : Math.max(1, Math.round(FUZZ_RUNS * share));
}

/**
 * fast-check's parameters for one target of `numRuns` cases: the seed of this run, the path
 * to replay when FUZZ_PATH is set, and a report that names the seed and shows the case.
 */
export function fuzzParameters<T>(target: string, numRuns: number): fc.Parameters<T> {
  console.log(`fuzz ${target}: ${numRuns} cases, seed ${SEED}${PATH ? `, path ${PATH}` : ""}`);
  const report = (details: fc.RunDetails<T>) => {
    if (!details.failed) return;
    const file = `${ARTIFACTS}/${target.replace(/[^A-Za-z0-9]+/g, "-")}.txt`;
    const example = details.counterexample === null ? "(none)" : fc.stringify(details.counterexample);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(file, `${example}\n`);
    const error = details.errorInstance;
    throw new Error(
      [
        `fuzz ${target} failed after ${details.numRuns} cases (${details.numShrinks} shrinks)`,
        `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} npx vitest run <this file>`,
        `case: ${example.length > 2_000 ? `${example.slice(0, 2_000)}… (whole in ${file})` : example}`,
        `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ].join("\n"),
      { cause: error },
    );
  };
  return {
    numRuns,
    seed: SEED,
    ...(PATH ? { path: PATH, endOnFailure: true } : {}),
    reporter: report,
  };
}

/**
 * A Vitest timeout for a target of `runs` cases that take about `msPerCase` each: the
 * suite's minute, or four times the expected time on a busy two-core machine.
 */
export function fuzzTimeout(runs: number, msPerCase: number): number {
  return Math.max(60_000, runs * msPerCase * 4);
}

function positiveInteger(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${raw}"`);
  return n;
}
