// Campaigns, partnerships and the contract trail (issue 15) on every database: a campaign's
// call to action follows from its goal and its input is checked in one round; a
// partnership moves only as a deal can, each move on its timeline; another workspace's
// campaign or creator is not found; the trail refuses UPDATE, DELETE and TRUNCATE by
// trigger, and an entry edited or deleted behind the trigger's back shows in verifyTrail.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VouchError } from "../../src/core/errors.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { appendTrail } from "../../src/services/campaigns/append-trail.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { getPartnershipTimeline } from "../../src/services/campaigns/get-partnership-timeline.js";
import { setPartnershipStatus } from "../../src/services/campaigns/set-partnership-status.js";
import { verifyTrail } from "../../src/services/campaigns/verify-trail.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2027-02-01T09:30:00.123Z");
const SPRING = {
  name: "Spring bake",
  startsOn: "2027-03-01",
  endsOn: "2027-03-31",
  budget: 500_000,
  currency: "EUR",
  goal: "sell",
  kpis: [
    { metric: "sales", target: 200 },
    { metric: "revenue", target: 800_000 },
  ],
  landingUrl: "https://example.com/spring",
  products: ["Spring baking box"],
};

async function rejection(p: Promise<unknown>): Promise<VouchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof VouchError)) throw new Error(`expected a VouchError, got ${String(err)}`);
  return err;
}

describe.each(DATABASE_KINDS)("campaigns and partnerships on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let other: number;
  let creator: number;
  let campaign: number;
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
    creator = (
      await d.db.selectFrom("creators").select("id").where("workspace_id", "=", ws).executeTakeFirstOrThrow()
    ).id;
    campaign = (await createCampaign(d.db, ws, null, SPRING, NOW)).id;
  });
  afterAll(async () => {
    await d?.close();
  });

  it("takes its call to action from the goal, and stores what was sent", async () => {
    const visits = await createCampaign(
      d.db,
      ws,
      null,
      { ...SPRING, name: "Visits", goal: "visits", kpis: [{ metric: "clicks", target: 5000 }] },
      NOW,
    );
    expect(visits.callToAction).toEqual(["link"]);
    const row = await d.db
      .selectFrom("campaigns")
      .selectAll()
      .where("id", "=", campaign)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: "Spring bake",
      goal: "sell",
      currency: "EUR",
      landing_url: "https://example.com/spring",
    });
    expect(row.call_to_action).toEqual(["link", "code"]);
    expect(Number(row.budget_minor)).toBe(500_000);
  });

  it("says every problem of a campaign at once, each at its field", async () => {
    const err = await rejection(
      createCampaign(
        d.db,
        ws,
        null,
        {
          ...SPRING,
          name: "Bad",
          goal: "visits",
          startsOn: "2027-03-10",
          endsOn: "2027-03-01",
          landingUrl: null,
          kpis: [{ metric: "sales", target: 10 }],
        },
        NOW,
      ),
    );
    expect(err.code).toBe("invalid_input");
    expect(err.details.issues).toEqual([
      { path: "endsOn", message: "ends (2027-03-01) before it starts (2027-03-10)" },
      {
        path: "kpis.0.metric",
        message: 'sales does not measure the goal "visits" (it is measured in clicks)',
      },
      { path: "landingUrl", message: 'the goal "visits" counts clicks: give the landing page' },
    ]);
    expect((await rejection(createCampaign(d.db, ws, null, SPRING, NOW))).code).toBe("conflict");
    expect(
      (await rejection(createCampaign(d.db, ws, null, { ...SPRING, name: "X", currency: "EURO" }, NOW)))
        .message,
    ).toBe("currency: must be an ISO 4217 currency code (EUR, USD, GBP…)");
  });

  it("moves a partnership only as a deal can, each move on its timeline", async () => {
    const p = await addPartnership(d.db, ws, campaign, creator, "ana@brand.test", NOW);
    expect(p.status).toBe("proposed");
    await setPartnershipStatus(d.db, ws, p.id, "contract_sent", "ana@brand.test", null, NOW + 1000);
    // A NUL in the note (found by fuzzing: PostgreSQL refused it, a 500) is dropped.
    await setPartnershipStatus(d.db, ws, p.id, "accepted", "creator", "signed \u0000by link", NOW + 2000);
    const err = await rejection(
      setPartnershipStatus(d.db, ws, p.id, "negotiating", "ana@brand.test", null, NOW + 3000),
    );
    expect(err.code).toBe("conflict");
    expect(err.message).toBe(
      `partnership ${p.id} is accepted: it cannot become negotiating (it can become live, cancelled)`,
    );
    expect((await rejection(setPartnershipStatus(d.db, ws, p.id, "paused", "x", null, NOW))).code).toBe(
      "invalid_input",
    );
    expect(await getPartnershipTimeline(d.db, ws, p.id)).toEqual([
      { at: "2027-02-01T09:30:00.123Z", actor: "ana@brand.test", from: null, to: "proposed", note: null },
      {
        at: "2027-02-01T09:30:01.123Z",
        actor: "ana@brand.test",
        from: "proposed",
        to: "contract_sent",
        note: null,
      },
      {
        at: "2027-02-01T09:30:02.123Z",
        actor: "creator",
        from: "contract_sent",
        to: "accepted",
        note: "signed by link",
      },
    ]);
    expect((await rejection(addPartnership(d.db, ws, campaign, creator, "ana", NOW))).code).toBe("conflict");
  });

  it("does not let another workspace see or touch a campaign, a creator or a partnership", async () => {
    expect((await rejection(addPartnership(d.db, other, campaign, creator, "x", NOW))).code).toBe(
      "not_found",
    );
    const theirs = await createCampaign(d.db, other, null, SPRING, NOW);
    expect((await rejection(addPartnership(d.db, other, theirs.id, creator, "x", NOW))).code).toBe(
      "not_found",
    );
    const ours = await d.db
      .selectFrom("partnerships")
      .select("id")
      .where("workspace_id", "=", ws)
      .executeTakeFirstOrThrow();
    expect(
      (await rejection(setPartnershipStatus(d.db, other, ours.id, "cancelled", "x", null, NOW))).code,
    ).toBe("not_found");
    expect((await rejection(getPartnershipTimeline(d.db, other, ours.id))).code).toBe("not_found");
    expect((await rejection(appendTrail(d.db, other, ours.id, entry("sent"), NOW))).code).toBe("not_found");
    expect((await rejection(verifyTrail(d.db, other, ours.id))).code).toBe("not_found");
  });

  it("keeps the trail append-only, and shows an entry edited or deleted behind the trigger's back", async () => {
    const p = await addPartnership(
      d.db,
      ws,
      (await createCampaign(d.db, ws, null, { ...SPRING, name: "Trail" }, NOW)).id,
      creator,
      "ana",
      NOW,
    );
    const first = await appendTrail(
      d.db,
      ws,
      p.id,
      entry("created", { version: 1, terms: { b: 2, a: 1 } }),
      NOW,
    );
    await appendTrail(d.db, ws, p.id, entry("sent"), NOW + 10);
    await appendTrail(
      d.db,
      ws,
      p.id,
      entry("accepted", { name: "Tina Baker", pdfSha256: "ab".repeat(32) }),
      NOW + 20,
    );
    expect(first.seq).toBe(1);
    expect(await verifyTrail(d.db, ws, p.id)).toEqual({ entries: 3, broken: null });

    for (const statement of [
      sql`update contract_trail set actor = 'mallory' where partnership_id = ${p.id}`,
      sql`delete from contract_trail where partnership_id = ${p.id} and seq = 2`,
      sql`truncate contract_trail`,
    ])
      await expect(statement.execute(d.db)).rejects.toThrow(
        /contract_trail is append-only: (UPDATE|DELETE|TRUNCATE) refused/,
      );
    expect(await verifyTrail(d.db, ws, p.id)).toEqual({ entries: 3, broken: null });

    // The table's owner can switch the trigger off; the chain still tells.
    await behindTheTrigger(
      d,
      sql`update contract_trail set detail = '{"name": "Someone Else"}' where partnership_id = ${p.id} and seq = 3`,
    );
    expect((await verifyTrail(d.db, ws, p.id)).broken).toEqual({ seq: 3, problem: "edited" });
    await behindTheTrigger(d, sql`delete from contract_trail where partnership_id = ${p.id} and seq = 2`);
    expect((await verifyTrail(d.db, ws, p.id)).broken).toEqual({ seq: 2, problem: "missing" });
  });

  it("keeps the trail when the creator goes: partnerships and timelines go with the creator, evidence does not", async () => {
    const before = Number(
      (await sql<{ n: number }>`select count(*) as n from contract_trail`.execute(d.db)).rows[0]?.n,
    );
    expect(before).toBeGreaterThan(0);
    await d.db.deleteFrom("creators").where("id", "=", creator).execute();
    expect(
      await d.db.selectFrom("partnerships").select("id").where("creator_id", "=", creator).execute(),
    ).toEqual([]);
    expect(
      Number((await sql<{ n: number }>`select count(*) as n from contract_trail`.execute(d.db)).rows[0]?.n),
    ).toBe(before);
  });
});

function entry(kind: "created" | "sent" | "accepted", detail: Record<string, unknown> = {}) {
  return { kind, actor: "ana@brand.test", ipHash: "f".repeat(64), userAgent: "Mozilla/5.0 (test)", detail };
}

async function behindTheTrigger(d: TestDatabase, statement: ReturnType<typeof sql>) {
  await d.db.transaction().execute(async (trx) => {
    await sql`alter table contract_trail disable trigger contract_trail_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table contract_trail enable trigger contract_trail_append_only`.execute(trx);
  });
}
