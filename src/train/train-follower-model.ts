// Trains the follower-authenticity model (docs/models/follower-authenticity.md):
// cross-validation first (all reported figures and the threshold come from
// out-of-fold predictions), then the shipped model on every row.
import { type ErrorRates, estimateFakeShare } from "../core/fake-share.js";
import { FOLLOWER_FEATURES } from "../core/follower-features.js";
import type { FollowerModelJson } from "../core/follower-model.js";
import { fitOn, kFold, outOfFold, sourceFolds } from "./cross-validate-followers.js";
import {
  FOLLOWER_SOURCES,
  type FollowerRows,
  type FollowerSource,
  readFollowerRows,
} from "./follower-data.js";
import {
  auc,
  brier,
  type CalibrationBin,
  calibrationTable,
  confusion,
  falsePositiveRate,
  sensitivity,
  specificity,
  thresholdAtFpr,
} from "./metrics.js";
import { fitPlatt } from "./platt.js";
import { mulberry32 } from "./random.js";
import { round, type TreeParams } from "./train-trees.js";

export const FOLLOWER_MODEL_VERSION_TAG = "follower-fake-v1";

/** Everything that decides the weights; change any of it and the committed file changes. */
export const FOLLOWER_TRAINING = {
  seed: 20170815,
  folds: 5,
  /** SRF Data's published false-positive rate: the shipped threshold keeps to it. */
  maxFalsePositiveRate: 0.037,
  minSample: 50,
  params: {
    trees: 40,
    depth: 3,
    learningRate: 0.2,
    lambda: 1,
    minChildWeight: 1,
    minGain: 0,
    subsample: 0.7,
    colsample: 0.5,
    seed: 20170815,
  } satisfies TreeParams,
  simulation: { samples: 1000, sampleSize: 200, shares: [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5] },
  /** Other fold seeds, to show how much the figures move with the split alone. */
  repeatSeeds: [1, 2, 3, 4, 5],
};

export interface SourceFigures {
  rows: number;
  fakes: number;
  auc: number;
  /** At the shipped threshold. */
  sensitivity: number;
  falsePositiveRate: number;
  /** The best sensitivity with FPR ≤ 3.7% when the threshold is set on this source alone. */
  sensitivityAtMaxFpr: number;
  fprAtThat: number;
}

export interface CoverageRow {
  population: string;
  targetShare: number;
  coverage: number;
  meanWidth: number;
}

export interface FollowerReport {
  rows: number;
  fakes: number;
  kFold: {
    auc: number;
    brier: number;
    calibration: CalibrationBin[];
    bySource: Record<FollowerSource, SourceFigures>;
  };
  leaveOneSourceOut: Record<FollowerSource, SourceFigures>;
  threshold: number;
  thresholdMargin: number;
  pooledAtThreshold: { sensitivity: number; falsePositiveRate: number };
  coverage: CoverageRow[];
  /** pFake of a follower with nothing known: the training data's fake share. */
  priorPFake: number;
  /** Pooled AUC and the SRF sensitivity at FPR ≤ 3.7% under other fold seeds. */
  repeats: { seed: number; auc: number; srfSensitivity: number }[];
}

const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

function indicesOf(rows: FollowerRows, source: FollowerSource): number[] {
  return rows.source.flatMap((s, i) => (s === source ? [i] : []));
}

function sourceFigures(
  rows: FollowerRows,
  p: Float64Array,
  source: FollowerSource,
  threshold: number,
): SourceFigures {
  const idx = indicesOf(rows, source);
  const ps = idx.map((i) => p[i] as number);
  const ys = idx.map((i) => rows.y[i] as number);
  const c = confusion(ps, ys, threshold);
  const best = thresholdAtFpr(ps, ys, FOLLOWER_TRAINING.maxFalsePositiveRate);
  return {
    rows: idx.length,
    fakes: ys.filter((y) => y === 1).length,
    auc: auc(ps, ys),
    sensitivity: sensitivity(c),
    falsePositiveRate: falsePositiveRate(c),
    sensitivityAtMaxFpr: best.sensitivity,
    fprAtThat: best.fpr,
  };
}

function rates(p: ArrayLike<number>, y: ArrayLike<number>, threshold: number): ErrorRates {
  const c = confusion(p, y, threshold);
  return {
    sensitivity: round(sensitivity(c)),
    specificity: round(specificity(c)),
    positives: c.tp + c.fn,
    negatives: c.tn + c.fp,
  };
}

export async function trainFollowerModel(
  datasetsDir: string,
): Promise<{ model: FollowerModelJson; report: FollowerReport }> {
  const rows = await readFollowerRows(datasetsDir);
  const T = FOLLOWER_TRAINING;

  const oofMargin = outOfFold(rows, kFold(rows, T.folds, T.seed), T.params);
  const cal = fitPlatt(oofMargin, rows.y);
  const calibration = { slope: round(cal.slope), intercept: round(cal.intercept) };
  const toP = (m: number) => sigmoid(calibration.slope * m + calibration.intercept);
  const oofP = oofMargin.map(toP);

  const chosen = thresholdAtFpr(oofP, rows.y, T.maxFalsePositiveRate);
  const threshold = round(chosen.threshold);
  const pooledRates = rates(oofP, rows.y, threshold);
  const bySourceRates = Object.fromEntries(
    FOLLOWER_SOURCES.map((s) => {
      const idx = indicesOf(rows, s);
      return [
        s,
        rates(
          idx.map((i) => oofP[i] as number),
          idx.map((i) => rows.y[i] as number),
          threshold,
        ),
      ];
    }),
  ) as Record<FollowerSource, ErrorRates>;

  const losoP = outOfFold(rows, sourceFolds(rows), T.params).map(toP);
  const pooledC = confusion(oofP, rows.y, threshold);

  const ensemble = fitOn(
    rows,
    Array.from(rows.y, (_, i) => i),
    T.params,
  );
  const model: FollowerModelJson = {
    version: FOLLOWER_MODEL_VERSION_TAG,
    features: [...FOLLOWER_FEATURES],
    calibration,
    threshold,
    prior: round(rows.y.reduce((sum, y) => sum + y, 0) / rows.y.length),
    errorRates: { pooled: pooledRates, bySource: bySourceRates },
    minSample: T.minSample,
    ensemble,
  };

  const report: FollowerReport = {
    rows: rows.y.length,
    fakes: rows.y.reduce((s, y) => s + y, 0),
    kFold: {
      auc: auc(oofP, rows.y),
      brier: brier(oofP, rows.y),
      calibration: calibrationTable(oofP, rows.y),
      bySource: Object.fromEntries(
        FOLLOWER_SOURCES.map((s) => [s, sourceFigures(rows, oofP, s, threshold)]),
      ) as Record<FollowerSource, SourceFigures>,
    },
    leaveOneSourceOut: Object.fromEntries(
      FOLLOWER_SOURCES.map((s) => [s, sourceFigures(rows, losoP, s, threshold)]),
    ) as Record<FollowerSource, SourceFigures>,
    threshold,
    thresholdMargin: (Math.log(threshold / (1 - threshold)) - calibration.intercept) / calibration.slope,
    pooledAtThreshold: { sensitivity: sensitivity(pooledC), falsePositiveRate: falsePositiveRate(pooledC) },
    coverage: simulateCoverage(rows, oofP, model),
    priorPFake: model.prior,
    repeats: T.repeatSeeds.map((seed) => {
      const m = outOfFold(rows, kFold(rows, T.folds, seed), T.params);
      const srf = indicesOf(rows, "srf");
      const best = thresholdAtFpr(
        srf.map((i) => m[i] as number),
        srf.map((i) => rows.y[i] as number),
        T.maxFalsePositiveRate,
      );
      return { seed, auc: auc(m, rows.y), srfSensitivity: best.sensitivity };
    }),
  };
  return { model, report };
}

/**
 * The interval's coverage: random samples of 200 followers drawn (with replacement)
 * from the out-of-fold predictions of one population at a set fake share; how often
 * does the interval hold the sample's true share?
 */
function simulateCoverage(rows: FollowerRows, oofP: Float64Array, model: FollowerModelJson): CoverageRow[] {
  const { samples, sampleSize, shares } = FOLLOWER_TRAINING.simulation;
  const rnd = mulberry32(FOLLOWER_TRAINING.seed + 1);
  const populations: [string, number[]][] = [
    ["all sources", Array.from(rows.y, (_, i) => i)],
    ...FOLLOWER_SOURCES.map((s) => [s, indicesOf(rows, s)] as [string, number[]]),
  ];
  const out: CoverageRow[] = [];
  for (const [population, idx] of populations) {
    const fakes = idx.filter((i) => rows.y[i] === 1);
    const reals = idx.filter((i) => rows.y[i] === 0);
    for (const target of shares) {
      let covered = 0;
      let width = 0;
      for (let s = 0; s < samples; s++) {
        let trueFakes = 0;
        let flagged = 0;
        for (let k = 0; k < sampleSize; k++) {
          const isFake = rnd() < target;
          const pool = isFake ? fakes : reals;
          const i = pool[Math.floor(rnd() * pool.length)] as number;
          if (isFake) trueFakes++;
          if ((oofP[i] as number) >= model.threshold) flagged++;
        }
        const est = estimateFakeShare(
          flagged,
          sampleSize,
          model.errorRates.pooled,
          Object.values(model.errorRates.bySource),
        );
        const truth = trueFakes / sampleSize;
        if (est.low <= truth && truth <= est.high) covered++;
        width += est.high - est.low;
      }
      out.push({ population, targetShare: target, coverage: covered / samples, meanWidth: width / samples });
    }
  }
  return out;
}
