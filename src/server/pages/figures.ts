// The headline figures of an audit, each with its value, benchmark, method and the
// evidence section behind it: shared by the creator page (cards), the compare page
// (table rows) and the report (page and PDF), so all show the same figures the same
// way. They live in src/report/headline-figures.ts.
export { type Figure, headlineFigures } from "../../report/headline-figures.js";
