// Browser tests run Debian's chromium (/usr/bin/chromium, installed by scripts/ensure-debian-package.sh,
// which test/global-setup.ts runs when it is missing) through playwright-core: never a browser download.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Screenshots of pages, kept as test artefacts (test-artifacts/ is git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL("../../test-artifacts/screenshots", import.meta.url));
mkdirSync(ARTIFACTS_DIR, { recursive: true });

/**
 * Headless, sandbox-less (we run as root), offline-friendly Chromium. playwright-core adds a new empty
 * --user-data-dir of its own (a fresh temp profile per launch, removed on close) and refuses one in `args`.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: [...CHROMIUM_ARGS],
  });
}

/** Writes a full-page screenshot to ARTIFACTS_DIR/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
