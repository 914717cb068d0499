// Out-of-fold predictions for the follower model: stratified k-fold over the pooled
// rows (strata: source × label) and leave-one-source-out. Every figure in the model
// card and the threshold come from these predictions, never from rows a model saw.
import { FEATURE_COUNT } from "../core/follower-features.js";
import { TreeEnsemble } from "../core/tree-ensemble.js";
import { FOLLOWER_SOURCES, type FollowerRows } from "./follower-data.js";
import { mulberry32, stratifiedFolds } from "./random.js";
import { type TreeParams, trainTrees } from "./train-trees.js";

/**
 * Training weights: within each source, fake and real rows are weighted so the source's
 * fake share equals the pooled one. Otherwise the model could learn which source a row
 * came from (its pattern of unknown fields) as a shortcut to its base rate.
 */
export function balancedWeights(rows: FollowerRows, subset: readonly number[]): Float64Array {
  const pooledPos = subset.reduce((s, i) => s + (rows.y[i] as number), 0) / subset.length;
  const w = new Float64Array(rows.y.length);
  for (const src of FOLLOWER_SOURCES) {
    const mine = subset.filter((i) => rows.source[i] === src);
    if (mine.length === 0) continue;
    const pos = mine.filter((i) => rows.y[i] === 1).length / mine.length;
    for (const i of mine) w[i] = rows.y[i] === 1 ? pooledPos / pos : (1 - pooledPos) / (1 - pos);
  }
  return w;
}

export function fitOn(rows: FollowerRows, subset: readonly number[], params: TreeParams) {
  const x = new Float64Array(subset.length * FEATURE_COUNT);
  subset.forEach((i, k) => {
    x.set(rows.x.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), k * FEATURE_COUNT);
  });
  const all = balancedWeights(rows, subset);
  return trainTrees(
    {
      x,
      cols: FEATURE_COUNT,
      y: Uint8Array.from(subset.map((i) => rows.y[i] as number)),
      weight: Float64Array.from(subset.map((i) => all[i] as number)),
    },
    params,
  );
}

/** Out-of-fold margins (log-odds) for every row, from a model that never saw it. */
export function outOfFold(rows: FollowerRows, fold: readonly number[], params: TreeParams): Float64Array {
  const margins = new Float64Array(rows.y.length);
  const folds = [...new Set(fold)].sort((a, b) => a - b);
  for (const f of folds) {
    const train: number[] = [];
    const test: number[] = [];
    fold.forEach((k, i) => {
      (k === f ? test : train).push(i);
    });
    const model = new TreeEnsemble(fitOn(rows, train, params));
    for (const i of test) margins[i] = model.margin(rows.x, i * FEATURE_COUNT);
  }
  return margins;
}

export function kFold(rows: FollowerRows, k: number, seed: number): number[] {
  const strata = rows.source.map((s, i) => FOLLOWER_SOURCES.indexOf(s) * 2 + (rows.y[i] as number));
  return stratifiedFolds(strata, k, mulberry32(seed));
}

export function sourceFolds(rows: FollowerRows): number[] {
  return rows.source.map((s) => FOLLOWER_SOURCES.indexOf(s));
}
