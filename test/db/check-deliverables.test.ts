// Checking an accepted contract's deliverables against the creator's imported posts, on
// every database. The contract (spring terms, both authorities, "#ad"): 2 Instagram reels
// live on 6 March for 30 days and 1 story on 12 March; it must carry @crumb_and_co,
// #springbake, example.com/spring and CRUMB10. tiny_baker's posts, written below: A
// (6 March, everything, "#ad" first), B (9 March, the code and mention, "#ad" after 20
// hashtags), C (7 March, an ordinary post). Worked out by hand: reel 1 takes A (4 items
// beat B's 2), reel 2 takes B and has a disclosure problem, the story is 2 days late on
// 14 March; a brand's "A is not reel 1" swaps them; another workspace finds nothing.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractTerms } from "../../src/core/contract-terms.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { createContractLink } from "../../src/services/contracts/create-contract-link.js";
import { issueContractVersion } from "../../src/services/contracts/issue-contract-version.js";
import { checkDeliverables } from "../../src/services/delivery/check-deliverables.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2027-02-01T09:30:00.000Z");
const CHECKED = Date.parse("2027-03-14T12:00:00.000Z");
const BRAND = { name: "ann@example.invalid", ipHash: null, userAgent: null };
const PHONE = { ipHash: "b".repeat(64), userAgent: "Phone browser" };

function terms(): ContractTerms {
  const base = springTerms();
  const common = { media: "video" as const, creatorShare: null, productShare: null, highlightDays: null };
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
        minDaysLive: 30,
        linkSticker: false,
      },
      {
        ...common,
        platform: "instagram",
        kind: "story",
        count: 1,
        frames: 3,
        draftDue: null,
        goLive: "2027-03-12",
        minDaysLive: null,
        linkSticker: false,
      },
    ],
  };
}

const TAGS = Array.from({ length: 20 }, (_, i) => `#bake${i + 1}`).join(" ");
const POSTS = [
  [
    "A",
    "2027-03-06T17:00:00Z",
    "#ad Spring bake with @crumb_and_co: CRUMB10 for 10% at example.com/spring #springbake",
  ],
  ["B", "2027-03-09T10:00:00Z", `Spring bake with @crumb_and_co, code CRUMB10 ${TAGS} #ad`],
  ["C", "2027-03-07T08:00:00Z", "Sunday loaf, nothing more"],
] as const;

describe.each(DATABASE_KINDS)("checking deliverables on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let partnership: number;
  let account: number;

  const stored = async () =>
    (
      await sql<{
        number: number;
        status: string;
        post_id: string | null;
        match_by: string | null;
        problems: { code: string; message: string }[];
      }>`
        select number, status, post_id, match_by, problems from deliverables where partnership_id = ${partnership} order by number`.execute(
        d.db,
      )
    ).rows;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
    const creator = await d.db
      .selectFrom("accounts")
      .select(["id", "creator_id"])
      .where("workspace_id", "=", ws)
      .executeTakeFirstOrThrow();
    account = creator.id;
    for (const [id, at, caption] of POSTS)
      await d.db
        .insertInto("posts")
        .values({
          account_id: account,
          platform_post_id: id,
          shortcode: `S${id}`,
          taken_at: new Date(at),
          kind: "reel",
          caption,
        })
        .execute();
    const c = await createCampaign(
      d.db,
      ws,
      null,
      {
        name: "Spring",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "sell",
        kpis: [],
        landingUrl: "https://example.com/spring",
      },
      NOW,
    );
    partnership = (await addPartnership(d.db, ws, c.id, creator.creator_id, "ann", NOW)).id;
    await issueContractVersion(d.db, ws, partnership, terms(), BRAND, NOW);
    const link = await createContractLink(d.db, ws, partnership, null, BRAND, {
      now: NOW,
      origin: "https://vouch.example",
    });
    await acceptContractVersion(
      d.db,
      link.token,
      { version: 1, fullName: "Tina Baker", consent: true },
      PHONE,
      NOW + 1000,
    );
  });
  afterAll(async () => {
    await d?.close();
  });

  it("matches each reel to its post, says where each deliverable stands, and stores why", async () => {
    const summary = await checkDeliverables(d.db, ws, partnership, CHECKED);
    expect(summary).toEqual({
      partnerships: 1,
      deliverables: 3,
      byStatus: { posted: 1, disclosure_problem: 1, late: 1 },
    });
    const [one, two, story] = await stored();
    expect(one).toMatchObject({ number: 1, status: "posted", post_id: "A", match_by: "rule", problems: [] });
    expect(two).toMatchObject({ number: 2, status: "disclosure_problem", post_id: "B", match_by: "rule" });
    const codes = two?.problems.map((p) => p.code);
    expect(codes).toContain("disclosure");
    expect(two?.problems).toContainEqual({
      code: "missing_items",
      message: "The caption lacks the link https://example.com/spring, #springbake.",
      holdsPay: false,
    });
    expect(story).toMatchObject({
      number: 3,
      status: "late",
      post_id: null,
      problems: [
        { code: "not_posted", message: "Not posted: due on 2027-03-12, 2 days ago.", holdsPay: true },
      ],
    });
    const [reasons] = (
      await sql<{
        match_reasons: string[];
      }>`select match_reasons from deliverables where partnership_id = ${partnership} and number = 1`.execute(
        d.db,
      )
    ).rows;
    expect(reasons?.match_reasons).toEqual([
      "link example.com/spring",
      "code CRUMB10",
      "mention @crumb_and_co",
      "hashtag #springbake",
      "instagram reel posted on 2027-03-06",
    ]);
  });

  it("keeps a brand's decision that a post is not a deliverable", async () => {
    await sql`insert into deliverable_decisions (deliverable_id, account_id, post_id, decision, decided_by, decided_at)
      select id, ${account}, 'A', 'unmatch', 'ann', ${new Date(CHECKED)} from deliverables
      where partnership_id = ${partnership} and number = 1`.execute(d.db);
    await checkDeliverables(d.db, ws, null, CHECKED);
    const [one, two] = await stored();
    expect([one?.post_id, two?.post_id]).toEqual(["B", "A"]);
    expect([one?.status, two?.status]).toEqual(["disclosure_problem", "posted"]);
  });

  it("finds nothing of another workspace", async () => {
    const other = (
      await d.db
        .insertInto("workspaces")
        .values({ slug: "other", name: "Other" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await expect(checkDeliverables(d.db, other, partnership, CHECKED)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await checkDeliverables(d.db, other, null, CHECKED)).toEqual({
      partnerships: 0,
      deliverables: 0,
      byStatus: {},
    });
  });
});
