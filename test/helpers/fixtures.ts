// Copies of the committed fixtures in a temporary folder, for tests that break them.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

export function fixtureCopy(relative: string): string {
  const dir = mkdtempSync(join(tmpdir(), "vouch-fixture-"));
  const target = join(dir, relative.split("/").at(-1) as string);
  cpSync(join(FIXTURES, relative), target, { recursive: true });
  return target;
}
