// Tracked links' services (issue 17) on every database: a link's destination gets the
// partnership's UTM parameters (worked out by hand below), a slug is generated or chosen
// and unique across every workspace, bad input is refused at its field, a link switches
// off and on and expires, and another workspace's partnership or link is not found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VouchError } from "../../src/core/errors.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { importSources } from "../../src/services/import-sources.js";
import { createLink } from "../../src/services/links/create-link.js";
import { getLink } from "../../src/services/links/get-link.js";
import { listLinks } from "../../src/services/links/list-links.js";
import { loadRedirectLinks } from "../../src/services/links/load-redirect-links.js";
import { recordClicks } from "../../src/services/links/record-clicks.js";
import { updateLink } from "../../src/services/links/update-link.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2027-02-01T09:30:00Z");
const CAMPAIGN = {
  name: "Spring bake",
  startsOn: "2027-03-01",
  endsOn: "2027-03-31",
  currency: "EUR",
  goal: "visits",
  kpis: [{ metric: "clicks", target: 5000 }],
  landingUrl: "https://shop.example/spring?src=ig",
};
// tiny_baker's account is instagram:tiny_baker; the campaign "Spring bake" → spring-bake.
const UTM = "utm_source=instagram&utm_medium=influencer&utm_campaign=spring-bake&utm_content=tiny_baker";

async function rejection(p: Promise<unknown>): Promise<VouchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof VouchError)) throw new Error(`expected a VouchError, got ${String(err)}`);
  return err;
}

describe.each(DATABASE_KINDS)("tracked links on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let other: number;
  let partnership: number;
  let otherPartnership: number;
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
    await importSources(d.db, other, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
    const creatorOf = async (w: number) =>
      (await d.db.selectFrom("creators").select("id").where("workspace_id", "=", w).executeTakeFirstOrThrow())
        .id;
    const campaign = (await createCampaign(d.db, ws, null, CAMPAIGN, NOW)).id;
    partnership = (await addPartnership(d.db, ws, campaign, await creatorOf(ws), "Ann", NOW)).id;
    const otherCampaign = (await createCampaign(d.db, other, null, CAMPAIGN, NOW)).id;
    otherPartnership = (await addPartnership(d.db, other, otherCampaign, await creatorOf(other), "Bo", NOW))
      .id;
  });
  afterAll(async () => {
    await d?.close();
  });

  it("sends to the campaign's landing page with the UTM parameters, under a generated slug", async () => {
    const link = await createLink(d.db, ws, partnership, {}, "Ann", NOW);
    expect(link.slug).toMatch(/^[a-z0-9]{7}$/);
    expect(link).toMatchObject({
      partnershipId: partnership,
      destination: "https://shop.example/spring?src=ig",
      targetUrl: `https://shop.example/spring?src=ig&${UTM}`,
      enabled: true,
      expiresAt: null,
      createdAt: "2027-02-01T09:30:00.000Z",
      clicks: 0,
      counted: 0,
    });
  });

  it("takes a custom slug once in the whole installation", async () => {
    const link = await createLink(
      d.db,
      ws,
      partnership,
      { slug: "bake-2027", destination: "https://shop.example/box#buy" },
      "Ann",
      NOW,
    );
    expect(link.targetUrl).toBe(`https://shop.example/box?${UTM}#buy`);
    // Another workspace asking for the same slug: taken (the redirect's URL names no workspace).
    const taken = await rejection(
      createLink(d.db, other, otherPartnership, { slug: "bake-2027" }, "Bo", NOW),
    );
    expect([taken.code, taken.details.field]).toEqual(["conflict", "slug"]);
  });

  it("refuses bad slugs, destinations and expiries at their field, all at once", async () => {
    const err = await rejection(
      createLink(
        d.db,
        ws,
        partnership,
        { slug: "//evil.com", destination: "javascript:alert(1)", expiresAt: "tomorrow" },
        "Ann",
        NOW,
      ),
    );
    expect(err.code).toBe("invalid_input");
    expect((err.details.issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
      "destination",
      "expiresAt",
      "slug",
    ]);
    for (const [input, field] of [
      [{ destination: "https://a:b@shop.example/" }, "destination"],
      [{ destination: "data:text/html,hi" }, "destination"],
      [{ slug: "sign-in" }, "slug"],
      [{ expiresAt: "2027-02-01T09:00:00Z" }, "expiresAt"], // half an hour before NOW
    ] as const) {
      const e = await rejection(createLink(d.db, ws, partnership, input, "Ann", NOW));
      expect([e.code, e.details.field], JSON.stringify(input)).toEqual(["invalid_input", field]);
    }
  });

  it("finds nothing of another workspace", async () => {
    const mine = (await listLinks(d.db, ws, partnership))[0];
    if (!mine) throw new Error("no link");
    for (const attempt of [
      () => createLink(d.db, other, partnership, {}, "Bo", NOW),
      () => listLinks(d.db, other, partnership),
      () => getLink(d.db, other, mine.id),
      () => updateLink(d.db, other, mine.id, { enabled: false }, NOW),
    ])
      expect((await rejection(attempt())).code).toBe("not_found");
    expect((await getLink(d.db, ws, mine.id)).enabled).toBe(true);
  });

  it("switches off and on, expires, and tells the redirect by updated_at", async () => {
    const link = await createLink(d.db, ws, partnership, { slug: "switch-me" }, "Ann", NOW);
    const later = NOW + 60_000;
    const off = await updateLink(d.db, ws, link.id, { enabled: false }, later);
    expect(off.enabled).toBe(false);
    const changed = await loadRedirectLinks(d.db, { since: NOW });
    expect(changed.map((l) => [l.slug, l.enabled, l.updatedAt])).toEqual([["switch-me", false, later]]);
    const back = await updateLink(
      d.db,
      ws,
      link.id,
      { enabled: true, expiresAt: "2027-03-31T23:59:00+02:00" },
      later + 1,
    );
    expect([back.enabled, back.expiresAt]).toEqual([true, "2027-03-31T21:59:00.000Z"]);
    expect((await rejection(updateLink(d.db, ws, link.id, {}, later))).code).toBe("invalid_input");
  });

  it("counts clicks three ways: every one, people's first in the hour, bots and repeats", async () => {
    const link = await createLink(d.db, ws, partnership, { slug: "counted" }, "Ann", NOW);
    const click = (n: number, visitor: string, extra: object = {}) => ({
      linkId: link.id,
      at: NOW + n * 60_000,
      clickId: `c${n}`,
      visitorHash: visitor,
      botReason: null,
      duplicate: false,
      country: "GB",
      referrerDomain: null,
      ...extra,
    });
    // v1 at 0 min (counted) and 30 min (stored earlier: a repeat); v2 at 10 min; a bot at 20 min.
    expect(
      await recordClicks(d.db, [click(0, "v1"), click(10, "v2"), click(20, "b", { botReason: "preview" })]),
    ).toBe(3);
    expect(await recordClicks(d.db, [click(30, "v1"), click(61, "v1")])).toBe(2);
    // 30 min: within the hour of the counted click at 0 → duplicate; 61 min: a new hour → counted.
    expect(await getLink(d.db, ws, link.id)).toMatchObject({ clicks: 5, counted: 3, bots: 1, duplicates: 1 });
  });
});
