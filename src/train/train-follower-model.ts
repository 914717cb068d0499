// Trains the follower-authenticity model (docs/models/follower-authenticity.md): the
// recipe (follower-pipeline.ts) on every labelled row gives the shipped weights, its
// threshold and error rates; with `compare`, every candidate is also tried on each
// source left out, the rule picks one, and the interval's coverage is simulated there.
import { FOLLOWER_FEATURES, UNTRANSFERABLE_FEATURES } from "../core/follower-features.js";
import type { FollowerModelJson } from "../core/follower-model.js";
import {
  bestCandidate,
  type CandidateFigures,
  compareCandidate,
  figuresAt,
  type HeldOutRun,
} from "./compare-follower-candidates.js";
import { allRows } from "./cross-validate-followers.js";
import { FOLLOWER_CANDIDATES, type FollowerCandidate } from "./follower-candidates.js";
import {
  FOLLOWER_SOURCES,
  type FollowerRows,
  type FollowerSource,
  readFollowerRows,
} from "./follower-data.js";
import { runPipeline } from "./follower-pipeline.js";
import {
  auc,
  brier,
  type CalibrationBin,
  calibrationTable,
  confusion,
  falsePositiveRate,
  sensitivity,
  thresholdAtFpr,
} from "./metrics.js";
import { type CoverageRow, simulateCoverage } from "./simulate-fake-share.js";
import { round } from "./train-trees.js";

export const FOLLOWER_MODEL_VERSION_TAG = "follower-fake-v2";

/** Everything that decides the weights; change any of it and the committed file changes. */
export const FOLLOWER_TRAINING = {
  seed: 20170815,
  folds: 5,
  /** SRF Data's published false-positive rate: the threshold keeps every source to it. */
  maxFalsePositiveRate: 0.037,
  /** The candidate shipped; `npm run train` fails when the rule picks another one. */
  shipped: "trees",
  minSample: 50,
  simulation: {
    samples: 1000,
    sampleSize: 200,
    shares: [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
    seed: 20170816,
  },
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

export interface FollowerReport {
  rows: number;
  fakes: number;
  kFold: {
    auc: number;
    brier: number;
    calibration: CalibrationBin[];
    bySource: Record<FollowerSource, SourceFigures>;
  };
  /** The shipped recipe's models trained without each source, at the shipped calibration and threshold. */
  leaveOneSourceOut: Record<FollowerSource, SourceFigures>;
  candidates: CandidateFigures[];
  chosen: string;
  threshold: number;
  pooledAtThreshold: { sensitivity: number; falsePositiveRate: number };
  spread: FollowerModelJson["errorRates"]["spread"];
  coverage: CoverageRow[];
  /** pFake of a follower with nothing known: the training data's fake share. */
  priorPFake: number;
}

function sourceFigures(rows: FollowerRows, p: Float64Array, source: FollowerSource, threshold: number) {
  const { scores, labels, ...figures } = figuresAt(rows, p, source, threshold);
  const best = thresholdAtFpr(scores, labels, FOLLOWER_TRAINING.maxFalsePositiveRate);
  return { ...figures, sensitivityAtMaxFpr: best.sensitivity, fprAtThat: best.fpr };
}

const bySourceOf = <T>(f: (s: FollowerSource) => T) =>
  Object.fromEntries(FOLLOWER_SOURCES.map((s) => [s, f(s)])) as Record<FollowerSource, T>;

function shippedCandidate(): FollowerCandidate {
  const c = FOLLOWER_CANDIDATES.find((x) => x.id === FOLLOWER_TRAINING.shipped);
  if (!c) throw new Error(`no follower candidate "${FOLLOWER_TRAINING.shipped}"`);
  return c;
}

export async function trainFollowerModel(
  datasetsDir: string,
  options: { compare?: boolean } = {},
): Promise<{ model: FollowerModelJson; report: FollowerReport | null }> {
  const rows = await readFollowerRows(datasetsDir);
  const T = FOLLOWER_TRAINING;
  const all = allRows(rows);
  const candidate = shippedCandidate();
  const run = runPipeline(rows, candidate, all, T);
  const model: FollowerModelJson = {
    version: FOLLOWER_MODEL_VERSION_TAG,
    features: [...FOLLOWER_FEATURES],
    unread: [...UNTRANSFERABLE_FEATURES],
    shape: candidate.id,
    calibration: run.calibration,
    threshold: run.threshold,
    prior: round(rows.y.reduce((sum, y) => sum + y, 0) / rows.y.length),
    errorRates: {
      pooled: run.pooled,
      bySource: run.bySource,
      heldOut: run.heldOut,
      spread: run.spread,
    },
    minSample: T.minSample,
    parts: run.fitted.parts,
  };
  if (!options.compare) return { model, report: null };

  const compared = FOLLOWER_CANDIDATES.map((c) => compareCandidate(rows, c, T, T.repeatSeeds));
  const figures = compared.map((c) => c.figures);
  const chosen = bestCandidate(figures);
  if (chosen.id !== candidate.id)
    throw new Error(
      `the rule picks follower candidate "${chosen.id}", FOLLOWER_TRAINING.shipped is "${candidate.id}": change it`,
    );
  const runs = compared[FOLLOWER_CANDIDATES.indexOf(candidate)]?.runs as HeldOutRun[];
  const y = Array.from(rows.y);
  const pooledC = confusion(run.oofP, y, run.threshold);
  const report: FollowerReport = {
    rows: rows.y.length,
    fakes: rows.y.reduce((s, v) => s + v, 0),
    kFold: {
      auc: auc(run.oofP, y),
      brier: brier(run.oofP, y),
      calibration: calibrationTable(run.oofP, y),
      bySource: bySourceOf((s) => sourceFigures(rows, run.oofP, s, run.threshold)),
    },
    leaveOneSourceOut: bySourceOf((s) => sourceFigures(rows, run.losoP, s, run.threshold)),
    candidates: figures,
    chosen: chosen.id,
    threshold: run.threshold,
    pooledAtThreshold: { sensitivity: sensitivity(pooledC), falsePositiveRate: falsePositiveRate(pooledC) },
    spread: run.spread,
    coverage: simulateCoverage(rows, runs, T.simulation),
    priorPFake: model.prior,
  };
  return { model, report };
}
