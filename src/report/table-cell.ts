// A table cell that knows its column's label. On a phone every `table.data` becomes
// stacked rows (public/app.css) and each cell shows the label from its data-label
// attribute; every table of the pages and the report writes its cells here, so the label
// is never forgotten and the markup is in one place.
import { html } from "hono/html";

type Html = ReturnType<typeof html>;

export interface CellOptions {
  /** Right-aligned figures (tabular numbers). */
  numeric?: boolean;
  /** More classes, e.g. "empty". */
  className?: string;
  colspan?: number;
}

export function labelledCell(label: string, content: unknown, o: CellOptions = {}): Html {
  const cls = [o.numeric ? "num" : "", o.className ?? ""].filter(Boolean).join(" ");
  return html`<td data-label="${label}"${cls ? html` class="${cls}"` : ""}${
    o.colspan ? html` colspan="${o.colspan}"` : ""
  }>${content}</td>`;
}
