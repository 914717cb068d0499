// The pages' one way to write markup: hono/html's `html` tagged template, which
// escapes every interpolated value (strings from data become text, never markup).
// Only other `html` results pass through unescaped. Attribute values must be
// quoted ("${value}"); test/server/pages-escaping.test.ts checks every page file.
// JSX (hono/jsx) would need `"jsx"` in tsconfig.json: TypeScript refuses JSX
// syntax without that flag, whatever the file's @jsxImportSource pragma says.
import { html } from "hono/html";

export { html };
export type Html = ReturnType<typeof html>;

/** Attributes of a query string: the parameters with a value, in order, URL-encoded. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== "") s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : "";
}
