// Two processes must not open one PGlite data folder: the second gets a clear error.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.js";

describe("PGlite data folder lock", () => {
  it("refuses a folder held by a live process, and frees it on close", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vouch-lock-"));
    // A live process that is not us: a sleeping child.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      writeFileSync(join(dir, "vouch.lock"), String(child.pid));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(
        `the data folder ${dir} is in use by another vouch process (pid ${child.pid}); wait for it to finish`,
      );
    } finally {
      child.kill();
    }
    await new Promise((resolve) => child.once("exit", resolve));
    // The holder is gone: its stale lock is taken over.
    const first = await openDatabase({ dataDir: dir });
    // Held by this very process now: a second open is refused too.
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`(pid ${process.pid})`);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});
