// PGlite is embedded: two processes writing one data folder would corrupt it.
// A lock file holding the owner's pid keeps a second process out with a clear
// error; a lock left by a process that died is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { VouchError } from "../core/errors.js";

export function lockDataFolder(dir: string): () => void {
  const path = join(dir, "vouch.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(path, "utf8"));
      if (pid && isAlive(pid))
        throw new VouchError(
          "conflict",
          `the data folder ${dir} is in use by another vouch process (pid ${pid}); wait for it to finish`,
        );
      rmSync(path, { force: true });
    }
  }
  throw new VouchError("conflict", `could not lock the data folder ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
