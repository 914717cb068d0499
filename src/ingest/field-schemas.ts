// Field schemas shared by every importer, so limits are the same in every format:
// counts fit the database (bigint, and exactly in a JS number), Unix times fall
// between 1970 and 3000, and text is at most MAX_TEXT_LENGTH long and cleaned of what
// PostgreSQL cannot store (NUL characters, unpaired UTF-16 surrogates).
import { z } from "zod";
import { cleanText } from "../core/clean-text.js";
import { MAX_TEXT_LENGTH } from "../core/text-limits.js";

export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
/** 3000-01-01T00:00:00Z: later times are typing mistakes (milliseconds given as seconds). */
export const MAX_UNIX_SECONDS = 32_503_680_000;

export const countSchema = z.number().int().nonnegative().max(MAX_COUNT, "count is too large");

export const unixSecondsSchema = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_UNIX_SECONDS, "expected Unix seconds before the year 3000 (milliseconds given?)");

export { cleanText } from "../core/clean-text.js";

export const textSchema = z
  .string()
  .max(
    MAX_TEXT_LENGTH,
    `longer than ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters, the most Vouch imports`,
  )
  .transform(cleanText);

/** Instagram usernames: letters, digits, periods and underscores (we also accept hyphens for other platforms). */
export const USERNAME = /^[A-Za-z0-9._-]{1,100}$/;
export const usernameSchema = z.string().regex(USERNAME, "not a valid username (letters, digits, . _ -)");
