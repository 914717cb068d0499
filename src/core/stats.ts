// Small statistics helpers; every function returns null on an empty input
// rather than NaN, so "not enough data" propagates instead of a made-up number.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** part / whole, or null when whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Epoch milliseconds as an ISO 8601 UTC string, the form every report uses. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
