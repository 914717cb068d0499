// PGlite is embedded: two processes writing one data folder would corrupt it.
// A lock file holding the owner's pid keeps a second process out with a clear
// error; a lock left by a process that died is taken over. A long-running owner
// (the web server) also serves the folder to other processes, on a Unix socket only
// its OS user can reach: see embedded-server.ts.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { VouchError } from "../core/errors.js";

/** Lock files this process holds, for an exit that cannot wait for the database to close. */
const held = new Set<string>();

export function lockDataFolder(dir: string): () => void {
  const path = join(dir, "vouch.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(path);
      return () => {
        held.delete(path);
        rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = lockHolder(dir);
      if (pid !== null)
        throw new VouchError(
          "conflict",
          `the data folder ${dir} is in use by another vouch process (pid ${pid}); wait for it to finish`,
        );
      rmSync(path, { force: true });
    }
  }
  throw new VouchError("conflict", `could not lock the data folder ${dir}`);
}

/** The pid of the live process holding the folder's lock, or null when it is free or the lock is stale. */
export function lockHolder(dir: string): number | null {
  let text: string;
  try {
    text = readFileSync(join(dir, "vouch.lock"), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  const pid = Number(text);
  return pid && isAlive(pid) ? pid : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes this process's lock files; only for a process about to exit (a stopping signal). */
export function releaseHeldLocks(): void {
  for (const path of held) rmSync(path, { force: true });
  held.clear();
}
