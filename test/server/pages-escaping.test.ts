// Source checks on every page file: markup comes only from hono/html's escaping
// `html` template, with interpolated attribute values inside quotes (an unquoted
// value could add attributes even when escaped), and nothing marks data as raw.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "..", "..", "src", "server", "pages");
const files = readdirSync(DIR).filter((n) => n.endsWith(".ts") || n.endsWith(".tsx"));

describe("page sources", () => {
  it.each(files)("%s quotes interpolated attributes and marks nothing raw", (name) => {
    const text = readFileSync(join(DIR, name), "utf8");
    expect(text).not.toMatch(/\s[\w:-]+=\$\{/); // attr=${value} without quotes
    expect(text).not.toMatch(/\braw\(/);
    expect(text).not.toMatch(/dangerouslySetInnerHTML/);
    expect(text).not.toMatch(/<script>/); // the CSP allows script files only
    expect(text).not.toMatch(/\sstyle="/); // styles live in public/app.css
  });
});
