// Workspace isolation, driven by /openapi.json so that a new route cannot skip the
// check unnoticed: every operation whose path takes an id is called by workspace B
// on workspace A's real ids and must answer 404 not_found, as if the id did not
// exist; every list operation called by B must hold nothing of A. On PGlite and
// PostgreSQL.
//
// A: tiny_baker (Instaloader) and csv_cook (CSV), both audited; tokens "alpha member token" and
// "alpha viewer token". B: its own tiny_baker (the same Instagram account, a different creator
// in B) and trail_runner, its tiny_baker audited; token "bravo member token".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listApiTokens } from "../../src/services/auth/api-tokens.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { uploadKitFile } from "../../src/services/media-kits/upload-kit-file.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  fixtureFile,
  type Json,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * A JSON body for each operation that needs one, by operationId. An operation with a request
 * body that is not listed here fails the test: add a body that passes validation, so that the
 * workspace check is what answers.
 */
const SAMPLE_BODIES: Record<string, unknown> = {};
SAMPLE_BODIES.createMediaKitRequest = {};
SAMPLE_BODIES.updateBrandTarget = { name: "Alpha agency target, renamed" };
SAMPLE_BODIES.setCreatorStatus = { status: "shortlisted" };
SAMPLE_BODIES.setCreatorTags = { tags: ["alpha campaign"] };
SAMPLE_BODIES.setCreatorArchived = { archived: false };
SAMPLE_BODIES.addCreatorNote = { text: "Alpha agency's note" };
SAMPLE_BODIES.setPartnershipStatus = { status: "negotiating" };

/** Strings that only workspace A's data holds. */
const A_MARKERS = ["csv_cook", "alpha member token", "alpha viewer token", "Alpha agency"];

interface Operation {
  method: string;
  template: string;
  operationId: string;
  parameters: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, unknown> };
}

function operations(doc: Json): Operation[] {
  const out: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths as Record<string, Json>))
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      if (!HTTP_METHODS.includes(method)) continue;
      out.push({
        method: method.toUpperCase(),
        template,
        operationId: op.operationId ?? `${method} ${template}`,
        parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])],
        requestBody: op.requestBody,
      });
    }
  return out;
}

describe.each(DATABASE_KINDS)("workspace isolation on %s", (kind) => {
  let s: TestServer;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let aMember: string;
  let aViewer: { id: number; token: string };
  let bMember: { id: number; token: string };
  /** Workspace A's ids, by the name of the path or query parameter that takes them. */
  const aIds: Record<string, number | string> = {};
  const aCreators: number[] = [];
  const bCreators: Record<string, number> = {};
  let ops: Operation[];
  /** A's second partnership (csv_cook), whose contract the creator accepted: it has deliverables. */
  let acceptedPartnership: number;

  beforeAll(async () => {
    s = await openTestServer(kind);
    a = await signUpWorkspace(s, "Alpha agency");
    b = await signUpWorkspace(s, "Bravo brand");
    aMember = (await createToken(s, a, "member", "alpha member token")).token;
    aViewer = await createToken(s, a, "viewer", "alpha viewer token");
    bMember = await createToken(s, b, "member", "bravo member token");

    const imports: [string, string, File[], Record<string, string>][] = [
      ["A", aMember, tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT }],
      [
        "A",
        aMember,
        ["posts", "comments", "followers", "profile"].map((n) => fixtureFile(`csv/${n}.csv`)),
        { account: "instagram:csv_cook" },
      ],
      ["B", bMember.token, tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT }],
      ["B", bMember.token, [fixtureFile("snapshot/trail_runner.json")], {}],
    ];
    for (const [ws, token, files, fields] of imports) {
      // Stored only: each creator's one audit is the one run below.
      const r = await upload(s.app, bearer(token), files, { ...fields, audit: "false" });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      // B's tiny_baker is a new creator of B: A's account of the same name is not B's.
      expect(
        r.body.accounts.map((x: { created: boolean }) => x.created),
        ws,
      ).toEqual([true]);
    }
    for (const c of (await call(s.app, "GET", "/api/v1/creators", bearer(aMember))).body.items) {
      aCreators.push(c.creatorId);
      const audit = await call(s.app, "POST", `/api/v1/creators/${c.creatorId}/audits`, bearer(aMember));
      expect(audit.status).toBe(201);
      if (c.username === "tiny_baker") {
        aIds.creatorId = c.creatorId;
        aIds.auditId = audit.body.id;
      }
    }
    // The compare export takes its ids in the query: both of A's creators.
    aIds.creatorIds = aCreators.join(",");
    aIds.tokenId = aViewer.id;
    // A media-kit request of A's tiny_baker with one uploaded file (a PNG's signature is enough).
    const kit = await call(
      s.app,
      "POST",
      `/api/v1/creators/${aIds.creatorId}/media-kit-requests`,
      bearer(aMember),
      {},
    );
    aIds.requestId = kit.body.id;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    aIds.fileId = (
      await uploadKitFile(s.d.db, kit.body.token, { name: "insights.png", bytes: png }, s.clock.now)
    ).id;
    aIds.targetId = (
      await call(s.app, "POST", "/api/v1/brand-targets", bearer(aMember), { name: "Alpha agency target" })
    ).body.id;
    // A campaign of A (its name carries A's marker) with csv_cook proposed; the control run
    // below adds tiny_baker and moves csv_cook on.
    const campaign = await call(s.app, "POST", "/api/v1/campaigns", bearer(aMember), {
      name: "Alpha agency campaign",
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      currency: "EUR",
      goal: "following",
      kpis: [{ metric: "new_followers", target: 500 }],
    });
    expect(campaign.status, campaign.text).toBe(201);
    aIds.campaignId = campaign.body.id;
    const cook = aCreators.find((id) => id !== aIds.creatorId) as number;
    aIds.partnershipId = (
      await call(s.app, "POST", `/api/v1/campaigns/${aIds.campaignId}/partnerships`, bearer(aMember), {
        creatorId: cook,
      })
    ).body.id;
    SAMPLE_BODIES.addPartnership = { creatorId: aIds.creatorId };
    // A's contract, version 1 (its workspace is "Alpha agency"); the control run issues version 2.
    SAMPLE_BODIES.issueContractVersion = { terms: springTerms() };
    const version = await call(
      s.app,
      "POST",
      `/api/v1/partnerships/${aIds.partnershipId}/contract/versions`,
      bearer(aMember),
      SAMPLE_BODIES.issueContractVersion,
    );
    expect(version.status, version.text).toBe(201);
    aIds.versionNumber = version.body.number;
    SAMPLE_BODIES.createContractLink = { expiresInDays: 7 };
    const link = await call(
      s.app,
      "POST",
      `/api/v1/partnerships/${aIds.partnershipId}/contract/links`,
      bearer(aMember),
      SAMPLE_BODIES.createContractLink,
    );
    expect(link.status, link.text).toBe(201);
    aIds.linkId = link.body.id;
    // A second campaign of A whose contract csv_cook accepted, so that A has deliverables
    // (the loop's own partnership stays unaccepted for the control run's new version).
    const second = await call(s.app, "POST", "/api/v1/campaigns", bearer(aMember), {
      name: "Alpha agency signed",
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      currency: "EUR",
      goal: "sell",
      kpis: [],
      landingUrl: "https://example.com/spring",
    });
    acceptedPartnership = (
      await call(s.app, "POST", `/api/v1/campaigns/${second.body.id}/partnerships`, bearer(aMember), {
        creatorId: cook,
      })
    ).body.id;
    const signed = `/api/v1/partnerships/${acceptedPartnership}/contract`;
    expect(
      (await call(s.app, "POST", `${signed}/versions`, bearer(aMember), { terms: springTerms() })).status,
    ).toBe(201);
    const signedLink = await call(s.app, "POST", `${signed}/links`, bearer(aMember), { expiresInDays: 7 });
    await acceptContractVersion(
      s.d.db,
      signedLink.body.token,
      { version: 1, fullName: "Alpha Cook", consent: true },
      { ipHash: null, userAgent: null },
      s.clock.now,
    );
    // A tracked link of A's partnership (issue 17); its campaign has no landing page.
    SAMPLE_BODIES.createTrackedLink = { destination: "https://alpha.example/landing" };
    SAMPLE_BODIES.updateTrackedLink = { enabled: false };
    const tracked = await call(
      s.app,
      "POST",
      `/api/v1/partnerships/${aIds.partnershipId}/links`,
      bearer(aMember),
      { destination: "https://alpha.example/landing", slug: "alpha-agency-link" },
    );
    expect(tracked.status, tracked.text).toBe(201);
    aIds.trackedLinkId = tracked.body.id;
    for (const c of (await call(s.app, "GET", "/api/v1/creators", bearer(bMember.token))).body.items)
      bCreators[c.username] = c.creatorId;
    expect(
      (await call(s.app, "POST", `/api/v1/creators/${bCreators.tiny_baker}/audits`, bearer(bMember.token)))
        .status,
    ).toBe(201);
    expect(bCreators.tiny_baker).not.toBe(aIds.creatorId);

    const doc = await call(s.app, "GET", "/openapi.json", {});
    expect(doc.body.openapi).toBe("3.1.0");
    ops = operations(doc.body);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** The operation's path and body with A's ids filled in by parameter name. */
  function request(op: Operation) {
    const names = new Set([...op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string));
    const query = new URLSearchParams();
    for (const p of op.parameters) {
      if (p.in === "path") names.add(p.name);
      else if (p.required) {
        if (!(p.name in aIds))
          throw new Error(
            `${op.operationId}: required ${p.in} parameter "${p.name}" has no value here; add it`,
          );
        query.set(p.name, String(aIds[p.name]));
      }
    }
    let path = op.template;
    for (const name of names) {
      if (!(name in aIds))
        throw new Error(
          `${op.operationId} (${op.method} ${op.template}): path parameter "${name}" has no id of workspace A in this test; add one to aIds so the route's workspace check is tested`,
        );
      path = path.replaceAll(`{${name}}`, String(aIds[name]));
    }
    if (op.requestBody && !(op.operationId in SAMPLE_BODIES))
      throw new Error(`${op.operationId}: takes a request body; add a valid one to SAMPLE_BODIES`);
    const q = query.toString();
    return { path: q ? `${path}?${q}` : path, body: SAMPLE_BODIES[op.operationId] };
  }

  /** Whether the operation takes an id: in its path, or a required query parameter. */
  const takesIds = (op: Operation) =>
    op.template.includes("{") || op.parameters.some((p) => p.in === "query" && p.required);

  it("every operation that takes an id answers 404 to workspace B on workspace A's ids", async () => {
    const withIds = ops.filter(takesIds);
    // Today's operations; new ones join the loop by themselves.
    expect(withIds.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        "getCreator",
        "listAudits",
        "runAudit",
        "getAudit",
        "revokeToken",
        "deleteCreator",
        "exportCompareCsv",
      ]),
    );
    const notFound = (r: { status: number; body: Json }) =>
      r.status === 404 && r.body?.error?.code === "not_found";
    const failures: string[] = [];
    for (const op of withIds) {
      const { path, body } = request(op);
      const where = `${op.operationId} ${op.method} ${path}`;
      // B's member token: the workspace check must answer, unless the operation needs an owner
      // (managing tokens), which a token never is: then 403 for lack of "manage" only.
      const viaToken = await call(s.app, op.method, path, bearer(bMember.token), body);
      const ownerOnly = viaToken.status === 403 && viaToken.body?.error?.details?.needs === "manage";
      if (!notFound(viaToken) && !ownerOnly)
        failures.push(`${where} with B's member token: ${viaToken.status} ${viaToken.text.slice(0, 200)}`);
      // B's owner session passes every role check: only the workspace check is left to refuse.
      const viaOwner = await call(s.app, op.method, path, session(b), body);
      if (!notFound(viaOwner))
        failures.push(`${where} with B's owner session: ${viaOwner.status} ${viaOwner.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);

    // Nothing of A changed: no audit was added by runAudit, the token was not revoked.
    const history = await call(s.app, "GET", `/api/v1/creators/${aIds.creatorId}/audits`, bearer(aMember));
    expect(history.body.items.map((x: { id: number }) => x.id)).toEqual([aIds.auditId]);
    expect((await call(s.app, "GET", "/api/v1/creators", bearer(aViewer.token))).status).toBe(200);
    expect((await listApiTokens(s.d.db, a.workspaceId)).map((t) => t.name)).toEqual([
      "alpha member token",
      "alpha viewer token",
    ]);
    // Nor A's place on the working list: no status, tag, note or archive mark of B's, no delete.
    const entry = await call(s.app, "GET", `/api/v1/creators/${aIds.creatorId}`, bearer(aMember));
    expect([entry.body.status, entry.body.tags, entry.body.archivedAt]).toEqual(["to_review", [], null]);
    const notes = await call(s.app, "GET", `/api/v1/creators/${aIds.creatorId}/notes`, bearer(aMember));
    expect(notes.body.items).toEqual([]);

    // The control: A's owner on the same requests gets through (so the ids were real ones).
    // Deletes come last, the creator's very last: the other operations need its ids.
    const rank = (op: Operation) => (op.method !== "DELETE" ? 0 : op.operationId === "deleteCreator" ? 2 : 1);
    for (const op of [...withIds].sort((x, y) => rank(x) - rank(y))) {
      const { path, body } = request(op);
      const r = await call(s.app, op.method, path, session(a), body);
      expect([op.operationId, r.status >= 200 && r.status < 300], r.text).toEqual([op.operationId, true]);
    }
  });

  it("B reads none of A's accepted deliverables; A reads its own", async () => {
    const path = `/api/v1/partnerships/${acceptedPartnership}/deliverables`;
    for (const headers of [bearer(bMember.token), session(b)]) {
      const r = await call(s.app, "GET", path, headers);
      expect([r.status, r.body.error?.code]).toEqual([404, "not_found"]);
    }
    const own = await call(s.app, "GET", path, bearer(aMember));
    expect(own.body.items.map((d: Json) => d.kind)).toEqual(["reel", "reel", "story", "video"]);
    expect(
      (await s.app.request(`/partnerships/${acceptedPartnership}`, { headers: session(b) })).status,
    ).toBe(404);
  });

  it("an operation whose id parameter this test does not know fails it", () => {
    const made = {
      method: "GET",
      template: "/api/v1/things/{thingId}",
      operationId: "getThing",
      parameters: [],
    };
    expect(() => request(made)).toThrow(/path parameter "thingId" has no id of workspace A/);
    const withBody = { ...made, template: "/api/v1/creators/{creatorId}", requestBody: { content: {} } };
    expect(() => request(withBody)).toThrow(/add a valid one to SAMPLE_BODIES/);
  });

  it("B's list operations hold nothing of A", async () => {
    const lists = ops.filter((op) => op.method === "GET" && !takesIds(op));
    expect(lists.map((op) => op.operationId)).toEqual(expect.arrayContaining(["listCreators", "listTokens"]));
    for (const op of lists) {
      // The owner session may call every operation; its answers must name nothing of A.
      const r = await call(s.app, "GET", op.template, session(b));
      expect([op.operationId, r.status]).toEqual([op.operationId, 200]);
      for (const marker of A_MARKERS)
        expect(r.text, `${op.operationId} names ${marker}`).not.toContain(marker);
    }

    const creators = await call(s.app, "GET", "/api/v1/creators", bearer(bMember.token));
    expect(creators.body.items.map((c: Json) => [c.username, c.creatorId])).toEqual([
      ["tiny_baker", bCreators.tiny_baker],
      ["trail_runner", bCreators.trail_runner],
    ]);
    expect(creators.body.total).toBe(2);
    for (const c of creators.body.items) expect(aCreators).not.toContain(c.creatorId);
    // B's tiny_baker shows B's own audit, not A's.
    expect(creators.body.items[0].latestAudit.id).not.toBe(aIds.auditId);
    // Search, filters and sorts run inside B too.
    for (const q of ["?search=csv", "?search=cook", "?tier=micro&sort=followers&order=desc&pageSize=200"]) {
      const r = await call(s.app, "GET", `/api/v1/creators${q}`, bearer(bMember.token));
      expect(r.text, q).not.toContain("csv_cook");
      for (const c of r.body.items) expect(aCreators, q).not.toContain(c.creatorId);
    }
    const history = await call(s.app, "GET", `/api/v1/creators/${bCreators.tiny_baker}/audits`, session(b));
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0].id).not.toBe(aIds.auditId);

    // Adding by handle finds nothing of A: csv_cook is a new creator of B, not a conflict with A's.
    const added = await call(s.app, "POST", "/api/v1/creators", bearer(bMember.token), {
      account: "instagram:csv_cook",
    });
    expect(added.status, added.text).toBe(201);
    expect(aCreators).not.toContain(added.body.creatorId);
    expect(
      (await call(s.app, "DELETE", `/api/v1/creators/${added.body.creatorId}`, bearer(bMember.token))).status,
    ).toBe(200);

    const tokens = await call(s.app, "GET", "/api/v1/tokens", session(b));
    expect(tokens.body.items.map((t: Json) => [t.id, t.name])).toEqual([[bMember.id, "bravo member token"]]);
  });
});
