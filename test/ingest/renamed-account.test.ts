// A renamed account: posts belong to an owner id, so posts under an older name with the
// profile's id are the same account. fixtures/instaloader/crumb_and_co (invented): account
// 7100008 posted as @dough_diary on 2026-03-02, 04-10 and 05-30 and as @crumb_and_co on
// 06-10 and 07-01; Instaloader renamed the folder and left the old profile file
// dough_diary_7100008.json beside crumb_and_co_7100008.json. Posts of another id are still
// refused, naming the file and the field.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AccountData } from "../../src/core/types.js";
import { computeUsernameHistory } from "../../src/core/username-history.js";
import { accountFromGraphql } from "../../src/ingest/graphql-json.js";
import { planSources, readSources } from "../../src/ingest/read-sources.js";
import { FIXTURES, fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const CAPTURED = Date.parse("2026-10-20T08:00:00Z");
const at = (iso: string) => Date.parse(iso);

async function read(dir: string): Promise<AccountData> {
  const [data, ...rest] = await readSources(await planSources([dir]), {
    account: null,
    capturedAt: CAPTURED,
    now: NOW,
  });
  expect(rest).toEqual([]);
  return data as AccountData;
}

function edit(path: string, change: (text: string) => string) {
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

describe("a renamed account's Instaloader folder", () => {
  it("imports as one account under the current name, with both names and when they were seen", async () => {
    const data = await read(`${FIXTURES}/instaloader/crumb_and_co`);
    expect(data.account).toEqual({
      platform: "instagram",
      username: "crumb_and_co",
      platformUserId: "7100008",
    });
    expect(data.posts).toHaveLength(5);
    // The profile is the file of the folder's name, not the stale dough_diary_7100008.json.
    expect(data.profile).toMatchObject({ followers: 11000, fullName: "Crumb & Co", capturedAt: CAPTURED });
    // Post times of each name; the current name also at the profile's capture.
    expect(data.usernames).toEqual([
      {
        username: "dough_diary",
        firstSeen: at("2026-03-02T08:00:00Z"),
        lastSeen: at("2026-05-30T08:00:00Z"),
      },
      { username: "crumb_and_co", firstSeen: at("2026-06-10T08:00:00Z"), lastSeen: CAPTURED },
    ]);
    // The creator's reply under the old name keeps its author id, so it is still the creator's.
    expect(data.comments.find((c) => c.platformCommentId === "17980000000000002")).toMatchObject({
      authorId: "7100008",
      authorUsername: "dough_diary",
    });
  });

  it("says the rename in words", async () => {
    const data = await read(`${FIXTURES}/instaloader/crumb_and_co`);
    const history = computeUsernameHistory(data.usernames);
    expect(history.renamed).toBe(true);
    expect(history.evidence).toBe(
      "posted as @dough_diary until 2026-05-30, as @crumb_and_co since 2026-06-10",
    );
    expect(history.names.map((n) => n.username)).toEqual(["dough_diary", "crumb_and_co"]);
  });

  it("three names: the middle one with both ends", () => {
    const h = computeUsernameHistory([
      { username: "c", firstSeen: at("2026-09-01T00:00:00Z"), lastSeen: at("2026-10-01T00:00:00Z") },
      { username: "a", firstSeen: at("2026-01-01T00:00:00Z"), lastSeen: at("2026-02-01T00:00:00Z") },
      { username: "b", firstSeen: at("2026-03-01T00:00:00Z"), lastSeen: at("2026-08-01T00:00:00Z") },
    ]);
    expect(h.evidence).toBe(
      "posted as @a until 2026-02-01, as @b from 2026-03-01 to 2026-08-01, as @c since 2026-09-01",
    );
    expect(computeUsernameHistory([{ username: "a", firstSeen: 0, lastSeen: 0 }])).toMatchObject({
      renamed: false,
      evidence: null,
    });
  });

  it("without a profile file the id file and the newest post name the account", async () => {
    const dir = fixtureCopy("instaloader/crumb_and_co");
    rmSync(join(dir, "crumb_and_co_7100008.json"));
    rmSync(join(dir, "dough_diary_7100008.json"));
    const data = await read(dir);
    expect(data.account).toEqual({
      platform: "instagram",
      username: "crumb_and_co",
      platformUserId: "7100008",
    });
    expect(data.profile).toBeNull();
    expect(data.usernames.map((u) => [u.username, u.lastSeen])).toEqual([
      ["dough_diary", at("2026-05-30T08:00:00Z")],
      ["crumb_and_co", at("2026-07-01T08:00:00Z")],
    ]);
  });

  it("a post of another owner id is refused, naming the file and field", async () => {
    const dir = fixtureCopy("instaloader/crumb_and_co");
    edit(join(dir, "2026-04-10_08-00-00_UTC.json"), (t) => t.replaceAll("7100008", "7100999"));
    await expect(read(dir)).rejects.toThrow(
      /^crumb_and_co\/2026-04-10_08-00-00_UTC\.json, node, field "owner\.id": post of account 7100999 \(@dough_diary\) in the folder of @crumb_and_co \(account 7100008\)$/,
    );
  });

  it("another name without an owner id cannot be told from another account: refused", async () => {
    const dir = fixtureCopy("instaloader/crumb_and_co");
    edit(join(dir, "2026-03-02_08-00-00_UTC.json"), (t) => t.replace('"id": "7100008",\n', ""));
    await expect(read(dir)).rejects.toThrow(
      /^crumb_and_co\/2026-03-02_08-00-00_UTC\.json, node, field "owner\.username": post of @dough_diary in the folder of @crumb_and_co, and no owner\.id to tell a renamed account from another one$/,
    );
  });

  it("an id file or a profile file of another account is refused", async () => {
    const idCopy = fixtureCopy("instaloader/crumb_and_co");
    writeFileSync(join(idCopy, "id"), "7100999\n");
    await expect(read(idCopy)).rejects.toThrow(
      /^crumb_and_co\/id: says account 7100999, but crumb_and_co\/crumb_and_co_7100008\.json says 7100008$/,
    );
    const profileCopy = fixtureCopy("instaloader/crumb_and_co");
    edit(join(profileCopy, "dough_diary_7100008.json"), (t) => t.replace('"7100008"', '"7100999"'));
    await expect(read(profileCopy)).rejects.toThrow(
      /^crumb_and_co\/dough_diary_7100008\.json, node, field "id": profile of account 7100999 \(@dough_diary\) in the folder of @crumb_and_co \(account 7100008\)$/,
    );
  });
});

describe("a renamed account's GraphQL post JSON", () => {
  const node = (id: string, owner: string, name: string, takenAt: number) => ({
    __typename: "GraphImage",
    id,
    shortcode: `S${id}`,
    taken_at_timestamp: takenAt,
    edge_media_preview_like: { count: 10 },
    owner: { id: owner, username: name },
  });

  it("posts of one owner id under two names are one account, named as on its newest post", () => {
    // 1780128000 = 2026-05-30T08:00Z, 1781078400 = 2026-06-10T08:00Z.
    const data = accountFromGraphql(
      [node("2", "7100008", "crumb_and_co", 1781078400), node("1", "7100008", "dough_diary", 1780128000)],
      "posts.json",
      null,
    );
    expect(data.account).toEqual({
      platform: "instagram",
      username: "crumb_and_co",
      platformUserId: "7100008",
    });
    expect(data.usernames).toEqual([
      { username: "crumb_and_co", firstSeen: 1781078400000, lastSeen: 1781078400000 },
      { username: "dough_diary", firstSeen: 1780128000000, lastSeen: 1780128000000 },
    ]);
  });

  it("a post of another owner id is refused, naming the record and field", () => {
    expect(() =>
      accountFromGraphql(
        [node("1", "7100008", "dough_diary", 1780128000), node("2", "7100999", "crumb_and_co", 1781078400)],
        "posts.json",
        null,
      ),
    ).toThrow(
      /^posts\.json, post \[1\], field "owner\.id": post of account 7100999 \(@crumb_and_co\) in a file of account 7100008's posts \(@crumb_and_co\); import each account's posts separately$/,
    );
  });
});
