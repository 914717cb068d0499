// The follower model's linear part at inference: standardised features times their
// weights. An unknown feature (NaN) counts as the training mean, so it moves nothing:
// the same meaning "unknown, not zero" the trees give it.

export interface FollowerLinearJson {
  /** Per feature: the training mean and standard deviation; weight 0 = not read. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** The log-odds of one row of features at `offset`. */
export function linearMargin(m: FollowerLinearJson, x: ArrayLike<number>, offset = 0): number {
  let z = m.bias;
  const w = m.weights;
  for (let j = 0; j < w.length; j++) {
    const wj = w[j] as number;
    if (wj === 0) continue;
    const v = x[offset + j] as number;
    if (!Number.isNaN(v)) z += (wj * (v - (m.mean[j] as number))) / (m.scale[j] as number);
  }
  return z;
}
