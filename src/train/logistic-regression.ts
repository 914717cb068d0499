// L2-regularised logistic regression on sparse binary features, and Platt scaling.
// Written here rather than taken from a library: it is ~100 lines, and owning it keeps
// training deterministic (fixed loop order, no threads, no random restarts), so the
// committed weights reproduce exactly. Solved by L-BFGS to a tight gradient tolerance:
// the objective is strictly convex, so the result is its unique minimum, not an artefact
// of a step size or an iteration count.
import { fitPlatt as fitPlattScaling } from "./platt.js";

/** One row: the indices of its features that are present (binary features). */
export type SparseRow = Int32Array;

export interface LogisticModel {
  /** One weight per feature index. */
  w: Float64Array;
  bias: number;
  iterations: number;
}

const HISTORY = 10;
const MAX_ITERATIONS = 2000;
const GRADIENT_TOLERANCE = 1e-8;

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The logit of one row: bias plus the weights of its features. */
export function rowScore(row: SparseRow, w: Float64Array, bias: number, scale = 1): number {
  let z = 0;
  for (let k = 0; k < row.length; k++) z += w[row[k] as number] as number;
  return bias + scale * z;
}

/**
 * Minimises Σ c_i·log-loss_i + Σ (λ·m_j/2)·w_j² (the bias is not penalised), where c_i is
 * row i's weight and m_j feature j's penalty multiplier (1 when `rowWeights` or `penalty`
 * is not given). Parameters are [w…, bias]; the gradient is returned in `g`, the
 * objective as the value.
 */
function objective(
  rows: readonly SparseRow[],
  scales: ArrayLike<number> | undefined,
  y: ArrayLike<number>,
  lambda: number,
  penalty: ArrayLike<number> | undefined,
  rowWeights: ArrayLike<number> | undefined,
  x: Float64Array,
  g: Float64Array,
): number {
  const n = x.length - 1;
  const bias = x[n] as number;
  g.fill(0);
  let f = 0;
  for (let j = 0; j < n; j++) {
    const wj = x[j] as number;
    const lj = penalty ? lambda * (penalty[j] as number) : lambda;
    f += 0.5 * lj * wj * wj;
    g[j] = lj * wj;
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SparseRow;
    const scale = scales ? (scales[i] as number) : 1;
    const z = rowScore(row, x, bias, scale);
    const yi = y[i] as number;
    const ci = rowWeights ? (rowWeights[i] as number) : 1;
    f += ci * (softplus(z) - yi * z);
    const dz = ci * (sigmoid(z) - yi);
    for (let k = 0; k < row.length; k++) {
      const j = row[k] as number;
      g[j] = (g[j] as number) + dz * scale;
    }
    g[n] = (g[n] as number) + dz;
  }
  return f;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] as number));
  return m;
}

/**
 * L-BFGS (two-loop recursion) with a backtracking Armijo line search. `scales` multiplies
 * each row's weight sum; `penalty` multiplies λ per feature (a stronger pull to zero);
 * `rowWeights` multiplies each row's log-loss (how much a row counts in the fit).
 */
export function fitLogistic(
  rows: readonly SparseRow[],
  y: ArrayLike<number>,
  nFeatures: number,
  lambda: number,
  scales?: ArrayLike<number>,
  penalty?: ArrayLike<number>,
  rowWeights?: ArrayLike<number>,
): LogisticModel {
  const d = nFeatures + 1;
  let x = new Float64Array(d);
  let g = new Float64Array(d);
  let f = objective(rows, scales, y, lambda, penalty, rowWeights, x, g);
  const hist: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  const dir = new Float64Array(d);
  const alpha = new Float64Array(HISTORY);
  let it = 0;
  for (; it < MAX_ITERATIONS && maxAbs(g) > GRADIENT_TOLERANCE; it++) {
    // Two-loop recursion: dir = −H·g.
    for (let i = 0; i < d; i++) dir[i] = -(g[i] as number);
    for (let k = hist.length - 1; k >= 0; k--) {
      const h = hist[k] as (typeof hist)[number];
      const a = h.rho * dot(h.s, dir);
      alpha[k] = a;
      for (let i = 0; i < d; i++) dir[i] = (dir[i] as number) - a * (h.y[i] as number);
    }
    const last = hist[hist.length - 1];
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let i = 0; i < d; i++) dir[i] = (dir[i] as number) * gamma;
    for (let k = 0; k < hist.length; k++) {
      const h = hist[k] as (typeof hist)[number];
      const b = h.rho * dot(h.y, dir);
      const a = alpha[k] as number;
      for (let i = 0; i < d; i++) dir[i] = (dir[i] as number) + (a - b) * (h.s[i] as number);
    }
    const slope = dot(g, dir);
    if (slope >= 0) break; // not a descent direction: numerically at the minimum
    let step = 1;
    const xNew = new Float64Array(d);
    const gNew = new Float64Array(d);
    let fNew = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 50; tries++) {
      for (let i = 0; i < d; i++) xNew[i] = (x[i] as number) + step * (dir[i] as number);
      fNew = objective(rows, scales, y, lambda, penalty, rowWeights, xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break; // no decrease left at double precision
    const s = new Float64Array(d);
    const yy = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      yy[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, yy);
    if (sy > 1e-12) {
      hist.push({ s, y: yy, rho: 1 / sy });
      if (hist.length > HISTORY) hist.shift();
    }
    x = xNew;
    g = gNew;
    f = fNew;
  }
  return { w: x.subarray(0, nFeatures), bias: x[nFeatures] as number, iterations: it };
}

/** Platt scaling (src/train/platt.ts), as the comment model names its two numbers. */
export interface Platt {
  scale: number;
  shift: number;
}

export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>): Platt {
  const { slope, intercept } = fitPlattScaling(z, y);
  return { scale: slope, shift: intercept };
}
