// A CLI command whose database goes away under it says so in words (exit 1), not with
// pg's "Connection terminated unexpectedly" and a stack trace: here the web server that
// serves the data folder (an in-process owner) stops while `vouch import` writes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCreator } from "../../src/bench/generate-creator.js";
import { openEmbeddedServer } from "../../src/db/embedded-server.js";
import { openDatabase } from "../../src/db/open-database.js";
import { cli } from "../helpers/cli.js";

let work: string;
let folder: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "vouch-gone-"));
  // 20 posts × 2,000 comments: the import is still writing when the owner stops.
  folder = generateCreator(join(work, "creator"), 20, 2000, 100).folder;
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the server stops during a command", () => {
  it("vouch import says the server stopped and nothing was stored; exit 1, no stack trace", async () => {
    const dataDir = join(work, "data");
    const owner = await openEmbeddedServer({ dataDir });
    const running = cli(["import", folder, "--quiet"], { VOUCH_DATA: dataDir });
    // Let the import reach the database, then stop the server under it.
    await new Promise((r) => setTimeout(r, 1500));
    await owner.close();
    const { code, stderr } = await running;
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^vouch: the Vouch server serving the data folder ${dataDir} stopped during the command \\(.+\\); a write in progress was rolled back, so nothing of it is stored\\. Run the command again\\.\\n$`,
      ),
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    const d = await openDatabase({ dataDir });
    try {
      expect(await d.db.selectFrom("comments").select("account_id").limit(1).execute()).toEqual([]);
    } finally {
      await d.close();
    }
  });

  it("a PostgreSQL server that is not running: one line asking whether it runs (exit 1)", async () => {
    // Port 9 (discard) has no PostgreSQL: the connection is refused.
    const { code, stdout, stderr } = await cli(["creators"], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:9/x",
    });
    expect([code, stdout]).toEqual([1, ""]);
    expect(stderr).toBe(
      "vouch: cannot reach the database (connect ECONNREFUSED 127.0.0.1:9); is the PostgreSQL server in DATABASE_URL running?\n",
    );
  });
});
