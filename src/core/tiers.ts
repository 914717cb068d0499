// Follower tiers and published engagement-rate benchmarks. Each benchmark keeps
// its method (statistic, denominator, window, sample) so we only ever compare
// like with like: our median ER against a published median ER.

export type Tier = "nano" | "micro" | "mid" | "macro" | "mega";

export interface Benchmark {
  rate: number;
  statistic: "median" | "mean";
  denominator: "followers";
  band: string;
  source: string;
}

interface Band {
  tier: Tier;
  min: number;
  max: number;
  label: string;
  median: number;
  mean: number;
}

const SOURCE_2018 =
  "HypeAuditor 2018 study of about 37,000 Instagram accounts, posts of the last 90 days, ER = (likes + comments) / followers";

/** Tier bands follow HypeAuditor 2018's follower bands so each tier has one benchmark. */
const BANDS: readonly Band[] = [
  { tier: "nano", min: 1_000, max: 5_000, label: "1k–5k", median: 0.0645, mean: 0.0426 },
  { tier: "micro", min: 5_000, max: 20_000, label: "5k–20k", median: 0.0376, mean: 0.0228 },
  { tier: "mid", min: 20_000, max: 100_000, label: "20k–100k", median: 0.0263, mean: 0.0162 },
  { tier: "macro", min: 100_000, max: 1_000_000, label: "100k–1M", median: 0.0257, mean: 0.0155 },
  {
    tier: "mega",
    min: 1_000_000,
    max: Number.POSITIVE_INFINITY,
    label: "over 1M",
    median: 0.0256,
    mean: 0.0154,
  },
];

export function tierOf(followers: number): Tier {
  if (followers < 5_000) return "nano";
  return (BANDS.find((b) => followers >= b.min && followers < b.max) as Band).tier;
}

/** The published benchmark for an account of this size, or null below 1,000 followers (no published band). */
export function benchmarkFor(followers: number, statistic: "median" | "mean"): Benchmark | null {
  const band = BANDS.find((b) => followers >= b.min && followers < b.max);
  if (!band) return null;
  return {
    rate: band[statistic],
    statistic,
    denominator: "followers",
    band: band.label,
    source: SOURCE_2018,
  };
}
