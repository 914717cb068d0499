// The CSV templates a new user downloads (first run: "what data to bring"): each kind's
// header row, taken from the row schemas the reader checks (csv-schemas.ts), so a
// template cannot drift from what an import accepts. Header only: an example row would be
// imported as a creator that does not exist. docs/formats.md says what each column means.
import type { z } from "zod";
import {
  commentRow,
  dailyCountRow,
  demographicRow,
  followerRow,
  postRow,
  profileRow,
} from "./csv-schemas.js";

const columns = (row: z.ZodObject) => Object.keys(row.shape);

/**
 * Columns a follower sample may give instead of others (has_profile_pic for has_avatar,
 * name summaries for the name): a template offers the plain ones.
 */
const FOLLOWER_ALTERNATIVES = new Set(["has_profile_pic", "username_length", "username_digit_count"]);

export const CSV_TEMPLATES = {
  posts: columns(postRow),
  comments: columns(commentRow),
  profile: columns(profileRow),
  followers: columns(followerRow).filter((c) => !FOLLOWER_ALTERNATIVES.has(c)),
  "daily-counts": columns(dailyCountRow),
  demographics: columns(demographicRow),
} as const satisfies Record<string, readonly string[]>;

export type CsvTemplateName = keyof typeof CSV_TEMPLATES;

export const CSV_TEMPLATE_NAMES = Object.keys(CSV_TEMPLATES) as [CsvTemplateName, ...CsvTemplateName[]];
