// Temporary folders (an upload unpacked for import) named after the process that made
// them, `vouch-<purpose>-<pid>-XXXXXX` in the system's temp folder, so that none is left
// behind: each is removed when its work ends, a stopping process removes its own (its
// worker threads' included), and a starting server removes those of processes that died
// (kill -9, a power cut).
import { readdirSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive } from "../db/data-folder-lock.js";

const NAME = /^vouch-[a-z]+-(\d+)-[A-Za-z0-9]{6}$/;

/** A new empty folder, 0700, removed by removeTempFolder or when the process stops. */
export async function makeTempFolder(purpose: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `vouch-${purpose}-${process.pid}-`));
  return dir;
}

export async function removeTempFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Removes every temporary folder this process still has, its worker threads' too (they
 * share its pid); on stop, synchronous for exit paths.
 */
export function removeOwnTempFolders(): number {
  return removeFoldersOf((pid) => pid === process.pid);
}

/** Removes the temporary folders of vouch processes that are no longer running; returns how many. */
export function removeStaleTempFolders(): number {
  return removeFoldersOf((pid) => pid !== process.pid && !isAlive(pid));
}

function removeFoldersOf(whose: (pid: number) => boolean): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(NAME.exec(name)?.[1] ?? 0);
    if (!pid || !whose(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
      removed++;
    } catch {
      // another user's, or gone already
    }
  }
  return removed;
}
