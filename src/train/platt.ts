// Platt scaling (Platt 1999): p = sigmoid(slope · margin + intercept), a one-feature
// logistic regression of the labels on out-of-fold margins, fitted by Newton's method
// with Platt's smoothed targets ((N₊+1)/(N₊+2) and 1/(N₋+2)) so that separable data
// cannot push the slope to infinity. Both models calibrate with it.

export function fitPlatt(
  margin: ArrayLike<number>,
  y: ArrayLike<number>,
): { slope: number; intercept: number } {
  let pos = 0;
  for (let i = 0; i < y.length; i++) pos += y[i] as number;
  const neg = y.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < margin.length; i++) {
      const m = margin[i] as number;
      const z = a * m + b;
      const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      const e = p - ((y[i] as number) === 1 ? hi : lo);
      const v = p * (1 - p);
      ga += e * m;
      gb += e;
      haa += v * m * m;
      hab += v * m;
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  return { slope: a, intercept: b };
}
