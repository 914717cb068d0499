// A CLI command whose database goes away under it says so in words (exit 1), not with
// pg's "Connection terminated unexpectedly" and a stack trace: here the web server that
// serves the data folder (an in-process owner) stops while `vouch import` writes. An
// import through a server writes in steps, so the message says what stays and that the
// next command finishes it, which it then does.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCreator } from "../../src/bench/generate-creator.js";
import { openEmbeddedServer } from "../../src/db/embedded-server.js";
import { openDatabase } from "../../src/db/open-database.js";
import { cli } from "../helpers/cli.js";

let work: string;
let folder: string;
let comments: number;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "vouch-gone-"));
  // 20 posts × 2,000 comments: the import is still writing when the owner stops.
  const creator = generateCreator(join(work, "creator"), 20, 2000, 100);
  folder = creator.folder;
  comments = creator.comments;
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the server stops during a command", () => {
  it("vouch import, stopped while writing in steps: says what stays and that the journal finishes it; the next command does", async () => {
    const dataDir = join(work, "data");
    const owner = await openEmbeddedServer({ dataDir });
    const running = cli(["import", folder, "--quiet"], { VOUCH_DATA: dataDir });
    // Through a running server the import writes in steps (import-in-steps.ts): stop the
    // server once the first step is recorded in the journal.
    await until(
      () =>
        existsSync(join(dataDir, "imports")) &&
        readdirSync(join(dataDir, "imports")).some((j) => existsSync(join(dataDir, "imports", j, "applied"))),
    );
    await owner.close();
    const { code, stderr } = await running;
    // The message first, so a failure shows what was said.
    expect(stderr).toMatch(
      new RegExp(
        `^vouch: the Vouch server serving the data folder ${dataDir} stopped during the command \\(.+\\), while the import was writing its rows in steps: what it wrote stays, and the rest is written from its journal the next time the server or a vouch command opens the data folder\\.\\n$`,
      ),
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
    // The account was stored before the first step; the comments only partly, if at all.
    const partial = await stored(dataDir);
    expect(partial.accounts).toBe(1);
    expect(partial.comments).toBeLessThan(comments);

    // The next command owns the folder and finishes the import first.
    const next = await cli(["creators"], { VOUCH_DATA: dataDir });
    expect(next.code).toBe(0);
    expect(next.stderr).toBe("vouch: finished an import that had stopped: instagram:bench_creator\n");
    expect(await stored(dataDir)).toEqual({ accounts: 1, comments });
    expect(readdirSync(join(dataDir, "imports"))).toEqual([]);
  }, 180_000);

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

async function stored(dataDir: string): Promise<{ accounts: number; comments: number }> {
  const d = await openDatabase({ dataDir });
  try {
    const count = async (table: "accounts" | "comments") =>
      Number(
        (
          await d.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { accounts: await count("accounts"), comments: await count("comments") };
  } finally {
    await d.close();
  }
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 4800; i++) {
    if (done()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("waited 120 s for the import to write its first step");
}
