// Every Vouch CSV (the import files and the two sample files) is read here: csv-parse with a
// header row, within limits checked while parsing (docs/formats.md, "Limits"), so a hostile
// file is refused by its header or its first oversize row, never after the whole of it has
// been turned into rows. Each check is linear in the file: a 200,000-column header used to
// take a minute in a duplicate check that compared every column with every other.
import { parse } from "csv-parse/sync";
import { invalidFile, VouchError } from "../core/errors.js";
import { MAX_TEXT_LENGTH } from "../core/text-limits.js";

/** Columns in a header; Vouch's widest file (a follower sample) has 17. */
export const MAX_CSV_COLUMNS = 1_000;
/** Data rows in one file; twice the million-follower sample `npm run bench` scores. */
export const MAX_CSV_ROWS = 2_000_000;
/** Characters (UTF-16 code units) in one cell, header names included: the longest text imported. */
export const MAX_CSV_CELL_LENGTH = MAX_TEXT_LENGTH;

export interface CsvLimits {
  columns: number;
  rows: number;
  cellLength: number;
}

export const CSV_LIMITS: CsvLimits = {
  columns: MAX_CSV_COLUMNS,
  rows: MAX_CSV_ROWS,
  cellLength: MAX_CSV_CELL_LENGTH,
};

/** One data row as csv-parse gives it: cells by lower-case column name, and its line. */
export interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

export interface CsvRecords {
  /** Trimmed, lower-case column names; null when the file is empty. */
  header: string[] | null;
  records: CsvRecord[];
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Parses CSV text with a header row. Column names are trimmed and lower-cased; a header
 * over the limits, a name twice or one `checkHeader` refuses is an error on line 1, before
 * any row is read; a row over the limits is an error naming its line (and the column).
 * `limits` are CSV_LIMITS but in tests.
 */
export function readCsvRecords(
  text: string,
  file: string,
  checkHeader: (columns: readonly string[]) => void,
  limits: CsvLimits = CSV_LIMITS,
): CsvRecords {
  let header: string[] | null = null;
  let previousEnd = 0;
  let records: CsvRecord[];
  try {
    records = parse(text, {
      columns: (names: string[]) => {
        header = checkedHeader(names, file, limits);
        checkHeader(header);
        return header;
      },
      bom: true,
      skip_empty_lines: true,
      // Each row keeps only its line: csv-parse's own info object per row (info: true)
      // would be kept for every row of a file of millions.
      on_record: (
        record: Record<string, string>,
        context: { lines: number; records: number; bytes: number },
      ) => {
        const line = `line ${context.lines}`;
        if (context.records > limits.rows)
          throw invalidFile(file, line, null, `has more than ${count(limits.rows)} rows; split the file`);
        // No cell is longer than its row in UTF-8 bytes (never fewer than its UTF-16 code
        // units), so only a long row needs its cells measured.
        if (context.bytes - previousEnd > limits.cellLength) checkCells(record, file, line, limits);
        previousEnd = context.bytes;
        return { record, info: { lines: context.lines } };
      },
    }) as unknown as CsvRecord[];
  } catch (err) {
    if (err instanceof VouchError) throw err;
    const e = err as Error & { lines?: number };
    throw invalidFile(file, e.lines ? `line ${e.lines}` : null, null, `is not valid CSV (${e.message})`);
  }
  return { header, records };
}

function checkedHeader(names: string[], file: string, limits: CsvLimits): string[] {
  if (names.length > limits.columns)
    throw invalidFile(
      file,
      "line 1",
      null,
      `has ${count(names.length)} columns; a Vouch CSV has at most ${count(limits.columns)}`,
    );
  const header = names.map((c) => c.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of header) {
    if (name.length > limits.cellLength)
      throw invalidFile(
        file,
        "line 1",
        null,
        `a column name holds ${count(name.length)} characters; at most ${count(limits.cellLength)}`,
      );
    if (seen.has(name)) throw invalidFile(file, "line 1", name, "the column appears twice");
    seen.add(name);
  }
  return header;
}

function checkCells(record: Record<string, string>, file: string, line: string, limits: CsvLimits) {
  for (const [column, cell] of Object.entries(record))
    if (cell.length > limits.cellLength)
      throw invalidFile(
        file,
        line,
        column,
        `the cell holds ${count(cell.length)} characters; a cell holds at most ${count(limits.cellLength)}`,
      );
}
