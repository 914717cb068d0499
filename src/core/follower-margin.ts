// The follower model's margin (log-odds before calibration) from its stored parts:
// boosted trees, a logistic regression, or both (then the mean of the two). Training
// compares these shapes; inference runs whichever `npm run train` shipped.
import { type FollowerLinearJson, linearMargin } from "./follower-linear.js";
import { TreeEnsemble, type TreeEnsembleJson } from "./tree-ensemble.js";

export interface FollowerModelParts {
  ensemble?: TreeEnsembleJson;
  linear?: FollowerLinearJson;
}

export function modelMargin(parts: FollowerModelParts): (x: Float64Array, offset: number) => number {
  const trees = parts.ensemble ? new TreeEnsemble(parts.ensemble) : null;
  const linear = parts.linear ?? null;
  if (trees && linear) return (x, o) => (trees.margin(x, o) + linearMargin(linear, x, o)) / 2;
  if (trees) return trees.margin; // the ensemble's own closure: the hot path, no extra call
  if (linear) return (x, o) => linearMargin(linear, x, o);
  throw new Error("a follower model needs trees, a logistic regression or both");
}
