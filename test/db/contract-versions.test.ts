// Contract versions (migration 0013) on every database: issuing checks the terms (every
// issue at its field path, nothing stored on a refusal), numbers versions per
// partnership, supersedes the one before, records each on the hash-chained trail and
// moves the partnership to contract_sent; another workspace finds nothing; an accepted
// version is frozen by a trigger (UPDATE and DELETE refused) and nothing follows it.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/contract/pdf-hash.js";
import { VouchError } from "../../src/core/errors.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { verifyTrail } from "../../src/services/campaigns/verify-trail.js";
import { getContractVersion } from "../../src/services/contracts/get-contract-version.js";
import { issueContractVersion } from "../../src/services/contracts/issue-contract-version.js";
import { listContractVersions } from "../../src/services/contracts/list-contract-versions.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2027-02-01T09:30:00.123Z");
const ACTOR = { name: "ann@example.invalid", ipHash: null, userAgent: null };
const SPRING = {
  name: "Spring bake",
  startsOn: "2027-03-01",
  endsOn: "2027-03-31",
  currency: "EUR",
  goal: "sell",
  kpis: [{ metric: "sales", target: 200 }],
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

describe.each(DATABASE_KINDS)("contract versions on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let other: number;
  let partnership: number;
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
    const creator = (
      await d.db.selectFrom("creators").select("id").where("workspace_id", "=", ws).executeTakeFirstOrThrow()
    ).id;
    const campaign = (await createCampaign(d.db, ws, null, SPRING, NOW)).id;
    partnership = (await addPartnership(d.db, ws, campaign, creator, "ann", NOW)).id;
  });
  afterAll(async () => {
    await d?.close();
  });

  it("refuses bad terms with every issue at its path, and stores nothing", async () => {
    const t = springTerms();
    t.deliverables[0] = { ...(t.deliverables[0] as (typeof t.deliverables)[0]), goLive: "2027-04-02" };
    t.payment.instalments = [{ amount: { amount: 100, currency: "EUR" }, due: "2027-03-01" }];
    const err = await rejection(issueContractVersion(d.db, ws, partnership, t, ACTOR, NOW));
    expect(err.code).toBe("invalid_input");
    const paths = (err.details.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["terms.deliverables.0.goLive", "terms.payment.instalments"]),
    );
    const shape = await rejection(
      issueContractVersion(
        d.db,
        ws,
        partnership,
        { ...springTerms(), deliverables: [{ kind: "mural" }] },
        ACTOR,
        NOW,
      ),
    );
    expect((shape.details.issues as { path: string }[]).map((i) => i.path)).toContain(
      "terms.deliverables.0.kind",
    );
    expect(await listContractVersions(d.db, ws, partnership)).toEqual([]);
  });

  it("issues version 1: stored with its PDF's hash, on the trail, the partnership sent", async () => {
    const v1 = await issueContractVersion(d.db, ws, partnership, springTerms(), ACTOR, NOW);
    expect(v1).toMatchObject({ number: 1, status: "issued", createdAt: "2027-02-01T09:30:00.123Z" });
    // The story asks for a link sticker: the count is checked against the latest audit (none here).
    expect(v1.warnings.map((w) => w.path)).toEqual(["terms.deliverables.1.linkSticker"]);
    const got = await getContractVersion(d.db, ws, partnership, 1);
    expect(sha256Hex(got.pdf)).toBe(v1.pdfSha256);
    expect(got.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(got.terms).toEqual(springTerms());
    expect(got.document.version).toEqual({ number: 1, issuedAt: "2027-02-01T09:30:00.123Z" });
    expect(got.document.creatorHandle).toBe("tiny_baker");
    const p = await d.db
      .selectFrom("partnerships")
      .select("status")
      .where("id", "=", partnership)
      .executeTakeFirst();
    expect(p?.status).toBe("contract_sent");
    const trail = await d.db
      .selectFrom("contract_trail")
      .select(["kind", "detail"])
      .where("partnership_id", "=", partnership)
      .orderBy("seq")
      .execute();
    expect(trail).toEqual([{ kind: "created", detail: { version: 1, pdfSha256: v1.pdfSha256 } }]);
  });

  it("issues version 2 and supersedes version 1", async () => {
    const t = springTerms();
    t.compensation.fee = { amount: 150_000, currency: "EUR" };
    t.payment.instalments = [{ amount: { amount: 150_000, currency: "EUR" }, due: "2027-03-01" }];
    const v2 = await issueContractVersion(d.db, ws, partnership, t, ACTOR, NOW + 60_000);
    expect(v2.number).toBe(2);
    const list = await listContractVersions(d.db, ws, partnership);
    expect(list.map((v) => [v.number, v.status])).toEqual([
      [2, "issued"],
      [1, "superseded"],
    ]);
    expect(await verifyTrail(d.db, ws, partnership)).toEqual({ entries: 2, broken: null });
  });

  it("finds nothing of another workspace's", async () => {
    // Each call starts when awaited: a rejection waiting unawaited in a list was reported as unhandled.
    for (const call of [
      () => listContractVersions(d.db, other, partnership),
      () => getContractVersion(d.db, other, partnership, 1),
      () => issueContractVersion(d.db, other, partnership, springTerms(), ACTOR, NOW),
    ])
      expect((await rejection(call())).code).toBe("not_found");
    expect((await rejection(getContractVersion(d.db, ws, partnership, 9))).code).toBe("not_found");
  });

  it("freezes an accepted version: UPDATE and DELETE are refused by the trigger", async () => {
    await sql`update contract_versions set status = 'accepted', accepted_at = now(), accepted_name = 'Tina Baker'
      where partnership_id = ${partnership} and number = 2`.execute(d.db);
    await expect(
      sql`update contract_versions set accepted_name = 'Someone else' where partnership_id = ${partnership} and number = 2`.execute(
        d.db,
      ),
    ).rejects.toThrow(/is accepted and frozen: UPDATE refused/);
    await expect(
      sql`delete from contract_versions where partnership_id = ${partnership} and number = 2`.execute(d.db),
    ).rejects.toThrow(/is accepted and frozen: DELETE refused/);
    const v2 = await getContractVersion(d.db, ws, partnership, 2);
    expect(v2).toMatchObject({ status: "accepted", acceptedBy: "Tina Baker" });
    // Nothing follows an accepted contract.
    const err = await rejection(issueContractVersion(d.db, ws, partnership, springTerms(), ACTOR, NOW));
    expect(err.code).toBe("conflict");
  });
});
