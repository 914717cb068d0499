// The follower recipe's small decisions, worked by hand: the threshold that keeps every
// source's false-positive rate under the limit, and the between-population spread.
import { describe, expect, it } from "vitest";
import type { FollowerRows } from "../../src/train/follower-data.js";
import { rateSpread, thresholdForEverySource } from "../../src/train/follower-pipeline.js";

describe("threshold for every source", () => {
  it("takes the highest of the sources' own lowest thresholds", () => {
    // Source a: reals score 0.1, 0.2, 0.3, 0.9 → FPR ≤ 25% first at 0.9 (one real of four).
    // Source b: reals 0.1, 0.5 → FPR ≤ 25% needs 0 of 2 above: lowest threshold above 0.5.
    const p = [0.1, 0.2, 0.3, 0.9, 0.95, 0.1, 0.5, 0.6];
    const y = [0, 0, 0, 0, 1, 0, 0, 1];
    const rows = {
      x: new Float64Array(0),
      y: Uint8Array.from(y),
      source: ["srf", "srf", "srf", "srf", "srf", "kaggle", "kaggle", "kaggle"],
      origin: [],
    } as unknown as FollowerRows;
    const all = p.map((_, i) => i);
    // srf alone: 0.9 leaves one real of four flagged (25%), 0.3 would flag two (50%).
    expect(thresholdForEverySource(p, rows, [0, 1, 2, 3, 4], 0.25)).toBe(0.9);
    // kaggle alone: 0.5 flags one real of two (50%), so 0.6 (no real flagged).
    expect(thresholdForEverySource(p, rows, [5, 6, 7], 0.25)).toBe(0.6);
    expect(thresholdForEverySource(p, rows, all, 0.25)).toBe(0.9);
  });
});

describe("rate spread", () => {
  it("is the root mean square of the held-out rates' shortfalls and excesses, each direction apart", () => {
    const pooled = { sensitivity: 0.8, specificity: 0.97, positives: 100, negatives: 900 };
    const spread = rateSpread(pooled, [
      { sensitivity: 0.9, specificity: 0.95, positives: 50, negatives: 400 },
      { sensitivity: 0.5, specificity: 0.99, positives: 50, negatives: 500 },
    ]);
    // sensitivity: shortfalls 0 and 0.3 → √(0.09/2) = 0.212132; excesses 0.1 and 0 → √(0.01/2) = 0.070711
    // specificity: shortfalls 0.02 and 0 → √(0.0004/2) = 0.014142; excesses 0 and 0.02 → 0.014142
    expect(spread.sensitivityBelow).toBeCloseTo(0.212132, 6);
    expect(spread.sensitivityAbove).toBeCloseTo(0.070711, 6);
    expect(spread.specificityBelow).toBeCloseTo(0.014142, 6);
    expect(spread.specificityAbove).toBeCloseTo(0.014142, 6);
    expect(rateSpread(pooled, [])).toEqual({
      sensitivityBelow: 0,
      sensitivityAbove: 0,
      specificityBelow: 0,
      specificityAbove: 0,
    });
  });
});
