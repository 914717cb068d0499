// The seeded random numbers the demo fixtures are drawn from. mulberry32 gives the same
// sequence on every machine, so the generator writes the same bytes each time it runs;
// every draw's order matters, since one more or one fewer shifts all that follow.

/** One seeded stream of draws. */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** A standard normal draw (Box–Muller; two draws of next). */
  normal(): number;
  logNormal(median: number, sigma: number): number;
  /** A log-normal draw redrawn until it falls in [lo, hi], so no value piles up at a bound. */
  logNormalIn(median: number, sigma: number, lo: number, hi: number): number;
  shuffle<T>(list: readonly T[]): T[];
  /** k items of the list in random order. */
  sample<T>(list: readonly T[], k: number): T[];
  /** n random decimal digits. */
  digits(n: number): string;
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The item at `index`, which the caller knows is there. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
  return item;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => itemAt(list, Math.floor(next() * list.length)),
    chance: (p) => next() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    logNormal: (median, sigma) => median * Math.exp(sigma * rng.normal()),
    logNormalIn: (median, sigma, lo, hi) => {
      for (let i = 0; i < 100; i++) {
        const x = rng.logNormal(median, sigma);
        if (x >= lo && x <= hi) return x;
      }
      return clamp(median, lo, hi);
    },
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const swapped = itemAt(out, i);
        out[i] = itemAt(out, j);
        out[j] = swapped;
      }
      return out;
    },
    sample: (list, k) => rng.shuffle(list).slice(0, k),
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(""),
  };
  return rng;
}
