// CSV text for spreadsheets: quoting by RFC 4180 and formula-leading text made inert.
import { describe, expect, it } from "vitest";
import { csvCell, csvText } from "../../src/core/csv-text.js";

describe("csvText", () => {
  it("quotes commas, quotes and line breaks, and writes CRLF after a byte-order mark", () => {
    expect(
      csvText(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          ["two\nlines", null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n');
  });

  it("puts an apostrophe before text a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b"].map(csvCell)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      "a=b",
    ]);
    // A formula with a comma is made inert and then quoted.
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("writes our numbers as numbers, negative ones too, and unknowns as empty cells", () => {
    expect([-0.25, 0, 1234.5, Number.NaN, null].map(csvCell)).toEqual(["-0.25", "0", "1234.5", "", ""]);
  });
});
