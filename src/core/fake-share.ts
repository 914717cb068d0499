// The share of fake accounts in a follower sample, corrected for the classifier's
// own error rates (Rogan & Gladen 1978), with a 95% interval that adds the sampling
// error of the sample to the uncertainty of those error rates (delta method). The
// rates also differ between populations: a model trained on some crawls meets a
// creator's followers as a new population. That spread, measured by leaving each
// labelled source out in turn, enters as a between-population variance component
// (docs/methodology.md, docs/models/follower-authenticity.md).

/** A classifier's measured error rates and the counts they were measured on. */
export interface ErrorRates {
  sensitivity: number;
  specificity: number;
  /** Labelled fake and real accounts behind the two rates. */
  positives: number;
  negatives: number;
}

/**
 * How far sensitivity and specificity move when the model meets a population it was not
 * trained on, each direction on its own: the root mean square of the held-out sources'
 * shortfalls (`below`) and excesses (`above`) against the pooled rate, over the labelled
 * sources, each left out in turn. A sensitivity below the pooled one hides fakes (the true
 * share may be higher); a specificity below it flags real accounts (the true share may be
 * lower); so each widens one side of the interval.
 */
export interface RateSpread {
  sensitivityBelow: number;
  sensitivityAbove: number;
  specificityBelow: number;
  specificityAbove: number;
}

export const NO_SPREAD: RateSpread = {
  sensitivityBelow: 0,
  sensitivityAbove: 0,
  specificityBelow: 0,
  specificityAbove: 0,
};

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
 * The Rogan–Gladen estimate with its interval. The sampling term uses the Agresti–Coull
 * adjusted share ((k + 2) / (n + 4)), which keeps the interval from collapsing when no
 * or every account is flagged. With π the share and J = se + sp − 1, the delta method
 * gives Var(π̂) = [Var(q) + π²·Var(se) + (1 − π)²·Var(sp)] / J², where Var(se) and
 * Var(sp) hold the measurement error of the rates (binomial, on the counts they were
 * measured on) and the between-population spread. The spread is one-sided: the upper
 * bound takes the sensitivity's shortfalls and the specificity's excesses (both mean more
 * fakes than estimated), the lower bound the other two.
 */
export function estimateFakeShare(
  flagged: number,
  n: number,
  rates: ErrorRates,
  spread: RateSpread = NO_SPREAD,
): FakeShare {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError("the sample must hold at least one account");
  if (!Number.isInteger(flagged) || flagged < 0 || flagged > n)
    throw new RangeError("flagged must be between 0 and n");
  const { sensitivity: se, specificity: sp } = rates;
  const j = se + sp - 1;
  if (!(j > 0))
    throw new RangeError("the classifier must be better than chance (sensitivity + specificity > 1)");
  const q = flagged / n;
  const share = clamp01((q + sp - 1) / j);
  const qAdj = (flagged + 2) / (n + 4);
  const common =
    (qAdj * (1 - qAdj)) / (n + 4) +
    (share * share * se * (1 - se)) / rates.positives +
    ((1 - share) * (1 - share) * sp * (1 - sp)) / rates.negatives;
  const side = (seShift: number, spShift: number) =>
    (Z95 * Math.sqrt(common + share * share * seShift ** 2 + (1 - share) * (1 - share) * spShift ** 2)) / j;
  const up = side(spread.sensitivityBelow, spread.specificityAbove);
  const down = side(spread.sensitivityAbove, spread.specificityBelow);
  return { share, low: clamp01(share - down), high: clamp01(share + up), flaggedShare: q };
}
