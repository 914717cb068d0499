// A new PGlite data folder started from the prepared image (src/db/empty-data-dir.ts)
// is the database migrations would have made: every migration of migrate.ts recorded
// (by the image, not re-run at open), usable at once, and a folder that already holds
// a database is opened as it is, never overwritten by the image.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedServer } from "../../src/db/embedded-server.js";
import { dumpEmptyDataDir } from "../../src/db/empty-data-dir.js";
import { migrationNames } from "../../src/db/migrate.js";
import { type Database, openDatabase } from "../../src/db/open-database.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";

let root: string;
let image: string;
let imageMadeAt: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "vouch-empty-data-dir-"));
  image = join(root, "empty-data-dir.tar.gz");
  writeFileSync(image, await dumpEmptyDataDir());
  imageMadeAt = Date.now();
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

async function migrationsOf(d: Database) {
  const { rows } = await sql<{ name: string; timestamp: string }>`
    select name, timestamp from kysely_migration order by name`.execute(d.db);
  return rows;
}

describe("a data folder started from the prepared image", () => {
  it("also when the web server creates it (the embedded server's first start)", async () => {
    const dataDir = join(root, "served-folder");
    const served = await openEmbeddedServer({ dataDir, emptyDataDirImage: image });
    try {
      const rows = await migrationsOf(served);
      expect(rows.map((r) => r.name)).toEqual(migrationNames());
      for (const r of rows) expect(Date.parse(r.timestamp)).toBeLessThanOrEqual(imageMadeAt);
    } finally {
      await served.close();
    }
  });

  it("has every migration of migrate.ts, recorded when the image was made", async () => {
    const dataDir = join(root, "new-folder");
    const d = await openDatabase({ dataDir, emptyDataDirImage: image });
    try {
      const rows = await migrationsOf(d);
      expect(rows.map((r) => r.name)).toEqual(migrationNames());
      // Applied in the image, not again at open.
      for (const r of rows) expect(Date.parse(r.timestamp)).toBeLessThanOrEqual(imageMadeAt);
      expect(await localWorkspaceId(d.db)).toEqual(expect.any(Number));
      await sql`insert into workspaces (slug, name) values ('second', 'Second')`.execute(d.db);
    } finally {
      await d.close();
    }
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);

    // Opened again, the folder keeps its database (the workspace added above).
    const again = await openDatabase({ dataDir, emptyDataDirImage: image });
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from workspaces`.execute(again.db);
      expect(rows[0]?.n).toBe(2);
    } finally {
      await again.close();
    }
  });

  it("serves an in-memory database too", async () => {
    const d = await openDatabase({ dataDir: "memory://", emptyDataDirImage: image });
    try {
      expect((await migrationsOf(d)).map((r) => r.name)).toEqual(migrationNames());
    } finally {
      await d.close();
    }
  });

  it("is not needed: without it a new folder is created and migrated as before", async () => {
    const d = await openDatabase({
      dataDir: join(root, "no-image"),
      emptyDataDirImage: join(root, "missing.tar.gz"),
    });
    try {
      expect((await migrationsOf(d)).map((r) => r.name)).toEqual(migrationNames());
    } finally {
      await d.close();
    }
  });
});
