// L2-regularised logistic regression on a few dense features, with row weights, fitted
// by Newton's method (the follower model's linear part). With ~20 features the Hessian
// is tiny, so each step is an exact solve: the fit is the objective's unique minimum,
// deterministic and independent of step sizes. Unknown values (NaN) are imputed with
// the training mean (0 after standardising), so an unknown field moves nothing.
import type { FollowerLinearJson } from "../core/follower-linear.js";

export interface DenseTrainSet {
  /** Row-major, `cols` numbers per row; NaN = unknown. */
  x: Float64Array;
  cols: number;
  y: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** Solves A·v = b for a symmetric positive definite A (Cholesky), in place on copies. */
function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] as number) * (l[j * n + k] as number);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / (l[j * n + j] as number);
    }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * n + k] as number) * (z[k] as number);
    z[i] = s / (l[i * n + i] as number);
  }
  const v = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < n; k++) s -= (l[k * n + i] as number) * (v[k] as number);
    v[i] = s / (l[i * n + i] as number);
  }
  return v;
}

/**
 * Minimises Σ wᵢ·logloss + (λ/2)·Σ βⱼ² over standardised features (the intercept is not
 * penalised). `use` picks the feature columns the model may read; the others get weight 0.
 */
export function fitDenseLogistic(
  data: DenseTrainSet,
  lambda: number,
  use: readonly number[],
): FollowerLinearJson {
  const { x, cols, y, weight } = data;
  const rows = y.length;
  const mean = new Array<number>(cols).fill(0);
  const scale = new Array<number>(cols).fill(1);
  for (const j of use) {
    let sw = 0;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < rows; i++) {
      const v = x[i * cols + j] as number;
      if (Number.isNaN(v)) continue;
      const w = weight[i] as number;
      sw += w;
      s += w * v;
      s2 += w * v * v;
    }
    const m = sw > 0 ? s / sw : 0;
    const sd = sw > 0 ? Math.sqrt(Math.max(0, s2 / sw - m * m)) : 0;
    mean[j] = m;
    scale[j] = sd > 1e-9 ? sd : 1;
  }
  const d = use.length + 1;
  const z = new Float64Array(rows * d);
  for (let i = 0; i < rows; i++) {
    use.forEach((j, k) => {
      const v = x[i * cols + j] as number;
      z[i * d + k] = Number.isNaN(v) ? 0 : (v - (mean[j] as number)) / (scale[j] as number);
    });
    z[i * d + d - 1] = 1;
  }
  const beta = new Float64Array(d);
  for (let it = 0; it < 100; it++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    for (let k = 0; k < d - 1; k++) {
      g[k] = lambda * (beta[k] as number);
      h[k * d + k] = lambda;
    }
    for (let i = 0; i < rows; i++) {
      let m = 0;
      for (let k = 0; k < d; k++) m += (beta[k] as number) * (z[i * d + k] as number);
      const p = m >= 0 ? 1 / (1 + Math.exp(-m)) : Math.exp(m) / (1 + Math.exp(m));
      const w = weight[i] as number;
      const e = w * (p - (y[i] as number));
      const v = w * p * (1 - p);
      for (let a = 0; a < d; a++) {
        const za = z[i * d + a] as number;
        if (za === 0) continue;
        g[a] = (g[a] as number) + e * za;
        for (let b = 0; b <= a; b++)
          h[a * d + b] = (h[a * d + b] as number) + v * za * (z[i * d + b] as number);
      }
    }
    for (let a = 0; a < d; a++) for (let b = a + 1; b < d; b++) h[a * d + b] = h[b * d + a] as number;
    h[d * d - 1] = (h[d * d - 1] as number) + 1e-9; // keeps the intercept's row positive on separable data
    const step = solveSpd(h, g, d);
    let size = 0;
    for (let k = 0; k < d; k++) {
      beta[k] = (beta[k] as number) - (step[k] as number);
      size = Math.max(size, Math.abs(step[k] as number));
    }
    if (size < 1e-10) break;
  }
  const weights = new Array<number>(cols).fill(0);
  use.forEach((j, k) => {
    weights[j] = beta[k] as number;
  });
  return { mean, scale, weights, bias: beta[d - 1] as number };
}
