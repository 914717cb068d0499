// The rules shared by the two sample CSVs that are scored without being imported
// (a follower sample for the authenticity model, comments for the spam classifier;
// docs/formats.md): reading the header and rows (csv-records.ts), and the row schemas.
// Cells follow the import CSVs' rules (an empty cell is unknown, never zero; the same
// whole numbers, true/false spellings, times, usernames and text cleaning), but each
// cell is one zod transform rather than a preprocess → pipe chain: a follower sample
// can have a million rows, and the chain costs three times as much per row.
import { z } from "zod";
import { invalidFile } from "../core/errors.js";
import { type CsvRecord, readCsvRecords } from "./csv-records.js";
import { cleanText, MAX_UNIX_SECONDS, usernameSchema } from "./field-schemas.js";
import { isoTimeToMs } from "./iso-time.js";

/** One data row as csv-parse gives it: cells by lower-case column name, and its line. */
export type SampleCsvRecord = CsvRecord;

/**
 * Parses CSV text with a header row within the limits of every Vouch CSV
 * (csv-records.ts). A header `checkHeader` refuses, an empty file or a header without
 * rows is an error naming the file (and line 1 for the header).
 */
export function readSampleCsvRecords(
  text: string,
  file: string,
  checkHeader: (columns: readonly string[]) => void,
): SampleCsvRecord[] {
  const { header, records } = readCsvRecords(text, file, checkHeader);
  if (header === null) throw invalidFile(file, null, null, "is empty; expected a header row and rows");
  if (records.length === 0) throw invalidFile(file, null, null, "has a header but no rows");
  return records;
}

// ---- cells -----------------------------------------------------------------

/**
 * A cell of an optional column: a missing column or an empty (blank) cell is null;
 * otherwise `read` gets the trimmed text and returns the value, or undefined when the
 * text is not acceptable (the issue says `expected`).
 */
function cell<T>(read: (trimmed: string, raw: string) => T | undefined, expected: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | null => {
      if (raw === undefined) return null;
      const t = raw.trim();
      if (t === "") return null;
      const value = read(t, raw);
      if (value === undefined) {
        ctx.addIssue({ code: "custom", message: `${expected}, got "${truncateCell(t)}"` });
        return z.NEVER;
      }
      return value;
    });
}

const truncateCell = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t);

const WHOLE = /^\d{1,15}$/;
/** Whole number ≥ 0, at most 15 digits (as the import CSVs). */
export const countCell = cell(
  (t) => (WHOLE.test(t) ? Number(t) : undefined),
  "expected a whole number ≥ 0 (at most 15 digits)",
);

const FLAGS = new Map([
  ["true", true],
  ["false", false],
  ["1", true],
  ["0", false],
  ["yes", true],
  ["no", false],
]);
/** true, false, 1, 0, yes, no in any case. */
export const flagCell = cell(
  (t) => FLAGS.get(t.toLowerCase()),
  "expected true or false (true, false, 1, 0, yes, no)",
);

/** Text as written (not trimmed), cleaned of what PostgreSQL cannot store; blank is unknown. */
export const textCell = cell((_t, raw) => cleanText(raw), "expected text");

/** usernameSchema's rule, stored lower case (usernames are case-insensitive). */
export const usernameCell = cell(
  (t) => (usernameSchema.safeParse(t).success ? t.toLowerCase() : undefined),
  "not a valid username (letters, digits, . _ -)",
);

/** ISO 8601 date-time with a zone, or Unix seconds (9 to 11 digits) before the year 3000; as epoch ms. */
export const timeCell = cell((t) => {
  const ms = /^\d{9,11}$/.test(t)
    ? Number(t) <= MAX_UNIX_SECONDS
      ? Number(t) * 1000
      : Number.NaN
    : isoTimeToMs(t);
  return Number.isNaN(ms) ? undefined : ms;
}, "expected an ISO 8601 date-time with a time zone (2026-10-01T08:00:00Z) or Unix seconds");

/** An id: trimmed, cleaned; blank is unknown. */
export const idCell = cell((t) => cleanText(t), "expected an id");

/** A required column's cell: trimmed, not empty. */
const requiredCell = z.string().trim().min(1, "required value is empty");

// ---- rows ------------------------------------------------------------------

/** The follower sample's columns; every one optional (the header needs a count column). */
export const followerSampleRow = z.object({
  username: usernameCell,
  full_name: textCell,
  biography: textCell,
  bio_length: countCell,
  followers: countCell,
  following: countCell,
  posts: countCell,
  has_profile_pic: flagCell,
  is_private: flagCell,
  external_url: textCell,
  has_external_url: flagCell,
  username_length: countCell,
  username_digit_count: countCell,
});

/** At least one of these must be a column of a follower sample. */
export const FOLLOWER_COUNT_COLUMNS = ["followers", "following", "posts"] as const;

export const commentSampleRow = z.object({
  id: requiredCell,
  // Checked for emptiness on the trimmed text, kept as written.
  text: z
    .string()
    .refine((s) => s.trim() !== "", "required value is empty")
    .transform(cleanText),
  author: usernameCell,
  created_at: timeCell,
  post_id: idCell,
});

/** Both must be columns of a comments file. */
export const COMMENT_REQUIRED_COLUMNS = ["id", "text"] as const;
