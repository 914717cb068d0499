// Compares the follower model candidates the way the model will be used: on followers
// from a population it never saw. For each source left out, the whole recipe (fit,
// calibration, threshold) runs on the other two, then meets the left-out source. The
// candidate with the best worst-case AUC there is the one to ship.
import { FEATURE_COUNT } from "../core/follower-features.js";
import { allRows, kFold, outOfFold } from "./cross-validate-followers.js";
import type { FollowerCandidate } from "./follower-candidates.js";
import { FOLLOWER_SOURCES, type FollowerRows, type FollowerSource } from "./follower-data.js";
import { type PipelineResult, type PipelineSettings, rowsOf, runPipeline } from "./follower-pipeline.js";
import { auc, confusion, falsePositiveRate, sensitivity, thresholdAtFpr } from "./metrics.js";

export interface TransferFigures {
  rows: number;
  fakes: number;
  auc: number;
  /** At the threshold the recipe chose on the two training sources. */
  sensitivity: number;
  falsePositiveRate: number;
}

export interface CandidateFigures {
  id: string;
  description: string;
  pooledAuc: number;
  /** Mean over fold seeds of the best SRF sensitivity with FPR ≤ the limit (5-fold, pooled training). */
  srfSensitivity: number;
  heldOut: Record<FollowerSource, TransferFigures>;
  worstAuc: number;
  worstFalsePositiveRate: number;
}

export interface HeldOutRun {
  source: FollowerSource;
  run: PipelineResult;
  /** Calibrated predictions of the recipe trained without this source, on its rows (NaN elsewhere). */
  p: Float64Array;
}

const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

/** The recipe on every source but `source`, and its predictions on `source`. */
export function heldOutRun(
  rows: FollowerRows,
  candidate: FollowerCandidate,
  source: FollowerSource,
  settings: PipelineSettings,
): HeldOutRun {
  const all = allRows(rows);
  const train = all.filter((i) => rows.source[i] !== source);
  const run = runPipeline(rows, candidate, train, settings);
  const p = new Float64Array(rows.y.length).fill(Number.NaN);
  for (const i of rowsOf(rows, all, source)) {
    const m = run.fitted.margin(rows.x, i * FEATURE_COUNT);
    p[i] = sigmoid(run.calibration.slope * m + run.calibration.intercept);
  }
  return { source, run, p };
}

/** One source's figures from predictions `p` at `threshold` (the card's tables build on it). */
export function figuresAt(
  rows: FollowerRows,
  p: ArrayLike<number>,
  source: FollowerSource,
  threshold: number,
): TransferFigures & { scores: number[]; labels: number[] } {
  const idx = rowsOf(rows, allRows(rows), source);
  const scores = idx.map((i) => p[i] as number);
  const labels = idx.map((i) => rows.y[i] as number);
  const c = confusion(scores, labels, threshold);
  return {
    rows: idx.length,
    fakes: c.tp + c.fn,
    auc: auc(scores, labels),
    sensitivity: sensitivity(c),
    falsePositiveRate: falsePositiveRate(c),
    scores,
    labels,
  };
}

export function transferFigures(rows: FollowerRows, h: HeldOutRun): TransferFigures {
  const { scores: _s, labels: _l, ...figures } = figuresAt(rows, h.p, h.source, h.run.threshold);
  return figures;
}

export function compareCandidate(
  rows: FollowerRows,
  candidate: FollowerCandidate,
  settings: PipelineSettings,
  repeatSeeds: readonly number[],
): { figures: CandidateFigures; runs: HeldOutRun[] } {
  const all = allRows(rows);
  const y = Array.from(rows.y);
  const pooled = outOfFold(rows, candidate.fit, all, kFold(rows, all, settings.folds, settings.seed));
  const srf = rowsOf(rows, all, "srf");
  const srfSensitivity =
    repeatSeeds
      .map((seed) => {
        const m = outOfFold(rows, candidate.fit, all, kFold(rows, all, settings.folds, seed));
        return thresholdAtFpr(
          srf.map((i) => m[i] as number),
          srf.map((i) => rows.y[i] as number),
          settings.maxFalsePositiveRate,
        ).sensitivity;
      })
      .reduce((s, v) => s + v, 0) / repeatSeeds.length;
  const runs = FOLLOWER_SOURCES.map((s) => heldOutRun(rows, candidate, s, settings));
  const heldOut = Object.fromEntries(runs.map((h) => [h.source, transferFigures(rows, h)])) as Record<
    FollowerSource,
    TransferFigures
  >;
  const figures = Object.values(heldOut);
  return {
    figures: {
      id: candidate.id,
      description: candidate.description,
      pooledAuc: auc(pooled, y),
      srfSensitivity,
      heldOut,
      worstAuc: Math.min(...figures.map((f) => f.auc)),
      worstFalsePositiveRate: Math.max(...figures.map((f) => f.falsePositiveRate)),
    },
    runs,
  };
}

/** The rule: the best worst-case held-out AUC; a tie goes to the lower worst-case FPR. */
export function bestCandidate(figures: readonly CandidateFigures[]): CandidateFigures {
  return [...figures].sort(
    (a, b) => b.worstAuc - a.worstAuc || a.worstFalsePositiveRate - b.worstFalsePositiveRate,
  )[0] as CandidateFigures;
}
