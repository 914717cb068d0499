// CSV text as spreadsheets read it (RFC 4180: comma, double quotes doubled, CRLF, a UTF-8
// byte-order mark so Excel reads the accents). No CSV writer is a dependency (csv-parse,
// the reader, has a separate sibling), and these few rules are the whole format.
// Exported cells hold imported text (a creator's bio, a handle, a note): a text cell that
// starts with =, +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and
// Google Sheets, so it gets a leading apostrophe (OWASP's advice on CSV injection). Numbers
// are ours and written as numbers: a negative number is not a formula.
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map(csvCell).join(",")}\r\n`;
  return `\uFEFF${line(header)}${rows.map(line).join("")}`;
}
