// The deliverables an accepted contract stores (migration 0015), on every database:
// accepting a contract of 2 Instagram reels, 3 Instagram stories of 4 frames each and 1
// blog post stores exactly 6 rows, numbered in the terms' order, with the dates worked
// out by hand below; nothing is stored before acceptance or by an acceptance that fails
// (a refused version, and one that fails after the rows were written: the transaction
// takes them back); another workspace's partnership is not found; the status column
// takes the delivery statuses only.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractTerms } from "../../src/core/contract-terms.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { listDeliverables } from "../../src/services/contracts/list-deliverables.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { issuedContract } from "../helpers/issued-contract.js";

const NOW = Date.parse("2027-02-01T09:30:00.000Z");
const PHONE = { ipHash: "b".repeat(64), userAgent: "Phone browser" };
const SIGN = { version: 1, fullName: "Tina Baker", consent: true };

/** 2 reels, 3 stories of 4 frames, 1 blog post: the spring terms with these deliverables. */
function terms(): ContractTerms {
  const base = springTerms();
  const common = { media: "video" as const, creatorShare: null, productShare: null };
  return {
    ...base,
    deliverables: [
      {
        ...common,
        platform: "instagram",
        kind: "reel",
        count: 2,
        frames: null,
        draftDue: "2027-03-02",
        goLive: "2027-03-06",
        minDaysLive: 60,
        highlightDays: null,
        linkSticker: false,
      },
      {
        ...common,
        platform: "instagram",
        kind: "story",
        count: 3,
        frames: 4,
        draftDue: null,
        goLive: "2027-03-12",
        minDaysLive: null,
        highlightDays: 30,
        linkSticker: true,
      },
      {
        ...common,
        media: "stills",
        platform: "blog",
        kind: "blog_post",
        count: 1,
        frames: null,
        draftDue: "2027-03-15",
        goLive: "2027-03-20",
        minDaysLive: 365,
        highlightDays: null,
        linkSticker: false,
      },
    ],
  };
}

// Both authorities: ASA/CAP's "up front" first, then the kind's own place (core).
const UP_FRONT = "Up front: before anything else in the caption or on screen.";
const SHARED = {
  contractVersion: 1,
  status: "due",
  // Not checked yet (migration 0019): no post, no problems.
  post: null,
  problems: [],
  checkedAt: null,
  mentions: ["crumb_and_co"],
  hashtags: ["springbake"],
  links: ["https://example.com/spring"],
  codes: ["CRUMB10"],
};
const REEL = {
  ...SHARED,
  platform: "instagram",
  kind: "reel",
  frames: null,
  draftDue: "2027-03-02",
  goLive: "2027-03-06",
  // 6 March + 60 days: 25 more in March, 30 in April, 5 in May.
  upUntil: "2027-05-05",
  highlightUntil: null,
  linkSticker: false,
  disclosure: { wording: "#ad", placement: [UP_FRONT, "In the video itself: said and shown on screen."] },
};
const STORY = {
  ...SHARED,
  platform: "instagram",
  kind: "story",
  frames: 4,
  draftDue: null,
  goLive: "2027-03-12",
  upUntil: null,
  // 12 March + 30 days: 19 more in March, 11 in April.
  highlightUntil: "2027-04-11",
  linkSticker: true,
  disclosure: { wording: "#ad", placement: [UP_FRONT, "On every story frame, on the image itself."] },
};
const BLOG = {
  ...SHARED,
  platform: "blog",
  kind: "blog_post",
  frames: null,
  draftDue: "2027-03-15",
  goLive: "2027-03-20",
  // 20 March 2027 + 365 days: 2028 has 29 February, so a day short of 20 March 2028.
  upUntil: "2028-03-19",
  highlightUntil: null,
  linkSticker: false,
  disclosure: { wording: "#ad", placement: [UP_FRONT, "At the top of the post, before the first link."] },
};
const EXPECTED = [
  { ...REEL, number: 1, ofTerm: { index: 1, count: 2 } },
  { ...REEL, number: 2, ofTerm: { index: 2, count: 2 } },
  { ...STORY, number: 3, ofTerm: { index: 1, count: 3 } },
  { ...STORY, number: 4, ofTerm: { index: 2, count: 3 } },
  { ...STORY, number: 5, ofTerm: { index: 3, count: 3 } },
  { ...BLOG, number: 6, ofTerm: { index: 1, count: 1 } },
];

describe.each(DATABASE_KINDS)("deliverables stored at acceptance on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let other: number;

  const issued = (name: string) => issuedContract(d.db, ws, name, terms(), NOW);

  const count = async () =>
    (
      await d.db
        .selectFrom("deliverables")
        .select((e) => e.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    other = (
      await d.db
        .insertInto("workspaces")
        .values({ slug: "other", name: "Other" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
  });
  afterAll(async () => {
    await d?.close();
  });

  it("stores none until acceptance, and none when the acceptance fails late", async () => {
    const { partnership, token } = await issued("Failing");
    expect(await listDeliverables(d.db, ws, partnership)).toEqual([]);
    await expect(
      acceptContractVersion(d.db, token, { ...SIGN, version: 2 }, PHONE, NOW + 1000),
    ).rejects.toMatchObject({ code: "conflict" });
    // A failure after the rows were inserted (the status move is the last write).
    await sql`create function vouch_test_refuse() returns trigger language plpgsql as $$
begin raise exception 'refused by the test'; end $$`.execute(d.db);
    await sql`create trigger vouch_test_refuse before insert on partnership_events
  for each row execute function vouch_test_refuse()`.execute(d.db);
    try {
      await expect(acceptContractVersion(d.db, token, SIGN, PHONE, NOW + 2000)).rejects.toThrow(
        /refused by the test/,
      );
    } finally {
      await sql`drop trigger vouch_test_refuse on partnership_events`.execute(d.db);
      await sql`drop function vouch_test_refuse()`.execute(d.db);
    }
    expect(await count()).toBe(0);
    const v = await d.db
      .selectFrom("contract_versions")
      .select("status")
      .where("partnership_id", "=", partnership)
      .executeTakeFirstOrThrow();
    expect(v.status).toBe("issued");
  });

  it("stores one row per piece of content at acceptance, dates worked out by hand", async () => {
    const { partnership, token } = await issued("Spring bake");
    await acceptContractVersion(d.db, token, SIGN, PHONE, NOW + 3000);
    const rows = await listDeliverables(d.db, ws, partnership);
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual(EXPECTED);
    expect(await count()).toBe(6);
    const stored = await d.db
      .selectFrom("deliverables")
      .select(["workspace_id", "partnership_id", "created_at"])
      .distinct()
      .execute();
    expect(stored).toEqual([
      { workspace_id: ws, partnership_id: partnership, created_at: new Date(NOW + 3000) },
    ]);
    // Another workspace's partnership is not found, as an unknown one.
    await expect(listDeliverables(d.db, other, partnership)).rejects.toMatchObject({ code: "not_found" });
    await expect(listDeliverables(d.db, ws, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });

  it("takes the delivery statuses only, and one row per number of a version", async () => {
    const first = await d.db
      .selectFrom("deliverables")
      .selectAll()
      .where("number", "=", 1)
      .executeTakeFirstOrThrow();
    await d.db.updateTable("deliverables").set({ status: "posted" }).where("id", "=", first.id).execute();
    await expect(
      d.db.updateTable("deliverables").set({ status: "lost" }).where("id", "=", first.id).execute(),
    ).rejects.toThrow(/check/i);
    const { id: _id, status: _s, ...copy } = first;
    await expect(
      d.db
        .insertInto("deliverables")
        .values({
          ...copy,
          disclosure_placement: "[]",
          mentions: "[]",
          hashtags: "[]",
          links: "[]",
          codes: "[]",
        })
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
