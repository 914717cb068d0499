// The headline figures of an audit, each with its value, benchmark, method and the
// evidence section behind it, for the compare page's rows: the same list the report model
// puts at the top of the creator page, the report and `vouch audit`, so every one shows
// the same figures the same way. They live in src/report/headline-figures.ts.
export { type Figure, headlineFigures } from "../../report/headline-figures.js";
