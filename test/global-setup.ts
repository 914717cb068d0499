// vitest globalSetup: browser tests need Debian's chromium; install it (apt-get) when it is missing,
// so `npm test` works on a fresh machine. Never downloads a browser build of its own.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CHROMIUM_PATH = "/usr/bin/chromium";
const ENSURE_SCRIPT = fileURLToPath(new URL("../scripts/ensure-chromium.sh", import.meta.url));

export default function setup(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const result = spawnSync("bash", [ENSURE_SCRIPT], { stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${ENSURE_SCRIPT} failed (exit ${result.status ?? result.signal}): chromium is missing`);
  }
}
