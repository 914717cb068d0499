// Ctrl+C or SIGTERM during a command: say so, remove temporary folders, close the
// database (an unfinished import's transaction is rolled back; the data folder's lock
// is released) and exit 130 or 143, as shells expect. A second signal exits at once.
import { releaseHeldLocks } from "../db/data-folder-lock.js";
import { removeOwnTempFolders } from "../services/temp-folders.js";

const closers = new Set<() => Promise<void>>();

/** Registers what to close when a signal stops the command; returns the way to unregister it. */
export function closeOnStop(close: () => Promise<void>): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

export function installStopSignals(stderr: (text: string) => void): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, async () => {
      const code = signal === "SIGINT" ? 130 : 143;
      if (stopping) process.exit(code);
      stopping = true;
      stderr(`vouch: stopped (${signal}); an unfinished import is rolled back, nothing of it is stored\n`);
      removeOwnTempFolders();
      // Closing waits for a query in flight; past a few seconds the exit itself ends it.
      await Promise.race([
        Promise.allSettled([...closers].map((close) => close())),
        new Promise((r) => setTimeout(r, 3000).unref()),
      ]);
      // A transaction in flight keeps PGlite from closing; exiting ends it like a crash, which
      // PGlite recovers from (nothing of it is kept), so the folder's lock can go now.
      releaseHeldLocks();
      process.exit(code);
    });
}
