// The creator's side of a contract (issue 15) on every database: a review link (only its
// hash stored) opens the current version and is recorded once on the trail; a change
// proposed per term is stored, moves the deal to negotiating and shows the brand the
// term's value beside the proposal; the brand's new version is what the link shows next;
// acceptance needs consent and the version the creator saw, stores the exact PDF with its
// certificate page and its SHA-256, and freezes the version. A revoked link is 404 like
// an unknown one, an expired one 410. verifyContractPdf knows the issued and accepted
// files of its workspace only, and a copy with one byte changed is no match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/contract/pdf-hash.js";
import { VouchError } from "../../src/core/errors.js";
import { hashToken } from "../../src/services/auth/tokens.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { verifyTrail } from "../../src/services/campaigns/verify-trail.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { createContractLink } from "../../src/services/contracts/create-contract-link.js";
import { getContractVersion } from "../../src/services/contracts/get-contract-version.js";
import { issueContractVersion } from "../../src/services/contracts/issue-contract-version.js";
import { listContractProposals } from "../../src/services/contracts/list-contract-proposals.js";
import { openContractReview } from "../../src/services/contracts/open-contract-review.js";
import { proposeContractChange } from "../../src/services/contracts/propose-contract-change.js";
import { revokeContractLink } from "../../src/services/contracts/revoke-contract-link.js";
import { verifyContractPdf } from "../../src/services/contracts/verify-contract-pdf.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { pdfText, savePdf } from "../helpers/pdf.js";

const NOW = Date.parse("2027-02-01T09:30:00.000Z");
const DAY = 86_400_000;
const BRAND = { name: "ann@example.invalid", ipHash: null, userAgent: null };
const PHONE = { ipHash: "a".repeat(64), userAgent: "Phone browser" };
const ORIGIN = "https://vouch.example";

async function rejection(p: Promise<unknown>): Promise<VouchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof VouchError)) throw new Error(`expected a VouchError, got ${String(err)}`);
  return err;
}

describe.each(DATABASE_KINDS)("reviewing and accepting a contract on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let other: number;
  let partnership: number;
  let token: string;
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
    const campaign = await createCampaign(
      d.db,
      ws,
      null,
      {
        name: "Spring bake",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "sell",
        kpis: [{ metric: "sales", target: 200 }],
        landingUrl: "https://example.com/spring",
      },
      NOW,
    );
    partnership = (await addPartnership(d.db, ws, campaign.id, creator, "ann", NOW)).id;
  });
  afterAll(async () => {
    await d?.close();
  });

  it("needs a version before a link; the link's token is stored only as its hash", async () => {
    expect(
      (await rejection(createContractLink(d.db, ws, partnership, null, BRAND, { now: NOW, origin: ORIGIN })))
        .code,
    ).toBe("conflict");
    await issueContractVersion(d.db, ws, partnership, springTerms(), BRAND, NOW);
    const link = await createContractLink(d.db, ws, partnership, null, BRAND, { now: NOW, origin: ORIGIN });
    token = link.token;
    expect(link.url).toBe(`${ORIGIN}/contract/${token}`);
    expect(link.expiresAt).toBe(new Date(NOW + 14 * DAY).toISOString());
    const stored = await d.db.selectFrom("contract_links").select("token_hash").execute();
    expect(stored).toEqual([{ token_hash: hashToken(token) }]);
  });

  it("opens the current version, recording the first opening only", async () => {
    const review = await openContractReview(d.db, token, PHONE, NOW + 1000);
    expect(review.version.number).toBe(1);
    expect(review.workspaceName).toBe("Local (command line)");
    expect(review.version.document.creatorHandle).toBe("tiny_baker");
    await openContractReview(d.db, token, PHONE, NOW + 2000);
    const kinds = await d.db
      .selectFrom("contract_trail")
      .select(["kind", "actor", "ip_hash", "user_agent"])
      .where("partnership_id", "=", partnership)
      .orderBy("seq")
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(["created", "sent", "opened"]);
    expect(kinds[2]).toMatchObject({
      actor: "@tiny_baker (review link 1)",
      ip_hash: PHONE.ipHash,
      user_agent: "Phone browser",
    });
  });

  it("takes a change per term, shows the brand the value beside it, and the new version next", async () => {
    const bad = await rejection(
      proposeContractChange(d.db, token, { field: "nonsense", proposed: "x" }, PHONE, NOW),
    );
    expect(bad.details.field).toBe("field");
    await proposeContractChange(
      d.db,
      token,
      { field: "compensation.fee", proposed: "1,500.00 EUR", comment: "Three pieces need more prep." },
      PHONE,
      NOW + 3000,
    );
    const p = await d.db
      .selectFrom("partnerships")
      .select("status")
      .where("id", "=", partnership)
      .executeTakeFirst();
    expect(p?.status).toBe("negotiating");
    // Accepting the version they asked to change is refused: the brand answers first.
    expect(
      (
        await rejection(
          acceptContractVersion(
            d.db,
            token,
            { version: 1, fullName: "Tina Baker", consent: true },
            PHONE,
            NOW,
          ),
        )
      ).code,
    ).toBe("conflict");
    expect(await listContractProposals(d.db, ws, partnership)).toEqual([
      {
        version: 1,
        field: "compensation.fee",
        label: "Fee",
        was: "1,200.00 EUR",
        proposed: "1,500.00 EUR",
        comment: "Three pieces need more prep.",
        at: new Date(NOW + 3000).toISOString(),
        now: null,
      },
    ]);
    const t = springTerms();
    t.compensation.fee = { amount: 150_000, currency: "EUR" };
    t.payment.instalments = [
      { amount: { amount: 75_000, currency: "EUR" }, due: "2027-03-01" },
      { amount: { amount: 75_000, currency: "EUR" }, due: "2027-04-15" },
    ];
    await issueContractVersion(d.db, ws, partnership, t, BRAND, NOW + 4000);
    const [proposal] = await listContractProposals(d.db, ws, partnership);
    expect(proposal?.now).toEqual({ version: 2, value: "1,500.00 EUR" });
    const review = await openContractReview(d.db, token, PHONE, NOW + 5000);
    expect(review.version.number).toBe(2);
    expect(review.proposals).toEqual([]);
  });

  it("accepts with consent and a name: the exact PDF and its hash stored, the version frozen", async () => {
    const noConsent = await rejection(
      acceptContractVersion(d.db, token, { version: 2, fullName: "Tina Baker", consent: false }, PHONE, NOW),
    );
    expect(noConsent.details.field).toBe("consent");
    const noName = await rejection(
      acceptContractVersion(d.db, token, { version: 2, fullName: " ", consent: true }, PHONE, NOW),
    );
    expect(noName.details.field).toBe("fullName");
    const stale = await rejection(
      acceptContractVersion(d.db, token, { version: 1, fullName: "Tina Baker", consent: true }, PHONE, NOW),
    );
    expect(stale.message).toMatch(/version 2 was issued since/);

    const at = NOW + 6000;
    const done = await acceptContractVersion(
      d.db,
      token,
      { version: 2, fullName: "Tina Baker", consent: true },
      PHONE,
      at,
    );
    expect(done).toMatchObject({
      version: 2,
      acceptedBy: "Tina Baker",
      acceptedAt: new Date(at).toISOString(),
    });
    const v2 = await getContractVersion(d.db, ws, partnership, 2);
    expect(v2.status).toBe("accepted");
    expect(sha256Hex(v2.pdf)).toBe(done.acceptedPdfSha256);
    const text = pdfText(savePdf(`contract-accepted-${kind}`, v2.pdf));
    expect(text).toContain("CERTIFICATE OF ACCEPTANCE");
    expect(text).toContain("Accepted by Tina Baker");
    expect(text).toContain(v2.pdfSha256);
    const p = await d.db
      .selectFrom("partnerships")
      .select("status")
      .where("id", "=", partnership)
      .executeTakeFirst();
    expect(p?.status).toBe("accepted");
    const trail = await verifyTrail(d.db, ws, partnership);
    expect(trail.broken).toBeNull();
    expect(
      (
        await rejection(
          acceptContractVersion(
            d.db,
            token,
            { version: 2, fullName: "Tina Baker", consent: true },
            PHONE,
            at,
          ),
        )
      ).code,
    ).toBe("conflict");
    expect(
      (
        await rejection(
          proposeContractChange(d.db, token, { field: "compensation.fee", proposed: "2,000 EUR" }, PHONE, at),
        )
      ).code,
    ).toBe("conflict");
  });

  it("verifies a PDF: issued or accepted, of this workspace only; one byte changed is no match", async () => {
    const v1 = await getContractVersion(d.db, ws, partnership, 1);
    const v2 = await getContractVersion(d.db, ws, partnership, 2);
    expect((await verifyContractPdf(d.db, ws, v1.pdf)).match).toMatchObject({
      version: 1,
      copy: "issued",
      status: "superseded",
    });
    expect((await verifyContractPdf(d.db, ws, v2.pdf)).match).toMatchObject({
      partnershipId: partnership,
      version: 2,
      copy: "accepted",
      status: "accepted",
      acceptedBy: "Tina Baker",
    });
    const changed = Buffer.from(v2.pdf);
    const i = Math.floor(changed.length / 2);
    changed[i] = (changed[i] as number) ^ 0x01;
    expect((await verifyContractPdf(d.db, ws, changed)).match).toBeNull();
    expect((await verifyContractPdf(d.db, other, v2.pdf)).match).toBeNull();
  });

  it("answers a revoked link 404 like an unknown one, and an expired one 410", async () => {
    const second = await createContractLink(d.db, ws, partnership, 1, BRAND, { now: NOW, origin: ORIGIN });
    expect((await rejection(openContractReview(d.db, second.token, PHONE, NOW + 2 * DAY))).code).toBe("gone");
    expect((await rejection(revokeContractLink(d.db, other, partnership, second.id, BRAND, NOW))).code).toBe(
      "not_found",
    );
    await revokeContractLink(d.db, ws, partnership, second.id, BRAND, NOW);
    const revoked = await rejection(openContractReview(d.db, second.token, PHONE, NOW));
    const unknown = await rejection(openContractReview(d.db, "vcon_unknown", PHONE, NOW));
    expect([revoked.code, revoked.message]).toEqual([unknown.code, unknown.message]);
    expect(revoked.code).toBe("not_found");
    const kinds = (
      await d.db
        .selectFrom("contract_trail")
        .select("kind")
        .where("partnership_id", "=", partnership)
        .orderBy("seq")
        .execute()
    ).map((k) => k.kind);
    expect(kinds).toEqual([
      "created",
      "sent",
      "opened",
      "change_proposed",
      "version_issued",
      "opened",
      "accepted",
      "sent",
      "revoked",
    ]);
  });
});
