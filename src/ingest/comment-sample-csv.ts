// Comments as CSV, for `vouch comments classify` (docs/formats.md, "Comments CSV (for
// classification)"): an id and a text per row, optionally the author, time and post.
// Unlike the import's comments.csv it needs no account or post: the comments are only
// labelled, not stored. Ids must be unique, so each label can be traced back.
import { invalidFile } from "../core/errors.js";
import { COMMENT_REQUIRED_COLUMNS, commentSampleRow, readSampleCsvRecords } from "./sample-csv-schemas.js";
import { parseWith } from "./zod-error.js";

export interface CommentSampleRow {
  /** 1-based data row (the header is not counted). */
  row: number;
  /** Line in the file where the row ends (a quoted text may span lines). */
  line: number;
  id: string;
  text: string;
  /** The author's username, lower case. */
  author: string | null;
  /** Epoch milliseconds. */
  createdAt: number | null;
  postId: string | null;
}

export function readCommentSampleCsv(text: string, file: string): CommentSampleRow[] {
  const records = readSampleCsvRecords(text, file, (columns) => {
    const missing = COMMENT_REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
    if (missing.length > 0)
      throw invalidFile(
        file,
        "line 1",
        missing[0] ?? null,
        `the column is missing; a comments file needs the columns ${COMMENT_REQUIRED_COLUMNS.join(" and ")}`,
      );
  });
  const out: CommentSampleRow[] = new Array(records.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const { record, info } = records[i] as (typeof records)[number];
    const r = parseWith(commentSampleRow, record, file, `line ${info.lines}`);
    const first = seen.get(r.id);
    if (first !== undefined)
      throw invalidFile(file, `line ${info.lines}`, "id", `duplicate id "${r.id}", also on line ${first}`);
    seen.set(r.id, info.lines);
    out[i] = {
      row: i + 1,
      line: info.lines,
      id: r.id,
      text: r.text,
      author: r.author,
      createdAt: r.created_at,
      postId: r.post_id,
    };
  }
  return out;
}
