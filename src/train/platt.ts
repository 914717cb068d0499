// Platt scaling: p = sigmoid(slope · margin + intercept), fitted by Newton's method on
// out-of-fold margins so the probabilities match observed frequencies (Platt 1999).

export function fitPlatt(
  margin: ArrayLike<number>,
  y: ArrayLike<number>,
): { slope: number; intercept: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    // Gradient and Hessian of the log loss in (a, b).
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < y.length; i++) {
      const m = margin[i] as number;
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const r = p - (y[i] as number);
      const w = p * (1 - p);
      ga += r * m;
      gb += r;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { slope: a, intercept: b };
}
