// When the demo snapshots were captured, and the times their posts were published at:
// about two a week over the twelve weeks before, at daytime hours.
import type { Rng } from "./random.js";

export const CAPTURED_AT = Date.parse("2026-11-01T10:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** ISO 8601 in UTC to the second, as the snapshot format writes it ("2026-11-01T10:00:00Z"). */
export const isoTime = (ms: number): string =>
  new Date(Math.round(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

/** ~2 posts a week over the 12 weeks before capture, newest first, at daytime hours. */
export function postTimes(rng: Rng, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const daysBack = 1.6 + i * 3.45 + (rng.next() - 0.5) * 1.4;
    const day = Math.floor((CAPTURED_AT - daysBack * DAY) / DAY) * DAY;
    times.push(day + rng.int(7, 18) * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59) * 1000);
  }
  return times;
}
