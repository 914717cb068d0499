// The demo creators' snapshot files as text, in the bytes fixtures/demo holds:
// sunny_trails (healthy) and glowup_daily (bought-looking). Every name and text is
// invented. write-demo-fixtures.ts writes them; a test compares them with the files.
import { fileURLToPath } from "node:url";
import { glowupDaily } from "./glowup-daily.js";
import type { SnapshotFile } from "./snapshot-file.js";
import { sunnyTrails } from "./sunny-trails.js";

export const DEMO_FIXTURES_DIR = fileURLToPath(new URL("../../../fixtures/demo/", import.meta.url));

const DEMO_CREATORS: readonly [file: string, make: () => SnapshotFile][] = [
  ["sunny_trails.json", sunnyTrails],
  ["glowup_daily.json", glowupDaily],
];

/** Each demo fixture's file name and text (JSON indented by two spaces, ending in a newline). */
export function demoFixtureFiles(): { name: string; text: string }[] {
  return DEMO_CREATORS.map(([name, make]) => ({ name, text: `${JSON.stringify(make(), null, 2)}\n` }));
}
