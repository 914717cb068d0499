// Gradient-boosted trees for binary labels (logistic loss, Newton leaf values, L2 on
// leaves; stochastic row and feature sampling from a seed, so runs are reproducible).
// A field a source lacks is unknown, not zero: unknown sorts below every known value,
// so a split can put it with the low values or, at UNKNOWN_ONLY, apart from all known
// ones. Exact greedy splits over presorted features; small by design (about 2,500 rows).
import { MISSING_SPLIT, type TreeEnsembleJson, type TreeJson } from "../core/tree-ensemble.js";
import { mulberry32, shuffle } from "./random.js";

export interface TreeParams {
  trees: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  lambda: number;
  /** Smallest hessian sum in a child (XGBoost's min_child_weight). */
  minChildWeight: number;
  /** Smallest gain that makes a split. */
  minGain: number;
  /** Share of rows each tree sees (stochastic gradient boosting, Friedman 2002); 1 for all. */
  subsample: number;
  /** Share of features each tree may split on; 1 for all. */
  colsample: number;
  seed: number;
}

export interface TrainSet {
  /** Row-major features, `cols` per row, NaN for unknown. */
  x: Float64Array;
  cols: number;
  y: Uint8Array;
  weight: Float64Array;
}

const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

export function trainTrees(data: TrainSet, params: TreeParams): TreeEnsembleJson {
  const { x, cols, y, weight } = data;
  const n = y.length;
  let wSum = 0;
  let wPos = 0;
  for (let i = 0; i < n; i++) {
    wSum += weight[i] as number;
    if (y[i] === 1) wPos += weight[i] as number;
  }
  const prior = Math.min(Math.max(wPos / wSum, 1e-6), 1 - 1e-6);
  const baseMargin = Math.log(prior / (1 - prior));

  // Rows with a known value, sorted by it, once per feature.
  const sorted: Int32Array[] = [];
  for (let j = 0; j < cols; j++) {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (!Number.isNaN(x[i * cols + j] as number)) idx.push(i);
    idx.sort((a, b) => (x[a * cols + j] as number) - (x[b * cols + j] as number) || a - b);
    sorted.push(Int32Array.from(idx));
  }

  // Features no training row lacks: a split on one has learned nothing about unknown values.
  const neverUnknown = new Set<number>();
  for (let j = 0; j < cols; j++) if ((sorted[j] as Int32Array).length === n) neverUnknown.add(j);

  const margin = new Float64Array(n).fill(baseMargin);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: TreeJson[] = [];
  const rnd = mulberry32(params.seed);
  const allCols = Array.from({ length: cols }, (_, j) => j);
  for (let t = 0; t < params.trees; t++) {
    const useCols = new Set(
      shuffle([...allCols], rnd).slice(0, Math.max(1, Math.round(cols * params.colsample))),
    );
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i] as number);
      // A row left out of this tree's sample adds nothing to its sums.
      const w = params.subsample < 1 && rnd() >= params.subsample ? 0 : (weight[i] as number);
      g[i] = w * (p - (y[i] as number));
      h[i] = w * Math.max(p * (1 - p), 1e-12);
    }
    const tree = growTree(x, cols, sorted, g, h, weight, params, useCols, neverUnknown);
    trees.push(tree.json);
    for (let i = 0; i < n; i++)
      margin[i] = (margin[i] as number) + (tree.json.value[tree.leafOf[i] as number] as number);
  }
  return { baseMargin, trees };
}

interface Split {
  feature: number;
  threshold: number;
  gain: number;
}

/** The threshold of a split that sends unknown values left and every known value right. */
export const UNKNOWN_ONLY = -1e300;

function growTree(
  x: Float64Array,
  cols: number,
  sorted: Int32Array[],
  g: Float64Array,
  h: Float64Array,
  weight: Float64Array,
  params: TreeParams,
  useCols: Set<number>,
  neverUnknown: Set<number>,
): { json: TreeJson; leafOf: Int32Array } {
  const n = g.length;
  const { lambda, minChildWeight } = params;
  const json: TreeJson = {
    feature: [0],
    threshold: [0],
    missingLeft: [0],
    left: [0],
    right: [0],
    value: [0],
    leftShare: [0],
  };
  const nodeOf = new Int32Array(n); // every row starts at the root (node 0)
  let frontier = [0];
  const score = (G: number, H: number) => (G * G) / (H + lambda);

  for (let level = 0; level <= params.depth && frontier.length > 0; level++) {
    const slot = new Map(frontier.map((node, k) => [node, k]));
    const G = new Float64Array(frontier.length);
    const H = new Float64Array(frontier.length);
    for (let i = 0; i < n; i++) {
      const k = slot.get(nodeOf[i] as number);
      if (k === undefined) continue;
      G[k] = (G[k] as number) + (g[i] as number);
      H[k] = (H[k] as number) + (h[i] as number);
    }
    const best: (Split | null)[] = frontier.map(() => null);
    if (level < params.depth) {
      for (let j = 0; j < cols; j++) {
        if (!useCols.has(j)) continue;
        const known = sorted[j] as Int32Array;
        // Sums of the known values per node: the rest of a node's sum is its missing rows.
        const KG = new Float64Array(frontier.length);
        const KH = new Float64Array(frontier.length);
        for (const i of known) {
          const k = slot.get(nodeOf[i] as number);
          if (k === undefined) continue;
          KG[k] = (KG[k] as number) + (g[i] as number);
          KH[k] = (KH[k] as number) + (h[i] as number);
        }
        const LG = new Float64Array(frontier.length);
        const LH = new Float64Array(frontier.length);
        const last = new Float64Array(frontier.length).fill(Number.NaN);
        for (const i of known) {
          const k = slot.get(nodeOf[i] as number);
          if (k === undefined) continue;
          const v = x[i * cols + j] as number;
          const prev = last[k] as number;
          // Unknown values sort below every known one, so a split either sends them left with
          // the low values or, at the first known value, separates unknown from known.
          if (Number.isNaN(prev) ? (H[k] as number) > (KH[k] as number) : v > prev) {
            const threshold = Number.isNaN(prev) ? UNKNOWN_ONLY : (prev + v) / 2;
            const gl = (LG[k] as number) + (G[k] as number) - (KG[k] as number);
            const hl = (LH[k] as number) + (H[k] as number) - (KH[k] as number);
            const gr = (G[k] as number) - gl;
            const hr = (H[k] as number) - hl;
            if (hl >= minChildWeight && hr >= minChildWeight) {
              const gain = (score(gl, hl) + score(gr, hr) - score(G[k] as number, H[k] as number)) / 2;
              const b = best[k];
              if (gain > params.minGain && (!b || gain > b.gain)) best[k] = { feature: j, threshold, gain };
            }
          }
          LG[k] = (LG[k] as number) + (g[i] as number);
          LH[k] = (LH[k] as number) + (h[i] as number);
          last[k] = v;
        }
      }
    }
    const next: number[] = [];
    frontier.forEach((node, k) => {
      const split = best[k];
      if (!split) {
        json.feature[node] = -1;
        json.value[node] = round((-(G[k] as number) / ((H[k] as number) + lambda)) * params.learningRate);
        return;
      }
      const left = json.feature.length;
      const right = left + 1;
      for (let c = 0; c < 2; c++) {
        json.feature.push(0);
        json.threshold.push(0);
        json.missingLeft.push(0);
        json.left.push(0);
        json.right.push(0);
        json.value.push(0);
        json.leftShare.push(0);
      }
      json.feature[node] = split.feature;
      json.threshold[node] = round(split.threshold);
      json.missingLeft[node] = 1;
      json.left[node] = left;
      json.right[node] = right;
      next.push(left, right);
    });
    // Send each row of a split node to its child (with the rounded threshold inference uses),
    // weighing how many go left.
    const weightLeft = new Float64Array(frontier.length);
    const weightAll = new Float64Array(frontier.length);
    for (let i = 0; i < n; i++) {
      const node = nodeOf[i] as number;
      const k = slot.get(node);
      if (k === undefined || json.feature[node] === -1) continue;
      const v = x[i * cols + (json.feature[node] as number)] as number;
      const goLeft = Number.isNaN(v) ? json.missingLeft[node] === 1 : v < (json.threshold[node] as number);
      nodeOf[i] = goLeft ? (json.left[node] as number) : (json.right[node] as number);
      weightAll[k] = (weightAll[k] as number) + (weight[i] as number);
      if (goLeft) weightLeft[k] = (weightLeft[k] as number) + (weight[i] as number);
    }
    // A split on a feature no training row lacked has no learned side for unknown values:
    // inference then averages both children by the training weight each received
    // (MISSING_SPLIT). Elsewhere unknown sorts below every known value.
    frontier.forEach((node, k) => {
      if (json.feature[node] === -1 || !neverUnknown.has(json.feature[node] as number)) return;
      json.missingLeft[node] = MISSING_SPLIT;
      json.leftShare[node] = round((weightLeft[k] as number) / (weightAll[k] as number));
    });
    frontier = next;
  }
  return { json, leafOf: nodeOf };
}

/** Numbers in the weights file keep 6 significant digits: small, and identical on every run. */
export function round(v: number): number {
  return Number(v.toPrecision(6));
}
