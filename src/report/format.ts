// How every figure is written, in one place for the CLI, the pages and the report (page
// and PDF), so a figure reads the same everywhere: "3.08%", "0.82×", "45 min",
// "2026-10-01 09:00 UTC", and null as "not enough data".
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

/** medianRate / benchmark: "0.82×". */
export function times(value: number | null): string {
  return value === null ? NO_DATA : `${value.toFixed(2)}×`;
}

/** Minutes as a reply delay: "45 min". */
export function minutes(value: number | null): string {
  return value === null ? NO_DATA : `${num(value, 0)} min`;
}

/** An ISO time as "2026-10-01 09:00 UTC". */
export function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "?";
}

/** Splits prose into lines of at most `width` characters at spaces (a longer word stays whole). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
