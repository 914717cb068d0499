// One run of the follower model's recipe on a set of training rows: out-of-fold margins,
// Platt calibration, the threshold, the error rates and how far they move on a source
// left out. The shipped model is this recipe on every row; the interval's simulation
// runs the same recipe on two sources and tests it on the third, so the recipe, not only
// its output, is what the card's figures describe.
import type { ErrorRates, RateSpread } from "../core/fake-share.js";
import { kFold, outOfFold, sourceFolds } from "./cross-validate-followers.js";
import type { FittedCandidate, FollowerCandidate } from "./follower-candidates.js";
import { FOLLOWER_SOURCES, type FollowerRows, type FollowerSource } from "./follower-data.js";
import { confusion, sensitivity, specificity, thresholdAtFpr } from "./metrics.js";
import { fitPlatt } from "./platt.js";
import { round } from "./train-trees.js";

export interface PipelineSettings {
  folds: number;
  seed: number;
  /** The shipped threshold keeps every source's out-of-fold false-positive rate at or under this. */
  maxFalsePositiveRate: number;
}

export interface PipelineResult {
  fitted: FittedCandidate;
  calibration: { slope: number; intercept: number };
  threshold: number;
  /** Calibrated out-of-fold and left-out-source predictions of the training rows (NaN elsewhere). */
  oofP: Float64Array;
  losoP: Float64Array;
  pooled: ErrorRates;
  bySource: Partial<Record<FollowerSource, ErrorRates>>;
  /** Each training source's rates when it was left out of training. */
  heldOut: Partial<Record<FollowerSource, ErrorRates>>;
  spread: RateSpread;
}

const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

export function ratesAt(
  p: ArrayLike<number>,
  rows: FollowerRows,
  subset: readonly number[],
  threshold: number,
): ErrorRates {
  const c = confusion(
    subset.map((i) => p[i] as number),
    subset.map((i) => rows.y[i] as number),
    threshold,
  );
  return {
    sensitivity: round(sensitivity(c)),
    specificity: round(specificity(c)),
    positives: c.tp + c.fn,
    negatives: c.tn + c.fp,
  };
}

export const sourcesIn = (rows: FollowerRows, subset: readonly number[]): FollowerSource[] =>
  FOLLOWER_SOURCES.filter((s) => subset.some((i) => rows.source[i] === s));

export const rowsOf = (rows: FollowerRows, subset: readonly number[], s: FollowerSource): number[] =>
  subset.filter((i) => rows.source[i] === s);

/**
 * The lowest threshold at which every source's false-positive rate stays at or under
 * `maxFpr`: the FPR falls as the threshold rises, so the highest of the sources' own
 * lowest thresholds satisfies them all.
 */
export function thresholdForEverySource(
  p: ArrayLike<number>,
  rows: FollowerRows,
  subset: readonly number[],
  maxFpr: number,
): number {
  let t = 0;
  for (const s of sourcesIn(rows, subset)) {
    const idx = rowsOf(rows, subset, s);
    const own = thresholdAtFpr(
      idx.map((i) => p[i] as number),
      idx.map((i) => rows.y[i] as number),
      maxFpr,
    ).threshold;
    t = Math.max(t, own);
  }
  return t;
}

/**
 * Root mean square of the held-out rates' shortfalls and excesses against the pooled ones,
 * each direction over every held-out source (a source that moved the other way adds 0).
 */
export function rateSpread(pooled: ErrorRates, heldOut: readonly ErrorRates[]): RateSpread {
  const semi = (d: number[], sign: 1 | -1) =>
    d.length === 0 ? 0 : round(Math.sqrt(d.reduce((s, v) => s + Math.max(0, sign * v) ** 2, 0) / d.length));
  const se = heldOut.map((r) => r.sensitivity - pooled.sensitivity);
  const sp = heldOut.map((r) => r.specificity - pooled.specificity);
  return {
    sensitivityBelow: semi(se, -1),
    sensitivityAbove: semi(se, 1),
    specificityBelow: semi(sp, -1),
    specificityAbove: semi(sp, 1),
  };
}

export function runPipeline(
  rows: FollowerRows,
  candidate: FollowerCandidate,
  subset: readonly number[],
  settings: PipelineSettings,
): PipelineResult {
  const oofMargin = outOfFold(
    rows,
    candidate.fit,
    subset,
    kFold(rows, subset, settings.folds, settings.seed),
  );
  const sources = sourcesIn(rows, subset);
  const losoMargin =
    sources.length > 1 ? outOfFold(rows, candidate.fit, subset, sourceFolds(rows, subset)) : null;
  const cal = fitPlatt(
    subset.map((i) => oofMargin[i] as number),
    subset.map((i) => rows.y[i] as number),
  );
  const calibration = { slope: round(cal.slope), intercept: round(cal.intercept) };
  const toP = (m: number) => sigmoid(calibration.slope * m + calibration.intercept);
  const oofP = oofMargin.map(toP);
  const losoP = losoMargin ? losoMargin.map(toP) : new Float64Array(rows.y.length).fill(Number.NaN);
  const threshold = round(thresholdForEverySource(oofP, rows, subset, settings.maxFalsePositiveRate));
  const pooled = ratesAt(oofP, rows, subset, threshold);
  const bySource: PipelineResult["bySource"] = {};
  const heldOut: PipelineResult["heldOut"] = {};
  for (const s of sources) {
    bySource[s] = ratesAt(oofP, rows, rowsOf(rows, subset, s), threshold);
    if (losoMargin) heldOut[s] = ratesAt(losoP, rows, rowsOf(rows, subset, s), threshold);
  }
  return {
    fitted: candidate.fit(rows, subset),
    calibration,
    threshold,
    oofP,
    losoP,
    pooled,
    bySource,
    heldOut,
    spread: rateSpread(pooled, Object.values(heldOut)),
  };
}
