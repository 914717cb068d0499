// Number formatting for pages: the CLI's and the report's own helpers
// (src/report/format.ts), so a figure reads the same on a page as in `vouch audit`
// ("3.08%", "not enough data") and in the PDF report.
export { day, minutes, NO_DATA, num, pct, times, when } from "../../report/format.js";
