// Evaluation measures for binary classifiers, computed from scores and 0/1 labels.

/** Area under the ROC curve (the Mann–Whitney statistic; ties count one half). */
export function auc(score: ArrayLike<number>, y: ArrayLike<number>): number {
  const idx = Array.from({ length: y.length }, (_, i) => i).sort(
    (a, b) => (score[a] as number) - (score[b] as number),
  );
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && score[idx[j + 1] as number] === score[idx[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++)
      if (y[idx[k] as number] === 1) {
        rankSumPos += rank;
        pos++;
      }
    i = j + 1;
  }
  const neg = y.length - pos;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(score: ArrayLike<number>, y: ArrayLike<number>, threshold: number): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < y.length; i++) {
    const flagged = (score[i] as number) >= threshold;
    if (y[i] === 1) flagged ? c.tp++ : c.fn++;
    else flagged ? c.fp++ : c.tn++;
  }
  return c;
}

export const sensitivity = (c: Confusion) => c.tp / (c.tp + c.fn);
export const specificity = (c: Confusion) => c.tn / (c.tn + c.fp);
export const falsePositiveRate = (c: Confusion) => c.fp / (c.fp + c.tn);
export const precision = (c: Confusion) => (c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp));

export function mcc(c: Confusion): number {
  const d = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return d === 0 ? 0 : (c.tp * c.tn - c.fp * c.fn) / d;
}

/**
 * The lowest threshold whose false-positive rate stays at or under `maxFpr`, and the
 * sensitivity there: the best operating point of the ROC curve under that limit.
 */
export function thresholdAtFpr(
  score: ArrayLike<number>,
  y: ArrayLike<number>,
  maxFpr: number,
): { threshold: number; sensitivity: number; fpr: number } {
  const values = [...new Set(Array.from(score))].sort((a, b) => a - b);
  // Walk thresholds from the top down; stop before the FPR limit is crossed.
  let best = { threshold: Number.POSITIVE_INFINITY, sensitivity: 0, fpr: 0 };
  for (let i = values.length - 1; i >= 0; i--) {
    const c = confusion(score, y, values[i] as number);
    if (falsePositiveRate(c) > maxFpr) break;
    best = { threshold: values[i] as number, sensitivity: sensitivity(c), fpr: falsePositiveRate(c) };
  }
  return best;
}

export function brier(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += ((p[i] as number) - (y[i] as number)) ** 2;
  return s / y.length;
}

export interface CalibrationBin {
  from: number;
  to: number;
  n: number;
  meanPredicted: number;
  observed: number;
}

/** Reliability table: predictions in `bins` equal-width bins, mean prediction vs share positive. */
export function calibrationTable(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): CalibrationBin[] {
  const out: CalibrationBin[] = Array.from({ length: bins }, (_, b) => ({
    from: b / bins,
    to: (b + 1) / bins,
    n: 0,
    meanPredicted: 0,
    observed: 0,
  }));
  for (let i = 0; i < y.length; i++) {
    const bin = out[Math.min(bins - 1, Math.floor((p[i] as number) * bins))] as CalibrationBin;
    bin.n++;
    bin.meanPredicted += p[i] as number;
    bin.observed += y[i] as number;
  }
  for (const b of out)
    if (b.n > 0) {
      b.meanPredicted /= b.n;
      b.observed /= b.n;
    }
  return out;
}
