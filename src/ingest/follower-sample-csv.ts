// A follower sample as CSV, for `vouch followers score` (docs/formats.md, "Follower
// sample CSV"): one row per follower, turned into the model's FollowerInput. Sources
// differ in what they carry, so every column is optional and an empty cell is unknown;
// raw fields and their summaries (username / username_length, biography / bio_length,
// external_url / has_external_url) are both passed on and the model prefers the raw one.
import { invalidFile } from "../core/errors.js";
import type { FollowerInput } from "../core/follower-input.js";
import { FOLLOWER_COUNT_COLUMNS, followerSampleRow, readSampleCsvRecords } from "./sample-csv-schemas.js";
import { parseWith } from "./zod-error.js";

export interface FollowerSampleRow {
  /** 1-based data row (the header is not counted). */
  row: number;
  /** Line in the file where the row ends (a quoted cell may span lines). */
  line: number;
  username: string | null;
  input: FollowerInput;
}

export function readFollowerSampleCsv(text: string, file: string): FollowerSampleRow[] {
  const records = readSampleCsvRecords(text, file, (columns) => {
    if (!FOLLOWER_COUNT_COLUMNS.some((c) => columns.includes(c)))
      throw invalidFile(
        file,
        "line 1",
        null,
        "a follower sample needs at least one count column: followers, following or posts",
      );
  });
  const out: FollowerSampleRow[] = new Array(records.length);
  // A follower listed twice would count twice in the sample's shares.
  const seen = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const { record, info } = records[i] as (typeof records)[number];
    const r = parseWith(followerSampleRow, record, file, `line ${info.lines}`);
    if (r.username !== null) {
      const first = seen.get(r.username);
      if (first !== undefined)
        throw invalidFile(
          file,
          `line ${info.lines}`,
          "username",
          `duplicate follower "${r.username}", also on line ${first}`,
        );
      seen.set(r.username, info.lines);
    }
    out[i] = {
      row: i + 1,
      line: info.lines,
      username: r.username,
      input: {
        username: r.username,
        fullName: r.full_name,
        biography: r.biography,
        bioLength: r.bio_length,
        followers: r.followers,
        following: r.following,
        posts: r.posts,
        hasProfilePic: r.has_profile_pic,
        isPrivate: r.is_private,
        externalUrl: r.external_url,
        hasExternalUrl: r.has_external_url,
        usernameLength: r.username_length,
        usernameDigitCount: r.username_digit_count,
      },
    };
  }
  return out;
}
