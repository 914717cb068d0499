// Number formatting for the readable reports. null prints as "not enough data".
export const NO_DATA = "not enough data";

export function pct(value: number | null, digits = 2): string {
  return value === null ? NO_DATA : `${(value * 100).toFixed(digits)}%`;
}

export function num(value: number | null, digits = 0): string {
  return value === null
    ? NO_DATA
    : value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function day(isoTime: string | null): string {
  return isoTime ? isoTime.slice(0, 10) : "?";
}

export function truncate(text: string, max = 70): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
