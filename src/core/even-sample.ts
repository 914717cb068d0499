// A deterministic sample spread evenly over groups (the comments of each post): reading
// every comment of a 100,000-comment account would cost more than it tells. The groups take
// turns giving one accepted item each, so a post with few comments gives all it has and
// the rest of the sample comes from the others. Inside a group the walk steps by about
// 0.618 of its length (a step coprime with the length, so every item comes up once): the
// first picks already spread over the whole thread, early and late commenters alike.
// No randomness: the same input gives the same sample.

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The golden-ratio step for a group of n items, coprime with n. */
export function strideFor(n: number): number {
  if (n <= 2) return 1;
  let s = Math.max(1, Math.round(n * 0.6180339887498949));
  while (gcd(s, n) !== 1) s++;
  return s;
}

/**
 * Up to `size` items that pass `accept`, the groups taking turns in the order given.
 * `accept` is called only on items the walk reaches, so a large input is not read whole.
 */
export function evenSample<T>(
  groups: readonly (readonly T[])[],
  size: number,
  accept: (item: T) => boolean,
): T[] {
  const sample: T[] = [];
  const walks = groups
    .filter((g) => g.length > 0)
    .map((items) => ({ items, step: strideFor(items.length), visited: 0, at: 0 }));
  let active = walks;
  while (sample.length < size && active.length > 0) {
    for (const w of active) {
      if (sample.length >= size) break;
      while (w.visited < w.items.length) {
        const item = w.items[w.at] as T;
        w.visited++;
        w.at = (w.at + w.step) % w.items.length;
        if (accept(item)) {
          sample.push(item);
          break;
        }
      }
    }
    active = active.filter((w) => w.visited < w.items.length);
  }
  return sample;
}
