// Does the fake-share interval hold on a population the model never saw? The recipe is
// trained on two sources (compare-follower-candidates.ts); samples of followers are
// drawn from the third at a set fake share and scored; the interval is built from what
// the two training sources alone told (their rates and their spread). Coverage = how
// often it holds the sample's true share.
import { estimateFakeShare } from "../core/fake-share.js";
import type { HeldOutRun } from "./compare-follower-candidates.js";
import { allRows } from "./cross-validate-followers.js";
import type { FollowerRows, FollowerSource } from "./follower-data.js";
import { rowsOf } from "./follower-pipeline.js";
import { mulberry32 } from "./random.js";

export interface SimulationSettings {
  samples: number;
  sampleSize: number;
  /** Set fake shares; each source's own share is added. */
  shares: readonly number[];
  seed: number;
}

export interface CoverageRow {
  source: FollowerSource;
  targetShare: number;
  /** True when the share is the source's own (its labelled fake share). */
  own: boolean;
  coverage: number;
  medianWidth: number;
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export function simulateCoverage(
  rows: FollowerRows,
  runs: readonly HeldOutRun[],
  settings: SimulationSettings,
): CoverageRow[] {
  const rnd = mulberry32(settings.seed);
  const out: CoverageRow[] = [];
  for (const h of runs) {
    const idx = rowsOf(rows, allRows(rows), h.source);
    const fakes = idx.filter((i) => rows.y[i] === 1);
    const reals = idx.filter((i) => rows.y[i] === 0);
    const own = fakes.length / idx.length;
    const shares = [own, ...settings.shares.filter((s) => s !== own)];
    for (const target of shares) {
      let covered = 0;
      const widths: number[] = [];
      for (let s = 0; s < settings.samples; s++) {
        let trueFakes = 0;
        let flagged = 0;
        for (let k = 0; k < settings.sampleSize; k++) {
          const isFake = rnd() < target;
          const pool = isFake ? fakes : reals;
          const i = pool[Math.floor(rnd() * pool.length)] as number;
          if (isFake) trueFakes++;
          if ((h.p[i] as number) >= h.run.threshold) flagged++;
        }
        const est = estimateFakeShare(flagged, settings.sampleSize, h.run.pooled, h.run.spread);
        const truth = trueFakes / settings.sampleSize;
        if (est.low <= truth && truth <= est.high) covered++;
        widths.push(est.high - est.low);
      }
      out.push({
        source: h.source,
        targetShare: target,
        own: target === own,
        coverage: covered / settings.samples,
        medianWidth: median(widths),
      });
    }
  }
  return out;
}
