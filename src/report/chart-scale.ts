// Round axis steps shared by the PDF's and the page's charts, so both draw the same ticks.

/** A step of 1, 2 or 5 × 10^k giving about `count` ticks from 0 up to max. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}
