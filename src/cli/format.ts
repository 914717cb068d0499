// Number formatting for the readable reports. null prints as "not enough data". The
// helpers live in src/report/format.ts, shared with the pages and the report.
export { day, NO_DATA, num, pct, truncate, wrapWords } from "../report/format.js";
