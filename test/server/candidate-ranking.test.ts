// The creators list against a brand target, on the demo workspace (fixtures/demo and their
// media kits in fixtures/demo-kits, as a first start makes it) with tiny_baker added: the
// new "best candidates" sort (core/candidate-rank.ts) puts glowup_daily — trust 5 (E), about
// 80% fake followers — after every genuine creator, even against a target its kit fits best;
// the plain sort by fit puts it last too. Each trust score carries its confidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAccountKey } from "../../src/core/account-key.js";
import { auditAccount } from "../../src/services/audit-account.js";
import { createBrandTarget } from "../../src/services/brand-targets/create-brand-target.js";
import { ensureDemoWorkspace } from "../../src/services/ensure-demo-workspace.js";
import { importSources } from "../../src/services/import-sources.js";
import { type CreatorQuery, listCreators } from "../../src/services/list-creators.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T00:00:00Z");

describe.each(DATABASE_KINDS)("best candidates on the demo creators on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let usTarget: number;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    await ensureDemoWorkspace(d.db, NOW, "a long and random demo password 7311");
    ws = (
      await d.db
        .selectFrom("workspaces")
        .select("id")
        .where("name", "=", "Demo brand")
        .executeTakeFirstOrThrow()
    ).id;
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
    await auditAccount(d.db, ws, parseAccountKey("instagram:tiny_baker"), { now: NOW });
    // A target glowup_daily's kit fits best: its audience is US 40%, GB 20%, 18-34 83%, English.
    usTarget = (
      await createBrandTarget(
        d.db,
        ws,
        {
          name: "US and UK, 18-34",
          countries: ["US", "GB"],
          ageBands: ["18-24", "25-34"],
          languages: ["en"],
        },
        NOW,
      )
    ).id;
  }, 120_000);
  afterAll(async () => {
    await d?.close();
  });

  const order = async (q: CreatorQuery) =>
    (await listCreators(d.db, ws, { targetId: usTarget, ...q })).items.map((c) => c.username);

  it("sorted by fit, glowup_daily comes last though its fit is the highest", async () => {
    // Its kit fits this target best (see below), but trust 5 (E) and ≥50% fake followers rule
    // it out: last in either order, with provisional fits mixed in or not.
    for (const q of [{ order: "desc" }, { order: "asc" }, { order: "desc", provisional: "mixed" }] as const)
      expect((await order({ sort: "fit", ...q })).at(-1), JSON.stringify(q)).toBe("glowup_daily");
    // The other two keep the fit's order: sunny_trails' kit fits, tiny_baker has no kit.
    expect(await order({ sort: "fit", order: "desc" })).toEqual([
      "sunny_trails",
      "tiny_baker",
      "glowup_daily",
    ]);
  });

  it("the best candidates put glowup_daily after every genuine creator, and say why", async () => {
    const { items } = await listCreators(d.db, ws, { targetId: usTarget, sort: "candidate" });
    expect(items.map((c) => c.username)).toEqual(["sunny_trails", "tiny_baker", "glowup_daily"]);
    const [sunny, baker, glowup] = items;
    // sunny_trails: every component had data (100%), a fit from several parts: a candidate.
    expect(sunny?.latestAudit).toMatchObject({ trustScore: 100, scoreCoverage: 1, scoreProvisional: false });
    expect(sunny?.candidate?.band).toBe("ranked");
    // tiny_baker: 80 (B) from 55% of the weight (provisional) and no media kit: the fit is the
    // comments' languages at most, so it is not ranked above sunny_trails but above glowup.
    expect(baker?.latestAudit).toMatchObject({ trustScore: 80, scoreCoverage: 0.55, scoreProvisional: true });
    expect(["provisional", "incomplete"]).toContain(baker?.candidate?.band);
    // glowup_daily: ruled out on both counts, whatever its fit.
    expect(glowup?.latestAudit?.trustScore).toBe(5);
    expect(glowup?.latestAudit?.fakeShare).toBeGreaterThanOrEqual(0.5);
    expect(glowup?.candidate?.band).toBe("ruled_out");
    expect(glowup?.candidate?.why).toMatch(/^ruled out: trust 5 \(grade E\), \d+% fake followers$/);
    expect(glowup?.fit?.fit).toBeGreaterThan(sunny?.fit?.fit ?? 100);
    // Each part is there to read.
    expect(glowup?.candidate?.parts.map((p) => p.id)).toEqual(["fit", "trust", "realFollowers", "price"]);
  });

  it("keeps the ruled-out creator last in either order and with provisional scores mixed in", async () => {
    for (const q of [
      { order: "asc" },
      { provisional: "mixed" },
      { order: "asc", provisional: "mixed" },
    ] as const)
      expect((await order({ sort: "candidate", ...q })).at(-1), JSON.stringify(q)).toBe("glowup_daily");
  });

  it("sorted by trust score, a provisional score comes after complete ones unless mixed in", async () => {
    // Without a target too: sunny_trails 100 (100%), glowup_daily 5 (complete), tiny_baker 80 (55%).
    const list = async (q: CreatorQuery) =>
      (await listCreators(d.db, ws, { sort: "trustScore", order: "desc", ...q })).items.map(
        (c) => c.username,
      );
    expect(await list({})).toEqual(["sunny_trails", "glowup_daily", "tiny_baker"]);
    expect(await list({ provisional: "mixed" })).toEqual(["sunny_trails", "tiny_baker", "glowup_daily"]);
  });
});
