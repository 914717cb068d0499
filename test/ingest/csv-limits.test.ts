// Every Vouch CSV (imports and the two sample files) keeps the limits of docs/formats.md,
// "Limits": at most 1,000 columns, 2,000,000 rows and 30,000 characters a cell. A file over
// them is refused while it is parsed, with the file, line and column; the probe's header of
// 200,000 columns (1.9 MB) once held the server for 49 s in a quadratic duplicate check.
import { describe, expect, it } from "vitest";
import { readCommentSampleCsv } from "../../src/ingest/comment-sample-csv.js";
import { readCsv } from "../../src/ingest/csv-file.js";
import {
  CSV_LIMITS,
  MAX_CSV_CELL_LENGTH,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  readCsvRecords,
} from "../../src/ingest/csv-records.js";
import { readFollowerSampleCsv } from "../../src/ingest/follower-sample-csv.js";
import type { ImportContext } from "../../src/ingest/import-context.js";

const ctx: ImportContext = {
  account: { platform: "instagram", username: "csv_cook" },
  capturedAt: null,
  now: Date.parse("2026-11-01T12:00:00Z"),
};

/** The probe's file: a header of 200,000 columns col0 … col199999 and nothing else. */
const probeHeader = Array.from({ length: 200_000 }, (_, i) => `col${i}`).join(",");

/** A posts.csv header with `extra` more columns, and one row. */
function widePosts(extra: number, lastExtra = `x${extra - 1}`): string {
  const names = ["post_id", "taken_at", ...Array.from({ length: extra - 1 }, (_, i) => `x${i}`), lastExtra];
  return `${names.join(",")}\np-1,2026-10-01T08:00:00Z${",".repeat(extra)}\n`;
}

describe("CSV limits", () => {
  it("documents the limits it checks", () => {
    expect([MAX_CSV_COLUMNS, MAX_CSV_ROWS, MAX_CSV_CELL_LENGTH]).toEqual([1_000, 2_000_000, 30_000]);
  });

  it("refuses the probe's 200,000-column header on line 1", () => {
    expect(probeHeader.length).toBe(1_888_889);
    expect(() => readCsv(`${probeHeader}\n`, "wide.csv", ctx)).toThrow(
      "wide.csv, line 1: has 200,000 columns; a Vouch CSV has at most 1,000",
    );
  });

  it("refuses 1,001 columns in the sample readers too", () => {
    const header = Array.from({ length: 1_001 }, (_, i) => (i === 0 ? "id" : i === 1 ? "text" : `x${i}`));
    const message = "line 1: has 1,001 columns; a Vouch CSV has at most 1,000";
    expect(() => readCommentSampleCsv(`${header.join(",")}\n`, "c.csv")).toThrow(`c.csv, ${message}`);
    header[0] = "followers";
    expect(() => readFollowerSampleCsv(`${header.join(",")}\n`, "f.csv")).toThrow(`f.csv, ${message}`);
  });

  it("reads 1,000 columns and refuses 1,001", () => {
    // post_id, taken_at and 998 columns Vouch does not know (ignored).
    const [data] = readCsv(widePosts(998), "p.csv", ctx);
    expect(data?.posts.map((p) => p.platformPostId)).toEqual(["p-1"]);
    expect(() => readCsv(widePosts(999), "p.csv", ctx)).toThrow(
      "p.csv, line 1: has 1,001 columns; a Vouch CSV has at most 1,000",
    );
  });

  it("names a column that appears twice, even the last of 1,000", () => {
    expect(() => readCsv(widePosts(998, "x0"), "p.csv", ctx)).toThrow(
      'p.csv, line 1, field "x0": the column appears twice',
    );
    expect(() => readCommentSampleCsv("id,text,ID\n1,hi,2\n", "c.csv")).toThrow(
      'c.csv, line 1, field "id": the column appears twice',
    );
  });

  it("refuses a cell over 30,000 characters with its line and column", () => {
    const comments = (text: string) =>
      `post_id,comment_id,text,created_at\np-1,c-1,ok,2026-10-01T08:00:00Z\np-1,c-2,${text},2026-10-01T09:00:00Z\n`;
    const [data] = readCsv(comments("a".repeat(30_000)), "comments.csv", ctx);
    expect(data?.comments[1]?.text).toHaveLength(30_000);
    expect(() => readCsv(comments("a".repeat(30_001)), "comments.csv", ctx)).toThrow(
      'comments.csv, line 3, field "text": the cell holds 30,001 characters; a cell holds at most 30,000',
    );
    // Counted in characters (UTF-16 code units), not bytes: 30,000 é are 60,000 bytes.
    expect(readCsv(comments("é".repeat(30_000)), "comments.csv", ctx)[0]?.comments).toHaveLength(2);
    // A quoted cell spanning lines is named by the line where its row ends.
    expect(() => readCommentSampleCsv(`id,text\n1,"${"a\n".repeat(15_001)}"\n`, "c.csv")).toThrow(
      'c.csv, line 15003, field "text": the cell holds 30,002 characters; a cell holds at most 30,000',
    );
  });

  it("refuses a file with more rows than the limit on the first row over", () => {
    // Two million rows take seconds to parse: the same check is shown with a limit of 3.
    const limits = { ...CSV_LIMITS, rows: 3 };
    const rows = (n: number) => `username,followers\n${"a,1\n\n".repeat(n)}`;
    expect(readCsvRecords(rows(3), "f.csv", () => {}, limits).records).toHaveLength(3);
    expect(() => readCsvRecords(rows(4), "f.csv", () => {}, limits)).toThrow(
      "f.csv, line 8: has more than 3 rows; split the file",
    );
  });
});
