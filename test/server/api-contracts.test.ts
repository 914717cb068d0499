// /api/v1/partnerships/{id}/contract/versions in-process (app.request), on PGlite and
// PostgreSQL: a version issued from the terms (every broken rule in one 400 at its path,
// the link-sticker warning in the answer), listed and read; its PDF is byte for byte the
// file whose SHA-256 is stored, its HTML carries the terms; viewers read but do not issue,
// and the trail records who issued it with a hash of their address, never the address.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const SPRING = {
  name: "Spring bake",
  startsOn: "2027-03-01",
  endsOn: "2027-03-31",
  currency: "EUR",
  goal: "sell",
  kpis: [{ metric: "sales", target: 200 }],
  landingUrl: "https://example.com/spring",
};

describe.each(DATABASE_KINDS)("the contract versions API on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let member: string;
  let viewer: string;
  let base: string;
  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Crumb & Co");
    member = (await createToken(s, ws, "member")).token;
    viewer = (await createToken(s, ws, "viewer")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect(r.status).toBe(201);
    const creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    const campaign = (await call(s.app, "POST", "/api/v1/campaigns", bearer(member), SPRING)).body;
    const p = await call(s.app, "POST", `/api/v1/campaigns/${campaign.id}/partnerships`, bearer(member), {
      creatorId,
    });
    base = `/api/v1/partnerships/${p.body.id}/contract/versions`;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers bad terms with every problem in one 400, and refuses a viewer", async () => {
    const t = springTerms();
    t.to = "2027-02-01";
    t.disclosure.wording = "#spon";
    const bad = await call(s.app, "POST", base, bearer(member), { terms: t });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["terms.to", "terms.disclosure.wording"]),
    );
    const shape = await call(s.app, "POST", base, bearer(member), {
      terms: { ...springTerms(), cancellation: { noticeDays: 14, unpaid: "never" } },
    });
    expect(shape.status).toBe(400);
    expect(shape.body.error.details.field).toBe("terms.cancellation.unpaid");
    const byViewer = await call(s.app, "POST", base, bearer(viewer), { terms: springTerms() });
    expect(byViewer.status).toBe(403);
    expect((await call(s.app, "GET", base, bearer(viewer))).body.items).toEqual([]);
  });

  it("issues a version; its PDF is the file whose hash is stored, its HTML carries the terms", async () => {
    const issued = await call(s.app, "POST", base, session(ws, { "user-agent": "Brand browser 1.0" }), {
      terms: springTerms(),
    });
    expect(issued.status, issued.text).toBe(201);
    expect(issued.body).toMatchObject({ number: 1, status: "issued" });
    expect(issued.body.warnings.map((w: { path: string }) => w.path)).toEqual([
      "terms.deliverables.1.linkSticker",
    ]);
    const list = await call(s.app, "GET", base, bearer(viewer));
    expect(list.body.items.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [1, "issued"],
    ]);
    const one = await call(s.app, "GET", `${base}/1`, bearer(viewer));
    expect(one.body.terms).toEqual(springTerms());
    expect(one.body.createdBy).toBe(ws.owner.email);

    const res = await s.app.request(`${base}/1/pdf`, { headers: bearer(viewer) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(issued.body.pdfSha256);

    const html = await call(s.app, "GET", `${base}/1/html`, bearer(viewer));
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(html.text).toContain("1,200.00 EUR");
    expect(html.text).toContain("@tiny_baker");
    expect(html.text).toContain("Crumb &amp; Co");
    expect((await call(s.app, "GET", `${base}/2/pdf`, bearer(viewer))).status).toBe(404);

    const partnershipId = base.split("/")[4];
    const trail = await s.d.db
      .selectFrom("contract_trail")
      .select(["kind", "actor", "ip_hash", "user_agent"])
      .where("partnership_id", "=", Number(partnershipId))
      .execute();
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      kind: "created",
      actor: ws.owner.email,
      user_agent: "Brand browser 1.0",
    });
    expect(trail[0]?.ip_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
