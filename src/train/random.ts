// Seeded randomness for training: every split and shuffle comes from one seed, so a
// re-run of `npm run train` reproduces the committed weights byte for byte.
// Math.random cannot be seeded, hence this small generator.

/**
 * mulberry32: a 32-bit generator, plenty for shuffling a few thousand rows, and the
 * same sequence on every machine (only 32-bit integer arithmetic). Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle, in place; returns the same array. */
export function shuffle<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/**
 * Fold index (0 … k−1) for each row, stratified by label: the rows of each class (in
 * ascending label order) are shuffled, then dealt round-robin, so every fold holds the
 * classes in nearly the dataset's proportions. The deal continues across classes, so
 * fold sizes differ by at most one.
 */
export function stratifiedFolds(labels: readonly number[], k: number, rnd: () => number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer ≥ 2, got ${k}`);
  const folds = new Array<number>(labels.length).fill(0);
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  let next = 0;
  for (const c of classes) {
    const rows: number[] = [];
    labels.forEach((label, i) => {
      if (label === c) rows.push(i);
    });
    for (const i of shuffle(rows, rnd)) {
      folds[i] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}
