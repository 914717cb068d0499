// Strict ISO 8601 date-times: a time without a zone would be read in the
// machine's local zone, and Date.parse accepts prose ("Oct 1, 2026"); both are refused.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Epoch milliseconds, or NaN when the text is not an ISO 8601 date-time with a zone. */
export function isoTimeToMs(text: string): number {
  return ISO_WITH_ZONE.test(text.trim()) ? Date.parse(text.trim()) : Number.NaN;
}
