// Out-of-fold predictions for the follower model: stratified k-fold (strata: source ×
// label) and leave-one-source-out, over all rows or a subset of them. Every figure in
// the model card and the threshold come from these predictions, never from rows a model saw.
import { FEATURE_COUNT } from "../core/follower-features.js";
import type { FollowerCandidate } from "./follower-candidates.js";
import { FOLLOWER_SOURCES, type FollowerRows } from "./follower-data.js";
import { mulberry32, stratifiedFolds } from "./random.js";

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

export const allRows = (rows: FollowerRows): number[] => Array.from(rows.y, (_, i) => i);

/**
 * Out-of-fold margins (log-odds) for the rows of `subset`, each from a model that never
 * saw it; `fold[k]` is the fold of `subset[k]`. Rows outside the subset stay NaN.
 */
export function outOfFold(
  rows: FollowerRows,
  fitCandidate: FollowerCandidate["fit"],
  subset: readonly number[],
  fold: readonly number[],
): Float64Array {
  const margins = new Float64Array(rows.y.length).fill(Number.NaN);
  for (const f of [...new Set(fold)].sort((a, b) => a - b)) {
    const train = subset.filter((_, k) => fold[k] !== f);
    const { margin } = fitCandidate(rows, train);
    subset.forEach((i, k) => {
      if (fold[k] === f) margins[i] = margin(rows.x, i * FEATURE_COUNT);
    });
  }
  return margins;
}

export function kFold(rows: FollowerRows, subset: readonly number[], k: number, seed: number): number[] {
  const strata = subset.map(
    (i) => FOLLOWER_SOURCES.indexOf(rows.source[i] as never) * 2 + (rows.y[i] as number),
  );
  return stratifiedFolds(strata, k, mulberry32(seed));
}

export function sourceFolds(rows: FollowerRows, subset: readonly number[]): number[] {
  return subset.map((i) => FOLLOWER_SOURCES.indexOf(rows.source[i] as never));
}
