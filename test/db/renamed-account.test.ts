// A renamed account on PGlite and PostgreSQL: one account keyed by its platform user id,
// its usernames with when each was seen (account_usernames), the rename in the audit, and
// the order of imports: the old name first, or old data after the new. Fixture:
// fixtures/instaloader/crumb_and_co (account 7100008, @dough_diary until 2026-05-30 and
// @crumb_and_co from 2026-06-10; see test/ingest/renamed-account.test.ts).
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditAccount } from "../../src/services/audit-account.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import {
  DATABASE_KINDS,
  emptyDataTables,
  openTestDatabase,
  type TestDatabase,
} from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const FOLDER = `${FIXTURES}/instaloader/crumb_and_co`;

/** The folder as an earlier download left it: the posts up to 2026-05-30, named @dough_diary. */
function oldDownload(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "vouch-renamed-")), "dough_diary");
  mkdirSync(dir);
  for (const name of [
    "2026-03-02_08-00-00_UTC.json",
    "2026-04-10_08-00-00_UTC.json",
    "2026-05-30_08-00-00_UTC.json",
    "2026-05-30_08-00-00_UTC_comments.json",
    "dough_diary_7100008.json",
    "id",
  ])
    cpSync(join(FOLDER, name), join(dir, name));
  return dir;
}

describe.each(DATABASE_KINDS)("a renamed account on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
  });
  afterAll(async () => {
    await d?.close();
  });
  beforeEach(async () => {
    await emptyDataTables(d);
  });

  const load = (dir: string, capturedAt: string) =>
    importSources(d.db, ws, [dir], { now: NOW, capturedAt: Date.parse(capturedAt) });
  const names = async () =>
    (
      await d.db
        .selectFrom("account_usernames")
        .select(["username", "first_seen", "last_seen"])
        .orderBy("last_seen")
        .execute()
    ).map((r) => [r.username, new Date(r.first_seen).toISOString(), new Date(r.last_seen).toISOString()]);
  const accounts = () => d.db.selectFrom("accounts").select(["username", "platform_user_id"]).execute();

  it("imports the folder as one account with its username history, and the audit shows the rename", async () => {
    const summary = await load(FOLDER, "2026-10-20T08:00:00Z");
    expect(summary.accounts).toEqual([
      expect.objectContaining({ account: "instagram:crumb_and_co", created: true, posts: 5, comments: 2 }),
    ]);
    expect(await accounts()).toEqual([{ username: "crumb_and_co", platform_user_id: "7100008" }]);
    expect(await names()).toEqual([
      ["dough_diary", "2026-03-02T08:00:00.000Z", "2026-05-30T08:00:00.000Z"],
      ["crumb_and_co", "2026-06-10T08:00:00.000Z", "2026-10-20T08:00:00.000Z"],
    ]);

    const { result } = await auditAccount(
      d.db,
      ws,
      { platform: "instagram", username: "crumb_and_co" },
      { now: NOW },
    );
    expect(result.usernames).toMatchObject({
      renamed: true,
      evidence: "posted as @dough_diary until 2026-05-30, as @crumb_and_co since 2026-06-10",
      names: [
        {
          username: "dough_diary",
          firstSeen: "2026-03-02T08:00:00.000Z",
          lastSeen: "2026-05-30T08:00:00.000Z",
        },
        {
          username: "crumb_and_co",
          firstSeen: "2026-06-10T08:00:00.000Z",
          lastSeen: "2026-10-20T08:00:00.000Z",
        },
      ],
    });
    // Shown, not scored: the score's components say nothing of usernames.
    expect(JSON.stringify(result.score)).not.toMatch(/username|renam/i);
    // The creator's reply under the old name is recognised by its author id: 1 of 1 answered.
    expect(result.responsiveness).toMatchObject({ topLevelComments: 1, repliedComments: 1 });
    // 11,000 followers from the current profile file, not the stale one's 6,000.
    expect(result.account).toMatchObject({ username: "crumb_and_co", followers: 11000 });
  });

  it("the old name still finds the account", async () => {
    await load(FOLDER, "2026-10-20T08:00:00Z");
    const { result } = await auditAccount(
      d.db,
      ws,
      { platform: "instagram", username: "dough_diary" },
      { now: NOW },
    );
    expect(result.account.username).toBe("crumb_and_co");
  });

  it("an account imported earlier under the old name is found by its id and renamed", async () => {
    const first = await load(oldDownload(), "2026-05-31T08:00:00Z");
    expect(first.accounts[0]).toMatchObject({ account: "instagram:dough_diary", created: true, posts: 3 });
    const second = await load(FOLDER, "2026-10-20T08:00:00Z");
    expect(second.accounts[0]).toMatchObject({ account: "instagram:crumb_and_co", created: false, posts: 5 });
    expect(await accounts()).toEqual([{ username: "crumb_and_co", platform_user_id: "7100008" }]);
    expect((await d.db.selectFrom("creators").select("id").execute()).length).toBe(1);
    expect((await d.db.selectFrom("posts").select("platform_post_id").execute()).length).toBe(5);
    // Two snapshots: 6,000 followers as @dough_diary on 05-31, 11,000 as @crumb_and_co on 10-20.
    const snaps = await d.db
      .selectFrom("profile_snapshots")
      .select("followers")
      .orderBy("captured_at")
      .execute();
    expect(snaps.map((s) => s.followers)).toEqual([6000, 11000]);
    // The old name was also seen at the first import's profile capture.
    expect(await names()).toEqual([
      ["dough_diary", "2026-03-02T08:00:00.000Z", "2026-05-31T08:00:00.000Z"],
      ["crumb_and_co", "2026-06-10T08:00:00.000Z", "2026-10-20T08:00:00.000Z"],
    ]);
    const { result } = await auditAccount(
      d.db,
      ws,
      { platform: "instagram", username: "crumb_and_co" },
      { now: NOW },
    );
    expect(result.usernames.evidence).toBe(
      "posted as @dough_diary until 2026-05-31, as @crumb_and_co since 2026-06-10",
    );
  });

  it("older data imported after the newer does not rename the account back", async () => {
    await load(FOLDER, "2026-10-20T08:00:00Z");
    const again = await load(oldDownload(), "2026-05-31T08:00:00Z");
    expect(again.accounts[0]).toMatchObject({ created: false });
    // @crumb_and_co was last seen on 10-20, after @dough_diary's 05-31.
    expect(await accounts()).toEqual([{ username: "crumb_and_co", platform_user_id: "7100008" }]);
    expect((await names()).map((n) => n[0])).toEqual(["dough_diary", "crumb_and_co"]);
  });
});
