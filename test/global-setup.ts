// vitest globalSetup: installs the system tools some tests need, with apt-get, when they are
// missing, so `npm test` works on a fresh machine: Debian's chromium for the browser tests (never
// a browser build of its own), poppler-utils' pdftotext, pdftoppm and pdfinfo for the report tests
// (they read the PDF back with an extractor independent of the library that wrote it) and its
// pdfsig for the contract signing test, with openssl, which makes that test's certificate.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A Debian package and the commands the tests run from it (chromium lives at /usr/bin/chromium). */
const PACKAGES: { package: string; commands: string[] }[] = [
  { package: "chromium", commands: ["chromium"] },
  { package: "poppler-utils", commands: ["pdftotext", "pdftoppm", "pdfinfo", "pdfsig"] },
  // The signing test makes its own certificate and PKCS#12 file.
  { package: "openssl", commands: ["openssl"] },
];

const SCRIPT = fileURLToPath(new URL("../scripts/ensure-debian-package.sh", import.meta.url));
const onPath = (command: string) =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

export default function setup(): void {
  for (const p of PACKAGES) {
    if (p.commands.every(onPath)) continue;
    const result = spawnSync("bash", [SCRIPT, p.package, ...p.commands], { stdio: "inherit" });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(
        `${SCRIPT} failed (exit ${result.status ?? result.signal}): ${p.commands.join(", ")} (${p.package}) missing`,
      );
    }
  }
}
