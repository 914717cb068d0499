// vitest globalSetup: installs the system tools some tests need, with apt-get, when they are
// missing, so `npm test` works on a fresh machine: Debian's chromium for the browser tests (never
// a browser build of its own), and poppler-utils' pdftotext, pdftoppm and pdfinfo for the report tests
// (they read the PDF back with an extractor independent of the library that wrote it).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

interface SystemTool {
  /** What is missing, for the error message. */
  what: string;
  present: () => boolean;
  script: string;
}

const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));
const onPath = (command: string) =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

const TOOLS: SystemTool[] = [
  { what: "chromium", present: () => existsSync("/usr/bin/chromium"), script: script("ensure-chromium.sh") },
  {
    what: "pdftotext, pdftoppm and pdfinfo (poppler-utils)",
    present: () => ["pdftotext", "pdftoppm", "pdfinfo"].every(onPath),
    script: script("ensure-poppler.sh"),
  },
];

export default function setup(): void {
  for (const tool of TOOLS) {
    if (tool.present()) continue;
    const result = spawnSync("bash", [tool.script], { stdio: "inherit" });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(
        `${tool.script} failed (exit ${result.status ?? result.signal}): ${tool.what} is missing`,
      );
    }
  }
}
