import { describe, expect, it } from "vitest";
import { parseCopyText } from "../../src/db/copy-text.js";

describe("parseCopyText", () => {
  it("reads PostgreSQL's COPY text format", () => {
    // Written as PostgreSQL writes it: tab between columns, \N for NULL, escapes inside values.
    const text = "1\tplain\t\\N\n2\ttab\\there\\nnewline \\\\ back\\\\slash\t\\x41\\101\n";
    expect(parseCopyText(text)).toEqual([
      ["1", "plain", null],
      ["2", "tab\there\nnewline \\ back\\slash", "AA"],
    ]);
  });

  it("reads nothing from an empty text", () => {
    expect(parseCopyText("")).toEqual([]);
  });
});
