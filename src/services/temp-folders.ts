// Temporary folders (an upload unpacked for import) named after the process that made
// them, `vouch-<purpose>-<pid>-XXXXXX` in the system's temp folder, so that none is left
// behind: each is removed when its work ends, a stopping process removes its own, and a
// starting server removes those of processes that died (kill -9, a power cut).
import { readdirSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive } from "../db/data-folder-lock.js";

const NAME = /^vouch-[a-z]+-(\d+)-[A-Za-z0-9]{6}$/;
const live = new Set<string>();

/** A new empty folder, 0700, removed by removeTempFolder or when the process stops. */
export async function makeTempFolder(purpose: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `vouch-${purpose}-${process.pid}-`));
  live.add(dir);
  return dir;
}

export async function removeTempFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
}

/** Removes every temporary folder this process still has (on stop; synchronous for exit paths). */
export function removeOwnTempFolders(): number {
  const n = live.size;
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
  return n;
}

/** Removes the temporary folders of vouch processes that are no longer running; returns how many. */
export function removeStaleTempFolders(): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(NAME.exec(name)?.[1] ?? 0);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
      removed++;
    } catch {
      // another user's, or gone already
    }
  }
  return removed;
}
