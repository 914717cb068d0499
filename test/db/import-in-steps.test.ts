// Imports in short transactions (services/import-in-steps.ts), as the web server's shared
// PGlite runs them: they store exactly what one transaction stores; bad input still stores
// nothing; a stop while writing leaves a journal that the next owner finishes (also when
// the last written step was not yet recorded); and other connections take turns between
// the steps instead of waiting for the whole import.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateCreator } from "../../src/bench/generate-creator.js";
import { connectPostgres } from "../../src/db/connect-postgres.js";
import { openEmbeddedServer } from "../../src/db/embedded-server.js";
import { journalsFolder } from "../../src/db/import-journals.js";
import { importSourcesInSteps, resumeImports } from "../../src/services/import-in-steps.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import {
  DATABASE_KINDS,
  dumpTables,
  emptyDataTables,
  openTestDatabase,
  type TestDatabase,
} from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const work = mkdtempSync(join(tmpdir(), "vouch-steps-test-"));
// 4 posts × 1,500 comments: each post's comment file is two steps or more.
const gen = generateCreator(join(work, "creator"), 4, 1500, 2500);
const SOURCES = [gen.folder, gen.followersCsv];
// Each post's comments and their answers (the generator answers some).
const TOTAL_COMMENTS = gen.comments;
/** The follower CSV names no account. */
const ACCOUNT = { platform: "instagram", username: "bench_creator" } as const;

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every stored row, without the ids and times an import assigns, to compare two imports. */
async function contents(d: TestDatabase) {
  const tables = await dumpTables(d);
  const count = (t: string) => tables[t]?.length ?? 0;
  const accounts = await d.db
    .selectFrom("accounts")
    .select(["username", "stored_posts", "stored_comments", "stored_followers"])
    .execute();
  const comments = await sql<{ digest: string }>`
    select md5(string_agg(platform_comment_id || '|' || platform_post_id || '|' || coalesce(text, ''), ',' order by platform_comment_id)) as digest
    from comments`.execute(d.db);
  return {
    accounts,
    posts: count("posts"),
    comments: count("comments"),
    followers: count("follower_samples"),
    snapshots: count("profile_snapshots"),
    usernames: count("account_usernames"),
    digest: comments.rows[0]?.digest,
  };
}

describe.each(DATABASE_KINDS)("an import in steps on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let reference: Awaited<ReturnType<typeof contents>>;
  let journals: string;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, SOURCES, { now: NOW, account: ACCOUNT });
    reference = await contents(d);
  });
  afterAll(async () => {
    await d?.close();
  });
  beforeEach(async () => {
    await emptyDataTables(d);
    journals = mkdtempSync(join(work, "data-"));
  });
  const journal = () => join(journalsFolder(journals), "one");

  it("stores exactly what one transaction stores, and removes its journal", async () => {
    expect(reference.comments).toBe(TOTAL_COMMENTS);
    const progress: [number, number][] = [];
    const summary = await importSourcesInSteps(
      d.db,
      ws,
      SOURCES,
      { now: NOW, account: ACCOUNT, onProgress: (a, b) => progress.push([a, b]) },
      journal(),
    );
    expect(await contents(d)).toEqual(reference);
    expect(summary.accounts).toEqual([
      {
        account: "instagram:bench_creator",
        created: true,
        posts: 4,
        comments: TOTAL_COMMENTS,
        followers: 2500,
        snapshotAdded: true,
      },
    ]);
    // Progress climbs to its total (each file counted once read and once written), never back.
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]?.[0]).toBeGreaterThanOrEqual(progress[i - 1]?.[0] ?? 0);
    expect(existsSync(journal())).toBe(false);
  });

  it("a second import of the same data upserts: the same rows, no duplicates", async () => {
    await importSourcesInSteps(d.db, ws, SOURCES, { now: NOW, account: ACCOUNT }, journal());
    await importSourcesInSteps(
      d.db,
      ws,
      SOURCES,
      { now: NOW, account: ACCOUNT },
      join(journalsFolder(journals), "two"),
    );
    expect(await contents(d)).toEqual(reference);
  });

  it("a bad file among good ones stores nothing and leaves no journal", async () => {
    const bad = join(work, `bad-${kind}.csv`);
    writeFileSync(bad, "username,id,followers,following,posts\nok_one,1,12,30,4\nbad_one,2,twelve,30,4\n");
    const before = await dumpTables(d);
    await expect(
      importSourcesInSteps(
        d.db,
        ws,
        [gen.folder, bad],
        { now: NOW, account: { platform: "instagram", username: "bench_creator" } },
        journal(),
      ),
    ).rejects.toThrow(/bad-.*\.csv.*(row|line) 3.*followers/i);
    expect(await dumpTables(d)).toEqual(before);
    expect(existsSync(journal())).toBe(false);
  });

  it("comments on a post neither imported nor stored: refused, and not even the account is created", async () => {
    const before = await dumpTables(d);
    await expect(
      importSourcesInSteps(d.db, ws, [`${FIXTURES}/csv/comments.csv`], { now: NOW }, journal()),
    ).rejects.toThrow(
      /^comment c-1 of instagram:csv_cook is on post p-100, which is neither in this import nor stored/,
    );
    expect(await dumpTables(d)).toEqual(before);
    expect(existsSync(journal())).toBe(false);
  });

  it("stopped while writing: the journal stays, and resuming stores the rest exactly once", async () => {
    const stop = new Error("stopped");
    await expect(
      importSourcesInSteps(
        d.db,
        ws,
        SOURCES,
        { now: NOW, account: ACCOUNT, onProgress: stopHalfWay(stop) },
        journal(),
      ),
    ).rejects.toMatchObject({ name: "ImportInterrupted", cause: stop });
    const partial = await contents(d);
    expect(partial.comments).toBeGreaterThan(0);
    expect(partial.comments).toBeLessThan(TOTAL_COMMENTS);
    expect(existsSync(journal())).toBe(true);

    const finished = await resumeImports(d.db, journals);
    expect(finished).toHaveLength(1);
    expect(await contents(d)).toEqual(reference);
    expect(existsSync(journal())).toBe(false);
    expect(await resumeImports(d.db, journals)).toEqual([]);
  });

  it("resuming a step that was stored but not yet recorded upserts it (no duplicate-key failure)", async () => {
    const stop = new Error("stopped");
    await expect(
      importSourcesInSteps(
        d.db,
        ws,
        SOURCES,
        { now: NOW, account: ACCOUNT, onProgress: stopHalfWay(stop) },
        journal(),
      ),
    ).rejects.toMatchObject({ name: "ImportInterrupted", cause: stop });
    const applied = Number(readFileText(join(journal(), "applied")));
    expect(applied).toBeGreaterThan(1);
    writeFileSync(join(journal(), "applied"), String(applied - 1));
    await resumeImports(d.db, journals);
    expect(await contents(d)).toEqual(reference);
  });

  it("a journal stopped before its accounts were stored (no manifest, or accounts missing) is dropped", async () => {
    const early = join(journalsFolder(journals), "early");
    mkdirSync(early, { recursive: true });
    writeFileSync(join(early, "part-000000.v8"), "");
    const orphan = join(journalsFolder(journals), "orphan");
    mkdirSync(orphan, { recursive: true });
    writeFileSync(
      join(orphan, "manifest.json"),
      JSON.stringify({
        workspaceId: ws,
        files: 1,
        accounts: [{ key: "instagram:x", id: 999_999, created: true }],
        parts: [],
      }),
    );
    const before = await dumpTables(d);
    expect(await resumeImports(d.db, journals)).toEqual([]);
    expect(await dumpTables(d)).toEqual(before);
    expect(readdirSync(journalsFolder(journals))).toEqual([]);
  });
});

describe("the web server's shared PGlite", () => {
  it("answers another connection between the steps of an import", async () => {
    const dataDir = mkdtempSync(join(work, "served-"));
    const server = await openEmbeddedServer({ dataDir });
    const importer = await connectPostgres(
      { host: server.socketDir, port: server.port, user: "postgres", database: "postgres" },
      2,
    );
    try {
      const ws = await localWorkspaceId(server.db);
      const seen: number[] = [];
      let done = false;
      const running = importSources(importer, ws, SOURCES, {
        now: NOW,
        account: ACCOUNT,
        sharedDataDir: dataDir,
      }).finally(() => {
        done = true;
      });
      while (!done) {
        const row = await server.db
          .selectFrom("comments")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        seen.push(Number(row.n));
      }
      await running;
      // Some answers came while the import was half-way: between its transactions, not after it.
      expect(seen.some((n) => n > 0 && n < TOTAL_COMMENTS)).toBe(true);
      expect(readdirSync(journalsFolder(dataDir))).toEqual([]);
    } finally {
      await importer.destroy();
      await server.close();
    }
  });
});

/** An onProgress that throws once half the steps are written (progress counts each file read, then written). */
function stopHalfWay(stop: Error) {
  return (done: number, total: number) => {
    if (done >= (total * 3) / 4) throw stop;
  };
}

function readFileText(path: string): string {
  return readFileSync(path, "utf8");
}
