// A caption or comment over MAX_TEXT_LENGTH (30,000 characters) is refused by every
// importer, naming the file, record and field, and nothing is stored: the probe's 50 MB
// comment imported (holding the server 21 s) and then broke every audit of its creator.
// A text of exactly 30,000 characters is stored whole. On PGlite and PostgreSQL.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH } from "../../src/core/text-limits.js";
import { auditAccount } from "../../src/services/audit-account.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, dumpTables, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const TOO_LONG = "longer than 30,000 characters, the most Vouch imports$";

/** A copy of the trail_runner snapshot whose first comment (or caption) is `text`. */
function snapshotWith(field: "text" | "caption", text: string): string {
  const dir = fixtureCopy("snapshot");
  const path = join(dir, "trail_runner.json");
  const snapshot = JSON.parse(readFileSync(path, "utf8"));
  if (field === "text") snapshot.posts[0].comments[0].text = text;
  else snapshot.posts[0].caption = text;
  writeFileSync(path, JSON.stringify(snapshot));
  return path;
}

describe.each(DATABASE_KINDS)("texts over the limit on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW, capturedAt: null });
    before = await dumpTables(d);
  });
  afterAll(async () => {
    await d?.close();
  });

  async function expectRefused(paths: string[], message: RegExp) {
    await expect(importSources(d.db, ws, paths, { now: NOW, capturedAt: null })).rejects.toThrow(message);
    expect(await dumpTables(d)).toEqual(before);
  }

  it("documents 30,000 characters", () => {
    expect(MAX_TEXT_LENGTH).toBe(30_000);
  });

  it("refuses the probe's 50 MB comment in a snapshot", async () => {
    await expectRefused(
      [snapshotWith("text", "a".repeat(50 * 1024 ** 2))],
      new RegExp(`^trail_runner\\.json, record posts\\[0\\]\\.comments\\[0\\], field "text": ${TOO_LONG}`),
    );
  });

  it("refuses a caption of 30,001 characters in a snapshot", async () => {
    await expectRefused(
      [snapshotWith("caption", "é".repeat(MAX_TEXT_LENGTH + 1))],
      new RegExp(`^trail_runner\\.json, record posts\\[0\\], field "caption": ${TOO_LONG}`),
    );
  });

  it("refuses a caption of 30,001 characters in an Instagram post JSON", async () => {
    const dir = fixtureCopy("graphql/pixel_potter");
    const path = join(dir, "CXa1.json");
    const post = JSON.parse(readFileSync(path, "utf8"));
    post.edge_media_to_caption.edges[0].node.text = "x".repeat(MAX_TEXT_LENGTH + 1);
    writeFileSync(path, JSON.stringify(post));
    await expectRefused(
      [dir],
      new RegExp(
        `^CXa1\\.json, post, record edge_media_to_caption\\.edges\\[0\\]\\.node, field "text": ${TOO_LONG}`,
      ),
    );
  });

  it("refuses a comment of 30,001 characters in comments.csv", async () => {
    const dir = fixtureCopy("csv");
    const path = join(dir, "comments.csv");
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        "Which pasta shape works best here?",
        "y".repeat(MAX_TEXT_LENGTH + 1),
      ),
    );
    await expectRefused(
      [join(dir, "posts.csv"), path],
      /^comments\.csv, line 2, field "text": the cell holds 30,001 characters; a cell holds at most 30,000$/,
    );
  });

  it("stores a comment of exactly 30,000 characters whole", async () => {
    const text = "🙂".repeat(MAX_TEXT_LENGTH / 2);
    await importSources(d.db, ws, [snapshotWith("text", text)], { now: NOW, capturedAt: null });
    const stored = await d.db
      .selectFrom("comments")
      .select("text")
      .where("platform_comment_id", "=", "tc-1")
      .executeTakeFirstOrThrow();
    expect(stored.text).toBe(text);
  });

  it("audits texts stored before the limit (5 MB each) from their first 30,000 characters", async () => {
    // What an older version let in: a caption of sponsor words and a comment of megabytes. The
    // audit used to spend minutes on the caption's words; it now reads what an import accepts.
    await d.db
      .updateTable("posts")
      .set({ caption: "ad sponsored #ad ".repeat(300_000) })
      .where("platform_post_id", "=", (await firstPost()).platform_post_id)
      .execute();
    await d.db
      .updateTable("comments")
      .set({ text: "so good ".repeat(650_000) })
      .where("platform_comment_id", "=", "tc-1")
      .execute();
    const audit = await auditAccount(
      d.db,
      ws,
      { platform: "instagram", username: "tiny_baker" },
      { now: NOW },
    );
    expect(audit.result.comments.total).toBeGreaterThan(0);
  });

  async function firstPost() {
    return d.db
      .selectFrom("posts")
      .select("platform_post_id")
      .orderBy("taken_at", "desc")
      .executeTakeFirstOrThrow();
  }
});
