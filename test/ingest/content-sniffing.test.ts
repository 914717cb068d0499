// Files recognised by their content where the name says nothing (ingest/sniff-content.ts):
// a public research set stores Instaloader's post JSON as `*.info`; other exports carry
// no extension. Each file below is a fixture copied under another name, so what it holds
// is known: tiny_baker's post 2026-10-03 (one Instaloader post node, owner tiny_baker;
// its .json.xz posts are xz-compressed nodes), pixel_potter's CXa1 (a bare GraphQL node),
// csv_cook's posts.csv (3 posts).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { VouchError } from "../../src/core/errors.js";
import { planSources, readSources } from "../../src/ingest/read-sources.js";
import { sniffContent } from "../../src/ingest/sniff-content.js";
import { FIXTURES } from "../helpers/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "vouch-sniff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TINY = join(FIXTURES, "instaloader", "tiny_baker");
const CTX = { account: null, capturedAt: null, now: Date.parse("2026-11-01T12:00:00Z") };

function copy(from: string, name: string, into = dir): string {
  const to = join(into, name);
  copyFileSync(from, to);
  return to;
}

async function read(paths: string[]) {
  return readSources(await planSources(paths), CTX);
}

async function refusal(paths: string[]): Promise<VouchError> {
  try {
    await read(paths);
  } catch (err) {
    if (err instanceof VouchError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("files recognised by their content", () => {
  it("reads an Instaloader post node stored as .info as the post it is", async () => {
    const [data] = await read([copy(join(TINY, "2026-10-03_18-30-00_UTC.json"), "post.info")]);
    expect(data?.account).toMatchObject({ platform: "instagram", username: "tiny_baker" });
    expect(data?.posts.map((p) => p.takenAt)).toEqual([Date.parse("2026-10-03T18:30:00Z")]);
  });

  it("reads xz-compressed JSON and a bare GraphQL node under names that say nothing", async () => {
    const xz = copy(join(TINY, "2026-10-01_09-00-00_UTC.json.xz"), "first-post.info");
    const bare = copy(join(FIXTURES, "graphql", "pixel_potter", "CXa1.json"), "CXa1");
    const accounts = await read([xz, bare]);
    expect(accounts.map((a) => [a.account.username, a.posts.length]).sort()).toEqual([
      ["pixel_potter", 1],
      ["tiny_baker", 1],
    ]);
  });

  it("reads a CSV without an extension by its header", async () => {
    const [data] = await read([copy(join(FIXTURES, "csv", "posts.csv"), "posts-export")]);
    expect(data?.account.username).toBe("csv_cook");
    expect(data?.posts).toHaveLength(3);
  });

  it("refuses a file named on its own whose content is unknown, naming the file and what it holds", async () => {
    const notes = join(dir, "notes.info");
    writeFileSync(notes, "bought 2 rolls of film\n");
    const text = await refusal([notes]);
    expect(text.code).toBe("invalid_input");
    expect(text.message).toMatch(/notes\.info: unsupported file type: /);
    expect(text.message).toContain("text that is neither JSON nor CSV with a header Vouch knows");
    const zipped = join(dir, "export.data");
    writeFileSync(zipped, zipSync({ "a.json": new TextEncoder().encode("{}") }));
    expect((await refusal([zipped])).message).toContain("a zip archive (unpack it, or upload it named .zip)");
    const photo = join(dir, "photo.info");
    writeFileSync(photo, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    expect((await refusal([photo])).message).toContain("binary data, not text");
  });

  it("in a folder, reads .info files by content and leaves photos and notes aside", async () => {
    const folder = join(dir, "research-set");
    mkdirSync(folder);
    copy(join(TINY, "2026-10-03_18-30-00_UTC.json"), "a.info", folder);
    copy(join(TINY, "2026-10-01_09-00-00_UTC.json.xz"), "b.info", folder);
    copy(join(TINY, "2026-10-01_09-00-00_UTC.jpg"), "a.jpg", folder);
    writeFileSync(join(folder, "id"), "5550001");
    writeFileSync(join(folder, "README"), "Posts of one account, one node per file.\n");
    const [data, ...rest] = await read([folder]);
    expect(rest).toEqual([]);
    expect(data?.posts).toHaveLength(2);
  });

  it("tells the kinds apart by their first bytes", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(sniffContent(bytes('\ufeff  {"a": 1}'))).toBe("json");
    expect(sniffContent(bytes("[]"))).toBe("json");
    expect(sniffContent(bytes("post_id,taken_at,likes\np1,2026-10-01T00:00:00Z,3\n"))).toBe("csv");
    // A header that names no Vouch file is not taken for CSV.
    expect(sniffContent(bytes("a,b,c\n1,2,3\n"))).toBe("text");
    expect(sniffContent(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1]))).toBe("json.xz");
    expect(sniffContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("zip");
    expect(sniffContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("binary");
  });
});
