// Vouch's CSV files: posts, comments, follower samples, profile snapshots, counts by
// day and follower demographics (docs/formats.md). The account comes from an `account` column
// (platform:username) or from --account.
import type { z } from "zod";
import { parseAccountKey } from "../core/account-key.js";
import { invalidFile, VouchError } from "../core/errors.js";
import type { AccountData } from "../core/types.js";
import { emptyAccount, mergeAccounts } from "./account-data.js";
import { type CsvRecord, readCsvRecords } from "./csv-records.js";
import {
  type CsvKind,
  commentRow,
  csvKindOf,
  DAILY_COUNT_COLUMNS,
  dailyCountRow,
  demographicRow,
  followerRow,
  postRow,
  profileRow,
} from "./csv-schemas.js";
import { demographicKey } from "./graph-demographics.js";
import type { ImportContext } from "./import-context.js";
import { parseWith } from "./zod-error.js";

export function readCsv(textIn: string, file: string, ctx: ImportContext): AccountData[] {
  // The header is checked as soon as it is read, before any row; an empty file has none
  // and is refused as a header that names no kind of file.
  const { header, records: rows } = readCsvRecords(textIn, file, (columns) => csvKindIn(columns, file));
  const kind = csvKindIn(header ?? [], file);
  if (rows.length === 0) throw invalidFile(file, null, null, "has a header but no rows");
  switch (kind) {
    case "posts":
      return readRows(rows, file, ctx, postRow, addPost);
    case "comments":
      return readRows(rows, file, ctx, commentRow, addComment);
    case "followers":
      return readRows(rows, file, ctx, followerRow, addFollower);
    case "profile":
      return readRows(rows, file, ctx, profileRow, addProfile);
    case "daily_counts":
      return readRows(rows, file, ctx, dailyCountRow, (data, r, _ctx, line) =>
        addDailyCount(data, r, file, line),
      );
    case "demographics":
      return readRows(rows, file, ctx, demographicRow, (data, r, c, line) =>
        addDemographic(data, r, c, file, line),
      );
  }
}

function readRows<S extends z.ZodType<{ account?: string | null | undefined }>>(
  rows: CsvRecord[],
  file: string,
  ctx: ImportContext,
  schema: S,
  add: (data: AccountData, row: z.output<S>, ctx: ImportContext, line: string) => void,
): AccountData[] {
  const accounts = new Map<string, AccountData>();
  for (const { record, info } of rows) {
    const line = `line ${info.lines}`;
    const row = parseWith(schema, record, file, line);
    let ref = ctx.account;
    if (row.account) {
      try {
        ref = parseAccountKey(row.account);
      } catch (err) {
        throw invalidFile(file, line, "account", (err as Error).message);
      }
    }
    if (!ref)
      throw new VouchError(
        "invalid_input",
        `${file}: the rows name no account; add an account column or use --account instagram:USERNAME`,
      );
    const key = `${ref.platform}:${ref.username}`;
    let data = accounts.get(key);
    if (!data) {
      data = emptyAccount(ref);
      accounts.set(key, data);
    }
    add(data, row, ctx, line);
  }
  return mergeAccounts([...accounts.values()]);
}

/** The kind of file a header names, or an error on line 1 when it names none. */
function csvKindIn(header: readonly string[], file: string): CsvKind {
  const kind = csvKindOf(header);
  if (!kind)
    throw invalidFile(
      file,
      "line 1",
      null,
      "unknown CSV columns: a posts file needs post_id and taken_at, comments comment_id, followers username, profile captured_at and followers, daily counts date, demographics dimension, key and value",
    );
  if (kind === "daily_counts" && !DAILY_COUNT_COLUMNS.some((c) => header.includes(c)))
    throw invalidFile(
      file,
      "line 1",
      null,
      "a daily-counts file (a date column) needs at least one of the columns followers, following, posts",
    );
  return kind;
}

function addPost(data: AccountData, r: z.output<typeof postRow>) {
  data.posts.push({
    platformPostId: r.post_id,
    shortcode: r.shortcode ?? null,
    takenAt: r.taken_at,
    kind: r.kind ?? null,
    caption: r.caption ?? null,
    likes: r.likes ?? null,
    comments: r.comments ?? null,
    views: r.views ?? null,
    isAd: r.is_ad ?? null,
    sponsors: null,
    location: null,
  });
}

function addComment(data: AccountData, r: z.output<typeof commentRow>) {
  data.comments.push({
    platformCommentId: r.comment_id,
    platformPostId: r.post_id,
    parentId: r.parent_id ?? null,
    authorId: r.author_id ?? null,
    authorUsername: r.author_username?.toLowerCase() ?? null,
    text: r.text,
    createdAt: r.created_at,
    likes: r.likes ?? null,
  });
}

function addFollower(data: AccountData, r: z.output<typeof followerRow>, ctx: ImportContext) {
  data.followers.push({
    username: r.username.toLowerCase(),
    platformUserId: r.id ?? null,
    followers: r.followers ?? null,
    following: r.following ?? null,
    posts: r.posts ?? null,
    hasAvatar: r.has_profile_pic ?? r.has_avatar ?? null,
    isPrivate: r.is_private ?? null,
    isVerified: r.is_verified ?? null,
    fullName: r.full_name ?? null,
    bioLength: r.bio_length ?? null,
    biography: r.biography ?? null,
    externalUrl: r.external_url ?? null,
    hasExternalUrl: r.has_external_url ?? null,
    usernameLength: r.username_length ?? null,
    usernameDigitCount: r.username_digit_count ?? null,
  });
  data.followersCapturedAt = ctx.capturedAt ?? ctx.now;
}

function addProfile(data: AccountData, r: z.output<typeof profileRow>) {
  if (data.profile && r.captured_at <= data.profile.capturedAt) return;
  data.profile = {
    capturedAt: r.captured_at,
    followers: r.followers ?? null,
    following: r.following ?? null,
    posts: r.posts ?? null,
    fullName: r.full_name ?? null,
    bio: r.bio ?? null,
    externalUrl: r.external_url ?? null,
    isVerified: r.is_verified ?? null,
    isBusiness: r.is_business ?? null,
    category: r.category ?? null,
  };
}

/** Days already read per account of the file being read, to name the line of a repeated day. */
const daysSeen = new WeakMap<AccountData, Set<string>>();

/** A row whose counts are all empty says nothing about that day: it is skipped. */
function addDailyCount(data: AccountData, r: z.output<typeof dailyCountRow>, file: string, line: string) {
  let seen = daysSeen.get(data);
  if (!seen) {
    seen = new Set();
    daysSeen.set(data, seen);
  }
  if (seen.has(r.date)) throw invalidFile(file, line, "date", `the day ${r.date} appears twice`);
  seen.add(r.date);
  const followers = r.followers ?? null;
  const following = r.following ?? null;
  const posts = r.posts ?? null;
  if (followers === null && following === null && posts === null) return;
  data.dailyCounts.push({ day: r.date, followers, following, posts });
}

/** Counts already read per account of the file being read, to name the line of a repeated key. */
const demographicsSeen = new WeakMap<AccountData, Set<string>>();

function addDemographic(
  data: AccountData,
  r: z.output<typeof demographicRow>,
  ctx: ImportContext,
  file: string,
  line: string,
) {
  const parsed = demographicKey(r.dimension, r.key);
  if ("error" in parsed) throw invalidFile(file, line, "key", parsed.error);
  const capturedAt = r.captured_at ?? ctx.capturedAt ?? ctx.now;
  let seen = demographicsSeen.get(data);
  if (!seen) {
    seen = new Set();
    demographicsSeen.set(data, seen);
  }
  const id = `${capturedAt} ${r.dimension} ${parsed.key}`;
  if (seen.has(id))
    throw invalidFile(file, line, "key", `the ${r.dimension} "${parsed.key}" appears twice in one capture`);
  seen.add(id);
  data.demographics.push({ capturedAt, dimension: r.dimension, key: parsed.key, value: r.value });
}
