// Number formatting for pages: the CLI's own helpers (src/cli/format.ts), so a
// figure reads the same on a page as in `vouch audit` ("3.08%", "not enough data").
import { day, NO_DATA, num, pct } from "../../cli/format.js";

export { day, NO_DATA, num, pct };

/** medianRate / benchmark as the CLI writes it: "0.82×". */
export function times(value: number | null): string {
  return value === null ? NO_DATA : `${value.toFixed(2)}×`;
}

/** Minutes as the CLI writes a reply delay: "45 min". */
export function minutes(value: number | null): string {
  return value === null ? NO_DATA : `${num(value, 0)} min`;
}

/** An ISO time as "2026-10-01 09:00 UTC". */
export function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "?";
}
