// Plain text of the model's emphasised words and table cells, for the renderers that
// cannot emphasise (the PDF, a terminal) and for tests that look for a figure's words.
import type { Cell, LinkTarget, ReportLink, Words } from "./report-types.js";

export function plainWords(w: Words): string {
  return typeof w === "string"
    ? w
    : w.map((s) => (typeof s === "string" ? s : "strong" in s ? s.strong : s.code)).join("");
}

export function cellText(c: Cell): string {
  return typeof c === "string" ? c : c.text;
}

/** A link where nothing can be clicked: its words, and the address when it leaves the report. */
export function linkWords(l: ReportLink): string {
  return "url" in l.to ? `${l.label} (${l.to.url})` : l.label;
}

export function cellLink(c: Cell): LinkTarget | undefined {
  return typeof c === "string" ? undefined : c.link;
}
