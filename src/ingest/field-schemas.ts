// Field schemas shared by every importer, so limits are the same in every format:
// counts fit the database (bigint, and exactly in a JS number), Unix times fall
// between 1970 and 3000, text is at most MAX_TEXT_LENGTH long and cleaned of what
// PostgreSQL cannot store (NUL characters, unpaired UTF-16 surrogates), and ids are short
// and refused, not cleaned, when they hold those: two ids must not become one.
import { z } from "zod";
import { cleanText } from "../core/clean-text.js";
import { MAX_TEXT_LENGTH } from "../core/text-limits.js";

export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
/** 3000-01-01T00:00:00Z: later times are typing mistakes (milliseconds given as seconds). */
export const MAX_UNIX_SECONDS = 32_503_680_000;

export const countSchema = z.number().int().nonnegative().max(MAX_COUNT, "count is too large");

/** PostgreSQL's integer: the username summaries of a follower sample are stored as such. */
export const MAX_SMALL_COUNT = 2_147_483_647;

export const smallCountSchema = countSchema.max(MAX_SMALL_COUNT, "count is too large");

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

/**
 * The most characters in a platform's id (a post, comment, account or follower): Instagram's
 * have up to 20 digits, YouTube's comment ids about 50. Ids are keys of the database's
 * indexes, whose rows hold a few kilobytes: a longer one is no id, and would fail there.
 */
export const MAX_ID_LENGTH = 200;

/**
 * An id as given, empty allowed (an unknown author's id, say). Cleaning would make "a\u0000b"
 * and "ab" one id, so NUL and unpaired surrogates are refused instead.
 */
export const idTextSchema = z
  .string()
  .max(MAX_ID_LENGTH, `longer than ${MAX_ID_LENGTH} characters, which no platform's id is`)
  .refine((s) => cleanText(s) === s, "an id cannot hold a NUL character or an unpaired surrogate");

/** A post's or comment's id: not empty. */
export const platformIdSchema = idTextSchema.min(1, "the id is empty");

/** Instagram usernames: letters, digits, periods and underscores (we also accept hyphens for other platforms). */
export const USERNAME = /^[A-Za-z0-9._-]{1,100}$/;
export const usernameSchema = z.string().regex(USERNAME, "not a valid username (letters, digits, . _ -)");
