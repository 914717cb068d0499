// The follower models compared for the shipped one (docs/models/follower-authenticity.md):
// boosted trees on every feature, trees on the fields that transfer between crawls, an L2
// logistic regression on those fields, and a blend. Each fits on a subset of the labelled
// rows and returns a margin (log-odds) function; one is chosen by its worst
// leave-one-source-out figures, never by a pooled cross-validation.
import { FEATURE_COUNT, FOLLOWER_FEATURES, UNTRANSFERABLE_FEATURES } from "../core/follower-features.js";
import { type FollowerModelParts, modelMargin } from "../core/follower-margin.js";
import { balancedWeights } from "./cross-validate-followers.js";
import { fitDenseLogistic } from "./dense-logistic.js";
import type { FollowerRows } from "./follower-data.js";
import { type TreeParams, trainTrees } from "./train-trees.js";

export type Margin = (x: Float64Array, offset: number) => number;

export interface FittedCandidate {
  margin: Margin;
  /** What the shipped model stores; inference computes the margin from it alone. */
  parts: FollowerModelParts;
}

function fitted(parts: FollowerModelParts): FittedCandidate {
  const margin = modelMargin(parts);
  return { margin, parts };
}

export interface FollowerCandidate {
  id: string;
  description: string;
  fit(rows: FollowerRows, subset: readonly number[]): FittedCandidate;
}

export const TREE_PARAMS: TreeParams = {
  trees: 40,
  depth: 3,
  learningRate: 0.2,
  lambda: 1,
  minChildWeight: 1,
  minGain: 0,
  subsample: 0.7,
  colsample: 0.5,
  seed: 20170815,
};

/** L2 penalty of the logistic regression (on standardised features, summed log-loss). */
export const LOGISTIC_LAMBDA = 1;

const ALL = FOLLOWER_FEATURES.map((_, j) => j);
const TRANSFERABLE = ALL.filter((j) => !UNTRANSFERABLE_FEATURES.includes(FOLLOWER_FEATURES[j] as never));

/** The training rows of `subset` with only the columns in `use` known; rows weighted by source. */
function trainSet(rows: FollowerRows, subset: readonly number[], use: readonly number[]) {
  const x = new Float64Array(subset.length * FEATURE_COUNT).fill(Number.NaN);
  subset.forEach((i, k) => {
    for (const j of use) x[k * FEATURE_COUNT + j] = rows.x[i * FEATURE_COUNT + j] as number;
  });
  const weights = balancedWeights(rows, subset);
  return {
    x,
    cols: FEATURE_COUNT,
    y: Uint8Array.from(subset.map((i) => rows.y[i] as number)),
    weight: Float64Array.from(subset.map((i) => weights[i] as number)),
  };
}

/** Trees that never saw a column known cannot split on it: masking at training is enough. */
function trees(use: readonly number[]): FollowerCandidate["fit"] {
  return (rows, subset) => {
    return fitted({ ensemble: trainTrees(trainSet(rows, subset, use), TREE_PARAMS) });
  };
}

function logistic(use: readonly number[]): FollowerCandidate["fit"] {
  return (rows, subset) => {
    return fitted({ linear: fitDenseLogistic(trainSet(rows, subset, use), LOGISTIC_LAMBDA, use) });
  };
}

export const FOLLOWER_CANDIDATES: readonly FollowerCandidate[] = [
  {
    id: "trees-all",
    description: "boosted trees on every feature (the model shipped before, follower-fake-v1's fields)",
    fit: trees(ALL),
  },
  {
    id: "trees",
    description: "boosted trees on the fields that transfer (no profile picture, no private flag)",
    fit: trees(TRANSFERABLE),
  },
  {
    id: "logistic",
    description: "L2 logistic regression on the same fields (standardised, unknown = the mean)",
    fit: logistic(TRANSFERABLE),
  },
  {
    id: "blend",
    description: "the mean of the two margins above",
    fit: (rows, subset) =>
      fitted({
        ensemble: trees(TRANSFERABLE)(rows, subset).parts.ensemble,
        linear: logistic(TRANSFERABLE)(rows, subset).parts.linear,
      }),
  },
];
