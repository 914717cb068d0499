// The project's folder (where package.json names "vouch"), found by walking up from
// this module: the same answer for dist/cli, for the bundled dist/cli/main.js and its
// chunks, and for a build the tests make in a folder of their own, so files shipped
// beside the code (package.json, fixtures/demo) never hang on a module's depth.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let found: { root: string; version: string } | null | undefined;

/** The folder and package.json's version; null when no vouch package.json is above. */
export function projectRoot(): { root: string; version: string } | null {
  if (found === undefined) found = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
  return found;
}

function findProjectRoot(start: string): { root: string; version: string } | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "vouch") return { root: dir, version: pkg.version ?? "unknown" };
    }
    if (dirname(dir) === dir) return null;
  }
}
