// Strict ISO 8601 date-times: a time without a zone would be read in the
// machine's local zone, and Date.parse accepts prose ("Oct 1, 2026") and
// impossible days ("2026-02-30", read as 2 March); all are refused, with the same
// rule as the snapshot format.
import { z } from "zod";

const isoWithZone = z.iso.datetime({ offset: true });

/** Epoch milliseconds, or NaN when the text is not an ISO 8601 date-time with a zone. */
export function isoTimeToMs(text: string): number {
  const t = text.trim();
  return isoWithZone.safeParse(t).success ? Date.parse(t) : Number.NaN;
}
