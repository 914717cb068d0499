// Inference for a gradient-boosted tree ensemble stored as flat arrays (the
// follower model's weights). Unknown features (NaN) sort below every known value, as
// in training; at a split on a feature no training row lacked
// they take both branches, weighted by the training rows each received (the tree's
// expectation given what is known), so any subset of fields can be scored.

/** `missingLeft` value of a split that saw no unknown value in training. */
export const MISSING_SPLIT = 2;

/** One tree: node i is a leaf when feature[i] is -1, else x[feature] < threshold goes left. */
export interface TreeJson {
  feature: number[];
  threshold: number[];
  /** 1: an unknown value goes left (unknown sorts below every known value); MISSING_SPLIT: both, by leftShare. */
  missingLeft: number[];
  /** Share of training weight that went left (used with MISSING_SPLIT). */
  leftShare: number[];
  left: number[];
  right: number[];
  /** Leaf values (already scaled by the learning rate); 0 on inner nodes. */
  value: number[];
}

export interface TreeEnsembleJson {
  baseMargin: number;
  trees: TreeJson[];
}

/**
 * The ensemble laid out as complete binary trees of one depth in typed arrays: node p's
 * children are 2p + 1 and 2p + 2, so a row walks each tree with arithmetic and no
 * pointer chasing (a million followers in well under a second). A leaf above the full
 * depth is padded with splits that always go left to copies of it.
 */
export class TreeEnsemble {
  readonly #depth: number;
  readonly #inner: number;
  readonly #leaves: number;
  readonly #trees: number;
  readonly #feature: Int32Array;
  readonly #threshold: Float64Array;
  readonly #missing: Uint8Array;
  readonly #leftShare: Float64Array;
  readonly #leaf: Float64Array;
  readonly #base: number;
  /** Features some split never saw unknown in training: a row lacking one takes the slow path. */
  readonly #splitFeatures: number[];

  constructor(json: TreeEnsembleJson) {
    const depthOf = (t: TreeJson, node: number): number =>
      (t.feature[node] as number) < 0
        ? 0
        : 1 + Math.max(depthOf(t, t.left[node] as number), depthOf(t, t.right[node] as number));
    const depth = Math.max(0, ...json.trees.map((t) => depthOf(t, 0)));
    this.#depth = depth;
    this.#inner = (1 << depth) - 1;
    this.#leaves = 1 << depth;
    this.#trees = json.trees.length;
    this.#base = json.baseMargin;
    this.#feature = new Int32Array(this.#trees * this.#inner);
    this.#threshold = new Float64Array(this.#trees * this.#inner);
    this.#missing = new Uint8Array(this.#trees * this.#inner);
    this.#leftShare = new Float64Array(this.#trees * this.#inner);
    this.#leaf = new Float64Array(this.#trees * this.#leaves);
    const splitFeatures = new Set<number>();
    json.trees.forEach((t, ti) => {
      const fill = (node: number, pos: number, level: number) => {
        if (level === depth) {
          this.#leaf[ti * this.#leaves + pos - this.#inner] = t.value[node] as number;
          return;
        }
        const at = ti * this.#inner + pos;
        const isLeaf = (t.feature[node] as number) < 0;
        this.#feature[at] = isLeaf ? 0 : (t.feature[node] as number);
        this.#threshold[at] = isLeaf ? Number.POSITIVE_INFINITY : (t.threshold[node] as number);
        this.#missing[at] = isLeaf ? 1 : (t.missingLeft[node] as number);
        this.#leftShare[at] = isLeaf ? 1 : (t.leftShare[node] as number);
        if (!isLeaf && t.missingLeft[node] === MISSING_SPLIT) splitFeatures.add(t.feature[node] as number);
        fill(isLeaf ? node : (t.left[node] as number), 2 * pos + 1, level + 1);
        fill(isLeaf ? node : (t.right[node] as number), 2 * pos + 2, level + 1);
      };
      fill(0, 0, 0);
    });
    this.#splitFeatures = [...splitFeatures].sort((a, b) => a - b);

    if (depth > 4) throw new RangeError(`trees deeper than 4 levels are not supported (got ${depth})`);
    this.margin = this.#fastMargin();
  }

  /** The raw score (log-odds) of the row starting at `offset` in `x`. */
  readonly margin: (x: Float64Array, offset: number) => number;

  /**
   * The hot path as a closure over constants (V8 optimises it like a module-level function;
   * reading the same arrays through `this` ran 2–3 times slower). Unknown sorts below every
   * known value, so it goes left: `v >= threshold` is false for NaN. Unrolled by level: the
   * JIT compiles `+(a >= b)` without a branch; a loop with a branch per level on the row's
   * values was slow (mispredictions).
   */
  #fastMargin(): (x: Float64Array, offset: number) => number {
    const splitFeatures = Int32Array.from(this.#splitFeatures);
    const feature = this.#feature;
    const threshold = this.#threshold;
    const leaf = this.#leaf;
    const depth = this.#depth;
    const inner = this.#inner;
    const leaves = this.#leaves;
    const trees = this.#trees;
    const base = this.#base;
    const missing = this.#missing;
    const leftShare = this.#leftShare;
    // The slow path's stack of branches still to add up (at most one per level is pending).
    const stackNode = new Int32Array(depth + 1);
    const stackWeight = new Float64Array(depth + 1);

    /**
     * One tree's value for a row lacking a feature that some split never saw unknown in
     * training: walk down as usual; at such a split take both branches, weighted by the
     * training share of each, and add up the leaves reached.
     */
    const expected = (b: number, l: number, x: Float64Array, offset: number): number => {
      let total = 0;
      let sp = 1;
      stackNode[0] = 0;
      stackWeight[0] = 1;
      while (sp > 0) {
        sp--;
        let p = stackNode[sp] as number;
        let w = stackWeight[sp] as number;
        while (p < inner) {
          const at = b + p;
          const v = x[offset + (feature[at] as number)] as number;
          if (Number.isNaN(v) && missing[at] === MISSING_SPLIT) {
            const share = leftShare[at] as number;
            stackNode[sp] = 2 * p + 2;
            stackWeight[sp] = w * (1 - share);
            sp++;
            w *= share;
            p = 2 * p + 1;
          } else p = 2 * p + 1 + (v >= (threshold[at] as number) ? 1 : 0); // unknown elsewhere goes left
        }
        total += w * (leaf[l + p] as number);
      }
      return total;
    };

    return (x, offset) => {
      let slow = false;
      for (let k = 0; k < splitFeatures.length && !slow; k++)
        slow = Number.isNaN(x[offset + (splitFeatures[k] as number)] as number);
      let sum = base;
      if (slow) {
        for (let t = 0, b = 0, l = -inner; t < trees; t++, b += inner, l += leaves)
          sum += expected(b, l, x, offset);
        return sum;
      }
      for (let t = 0, b = 0, l = -inner; t < trees; t++, b += inner, l += leaves) {
        let p = 0;
        if (depth > 0) p = 1 + +((x[offset + (feature[b] as number)] as number) >= (threshold[b] as number));
        if (depth > 1)
          p =
            2 * p + 1 + +((x[offset + (feature[b + p] as number)] as number) >= (threshold[b + p] as number));
        if (depth > 2)
          p =
            2 * p + 1 + +((x[offset + (feature[b + p] as number)] as number) >= (threshold[b + p] as number));
        if (depth > 3)
          p =
            2 * p + 1 + +((x[offset + (feature[b + p] as number)] as number) >= (threshold[b + p] as number));
        sum += leaf[l + p] as number;
      }
      return sum;
    };
  }
}
