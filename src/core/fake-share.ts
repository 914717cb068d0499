// The share of fake accounts in a follower sample, corrected for the classifier's
// own error rates (Rogan & Gladen 1978), with a 95% interval that adds the sampling
// error of the sample to the uncertainty of those error rates (delta method). The
// rates differ between the labelled sources the model was tested on, so the interval
// is the union of the intervals under each source's rates: it stays honest when a
// creator's audience looks more like one source than another (docs/methodology.md).

/** A classifier's measured error rates and the counts they were measured on. */
export interface ErrorRates {
  sensitivity: number;
  specificity: number;
  /** Labelled fake and real accounts behind the two rates. */
  positives: number;
  negatives: number;
}

export interface FakeShare {
  /** Estimated true share of fake accounts (under the pooled error rates), 0–1. */
  share: number;
  low: number;
  high: number;
  /** Share the model flagged, before correction. */
  flaggedShare: number;
}

const Z95 = 1.959964;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * One Rogan–Gladen interval. The sampling term uses the Agresti–Coull adjusted share
 * ((k + 2) / (n + 4)), which keeps the interval from collapsing when no or every
 * account is flagged.
 */
export function roganGladen(flagged: number, n: number, rates: ErrorRates): FakeShare {
  const { sensitivity: se, specificity: sp } = rates;
  const j = se + sp - 1;
  if (!(j > 0))
    throw new RangeError("the classifier must be better than chance (sensitivity + specificity > 1)");
  const q = flagged / n;
  const share = clamp01((q + sp - 1) / j);
  const qAdj = (flagged + 2) / (n + 4);
  const variance =
    (qAdj * (1 - qAdj)) / (n + 4) +
    (share * share * se * (1 - se)) / rates.positives +
    ((1 - share) * (1 - share) * sp * (1 - sp)) / rates.negatives;
  const half = (Z95 * Math.sqrt(variance)) / j;
  return { share, low: clamp01(share - half), high: clamp01(share + half), flaggedShare: q };
}

/**
 * The fake share under the pooled rates, with the widest interval over the pooled
 * rates and each source's rates.
 */
export function estimateFakeShare(
  flagged: number,
  n: number,
  pooled: ErrorRates,
  bySource: readonly ErrorRates[],
): FakeShare {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError("the sample must hold at least one account");
  if (!Number.isInteger(flagged) || flagged < 0 || flagged > n)
    throw new RangeError("flagged must be between 0 and n");
  const main = roganGladen(flagged, n, pooled);
  let { low, high } = main;
  for (const rates of bySource) {
    const other = roganGladen(flagged, n, rates);
    low = Math.min(low, other.low);
    high = Math.max(high, other.high);
  }
  return { ...main, low, high };
}
