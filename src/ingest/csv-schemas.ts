// Row schemas for Vouch's CSV files (columns in docs/formats.md). Cells are text:
// an empty cell is unknown (null), never zero.
import { z } from "zod";
import { DEMOGRAPHIC_DIMENSIONS } from "../core/types.js";
import {
  idTextSchema,
  MAX_SMALL_COUNT,
  MAX_UNIX_SECONDS,
  platformIdSchema,
  textSchema,
  usernameSchema,
} from "./field-schemas.js";
import { isoTimeToMs } from "./iso-time.js";

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const count = z.preprocess(
  empty,
  z
    .string()
    .regex(/^\s*\d{1,15}\s*$/, "expected a whole number ≥ 0 (at most 15 digits)")
    .transform((s) => Number(s))
    .nullish(),
);

const flag = z.preprocess(
  empty,
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(["true", "false", "1", "0", "yes", "no"], { message: "expected true or false" }))
    .transform((s) => s === "true" || s === "1" || s === "yes")
    .nullish(),
);

/** A count stored in an integer column (the username summaries). */
const smallCount = z.preprocess(
  empty,
  z
    .string()
    .regex(/^\s*\d{1,10}\s*$/, "expected a whole number ≥ 0 (at most 10 digits)")
    .transform((s) => Number(s))
    .refine(
      (n) => n <= MAX_SMALL_COUNT,
      `expected a whole number ≤ ${MAX_SMALL_COUNT.toLocaleString("en-US")}`,
    )
    .nullish(),
);

const text = z.preprocess(empty, textSchema.nullish());
/** A platform's id: required (post_id, comment_id) or not. */
const requiredId = z.string().trim().min(1, "required value is empty").pipe(platformIdSchema);
const id = z.preprocess(empty, z.string().trim().pipe(idTextSchema).nullish());
const username = z.preprocess(empty, usernameSchema.nullish());
const required = z.string().trim().min(1, "required value is empty");

/** Unix seconds before the year 3000 as milliseconds, else NaN (the same limit as JSON imports). */
function unixMs(seconds: number): number {
  return seconds <= MAX_UNIX_SECONDS ? seconds * 1000 : Number.NaN;
}

/** ISO 8601 date-time with a zone (Z or ±hh:mm), or Unix seconds. */
const time = z
  .string()
  .trim()
  .min(1, "required value is empty")
  .transform((s, ctx) => {
    const ms = /^\d{9,11}$/.test(s) ? unixMs(Number(s)) : isoTimeToMs(s);
    if (Number.isNaN(ms)) {
      ctx.addIssue({
        code: "custom",
        message: `expected an ISO 8601 date-time with a time zone (2026-10-01T08:00:00Z) or Unix seconds, got "${s}"`,
      });
      return z.NEVER;
    }
    return ms;
  });

/** A calendar day, YYYY-MM-DD (an impossible day such as 2026-02-30 is refused). */
const day = z
  .string()
  .trim()
  .min(1, "required value is empty")
  .refine((s) => z.iso.date().safeParse(s).success, {
    error: (issue) => `expected a date YYYY-MM-DD (2026-10-01), got "${String(issue.input).trim()}"`,
  });

const account = { account: text };

export const postRow = z.object({
  ...account,
  post_id: requiredId,
  shortcode: text,
  taken_at: time,
  kind: z.preprocess(empty, z.enum(["image", "video", "carousel", "reel"]).nullish()),
  caption: text,
  likes: count,
  comments: count,
  views: count,
  is_ad: flag,
});

export const commentRow = z.object({
  ...account,
  post_id: requiredId,
  comment_id: requiredId,
  parent_id: id,
  author_id: id,
  author_username: username,
  text: textSchema,
  created_at: time,
  likes: count,
});

export const followerRow = z.object({
  ...account,
  username: z.string().trim().pipe(usernameSchema),
  id,
  followers: count,
  following: count,
  posts: count,
  has_avatar: flag,
  /** The follower sample CSV's name for has_avatar (docs/formats.md); either may be given. */
  has_profile_pic: flag,
  is_private: flag,
  is_verified: flag,
  full_name: text,
  bio_length: count,
  biography: text,
  external_url: text,
  has_external_url: flag,
  username_length: smallCount,
  username_digit_count: smallCount,
});

export const profileRow = z.object({
  ...account,
  captured_at: time,
  followers: count,
  following: count,
  posts: count,
  full_name: text,
  bio: text,
  external_url: text,
  is_verified: flag,
  is_business: flag,
  category: text,
});

/** Counts by day; at least one of the three columns is present (checked on the header). */
export const dailyCountRow = z.object({
  ...account,
  date: day,
  followers: count,
  following: count,
  posts: count,
});

/**
 * Follower demographics, one count a row: dimension (age, gender, country, city), key and
 * value, as the Graph API's follower_demographics breaks them down (graph-demographics.ts
 * checks the key). captured_at is optional: --captured-at or the import's time otherwise.
 */
export const demographicRow = z.object({
  ...account,
  captured_at: z.preprocess(empty, time.nullish()),
  dimension: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(DEMOGRAPHIC_DIMENSIONS, { message: "expected age, gender, country or city" })),
  key: required,
  value: z.preprocess(
    empty,
    z
      .string({ message: "required value is empty" })
      .regex(/^\s*\d{1,15}\s*$/, "expected a whole number ≥ 0 (at most 15 digits)")
      .transform((s) => Number(s)),
  ),
});

/** The count columns of a daily-counts file: it needs at least one. */
export const DAILY_COUNT_COLUMNS = ["followers", "following", "posts"] as const;

export type CsvKind = "posts" | "comments" | "followers" | "profile" | "daily_counts" | "demographics";

/** Which kind of CSV a header row is, by its identifying columns. */
export function csvKindOf(columns: readonly string[]): CsvKind | null {
  const has = (c: string) => columns.includes(c);
  if (has("dimension") && has("key") && has("value")) return "demographics";
  if (has("comment_id")) return "comments";
  if (has("post_id") && has("taken_at")) return "posts";
  // A profile row has a capture time; a follower row has none (and may carry a username).
  if (has("captured_at") && has("followers")) return "profile";
  // Counts by day have a date and no username (a follower sample may carry any extra column).
  if (has("date") && !has("username")) return "daily_counts";
  if (has("username")) return "followers";
  return null;
}
