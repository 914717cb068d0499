// The report's media-kit section, read back from the PDF with poppler-utils: tiny_baker
// (fixtures/instaloader) imported and audited through the services, then a brand target
// and a submitted media kit made through their services (as the target page and the
// public kit form do). Before either, the section is left out; after, the PDF names the
// target with its fit worked out by hand, the price per 1,000, where the audience
// figures come from and the kit's claims. The PDF is kept in test-artifacts/reports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/open-database.js";
import { renderReportHtml } from "../../src/report/render-report-html.js";
import { renderReportPdf } from "../../src/report/render-report-pdf.js";
import { buildReportModel } from "../../src/report/report-model.js";
import { auditAccount } from "../../src/services/audit-account.js";
import { createBrandTarget } from "../../src/services/brand-targets/create-brand-target.js";
import { getReportData } from "../../src/services/get-report-data.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { createKitRequest } from "../../src/services/media-kits/create-kit-request.js";
import { submitKit } from "../../src/services/media-kits/submit-kit.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { pdfText, savePdf } from "../helpers/pdf.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const REF = { platform: "instagram" as const, username: "tiny_baker" };

/** A target that asks for country, age, gender and language, and takes any niche. */
const TARGET = {
  name: "DACH young bakers",
  countries: ["DE", "AT"],
  ageBands: ["18-24", "25-34"],
  gender: { female: 80, male: 20 },
  languages: ["de"],
};

/** The kit the media-kit request test types into the form (test/server/media-kit-requests.test.ts). */
const KIT = {
  platforms: [{ platform: "instagram", handle: "@tiny_baker", followers: 12400, engagementRate: 3.5 }],
  gender: { female: 62, male: 36, other: 2 },
  ageBands: { "13-17": 5, "18-24": 30, "25-34": 40, "35-44": 15, "45-54": 6, "55-64": 3, "65+": 1 },
  countries: [
    { country: "DE", share: 55 },
    { country: "AT", share: 20.5 },
  ],
  cities: [{ city: "Berlin", country: "DE", share: 12 }],
  languages: [{ language: "de", share: 70 }],
  rates: [{ deliverable: "feed_post", amount: 450, currency: "eur" }],
};

describe("the report's media-kit section", () => {
  let d: Database;
  let ws: number;

  beforeAll(async () => {
    d = await openDatabase({ dataDir: "memory://" });
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
    await auditAccount(d.db, ws, REF, { now: NOW });
  });
  afterAll(async () => {
    await d?.close();
  });

  it("is left out while the creator has neither a kit nor a brand target", async () => {
    const data = await getReportData(d.db, ws, REF);
    expect(data.report?.kitFit).toMatchObject({ kit: null, fits: [], claims: [] });
    const m = buildReportModel(data.report as NonNullable<typeof data.report>);
    expect(m.sections.map((s) => s.id)).not.toContain("media-kit");
    expect(m.sections.at(-1)?.id).toBe("method");
  });

  it("shows the fit against the target, worked out by hand, the price and the claims in the PDF", async () => {
    await createBrandTarget(d.db, ws, TARGET, NOW);
    const workspace = await d.db
      .selectFrom("workspaces")
      .select("name")
      .where("id", "=", ws)
      .executeTakeFirstOrThrow();
    const { creatorId } = await getReportData(d.db, ws, REF);
    // The command line's caller: the local workspace's owner, no signed-in user.
    const made = await createKitRequest(
      d.db,
      {
        userId: null,
        email: null,
        workspaceId: ws,
        workspaceName: workspace.name,
        role: "owner",
        via: "token",
      },
      { creatorId },
      { now: NOW, origin: "http://localhost" },
    );
    await submitKit(d.db, made.token, KIT, NOW + 3_600_000);

    const data = await getReportData(d.db, ws, REF);
    const report = data.report as NonNullable<typeof data.report>;
    const m = buildReportModel(report);
    // Right after the summary: what the brand asked for is read first, not at the bottom.
    expect(m.sections.map((s) => s.id).slice(0, 3)).toEqual(["summary", "media-kit", "score"]);
    const text = pdfText(savePdf("tiny_baker-media-kit", await renderReportPdf(m)));
    const at = text.indexOf("Media kit and audience fit");
    expect(at).toBeGreaterThan(text.indexOf("Headline figures"));
    expect(text.indexOf("Method and data", at)).toBeGreaterThan(at);

    // Submitted an hour after NOW; every dimension of the profile comes from the kit
    // (tiny_baker has no imported follower demographics).
    expect(text).toContain(
      "Latest media kit submitted 2026-11-01 13:00 UTC. Audience: gender, ages, countries, cities and languages from the creator's media kit.",
    );
    // The fit by hand (docs/methodology.md, 10.2), from the kit's shares:
    //   country  DE 55% + AT 20.5%                         = 0.755 × 0.30 = 0.2265
    //   age      18-24 30% + 25-34 40%                     = 0.70  × 0.25 = 0.175
    //   gender   1 − ½(|.62−.80| + |.36−.20| + |.02−0|)     = 0.82  × 0.15 = 0.123
    //   language de 70%                                    = 0.70  × 0.15 = 0.105
    //   niche    the target takes any niche: left out, its 0.15 shared among the others
    //   score = 100 × 0.6295 / 0.85 = 74.06 → 74
    // Price per 1,000: the kit's feed-post rate 450 EUR / 8,000 followers (the fixture's
    // profile) × 1,000 = 56.25 EUR; in the target it needs the real share, and tiny_baker
    // has no follower sample: not enough data.
    expect(text).toContain(
      "DACH young bakers 74 · based on 100% of the evidence 76% 70% 82% 70% — 56.25 EUR (feed post, 450 EUR) not enough data",
    );
    expect(text).toContain(
      "DACH young bakers: 74, judged on country 76%, age 70%, gender 82% and language 70% (85% of the weight); niche left out (the target takes any niche).",
    );
    // The claims: 12,400 claimed against 8,000 measured is (12,400 − 8,000) / 8,000 = +55%, off;
    // 3.5% against the measured median is consistent; the German audience cannot be checked
    // (too few comments in a language that could be told), with the evidence in full.
    expect(text).toContain("12,400 followers on instagram 12,400 8,000 off (+55%)");
    expect(text).toMatch(/an engagement rate of 3\.5% 3\.5% \d\.\d% consistent/);
    expect(text).toContain("55.0% of the audience in Germany DE 55.0% — cannot check");
    expect(text).toContain(
      "12,400 followers on instagram: The latest snapshot of @tiny_baker counts 8,000 followers; the kit claims 12,400 (+55%; within ±5% is consistent).",
    );

    // A kit without a target still shows its claims; a target without a kit, the fit alone.
    const kitFit = report.kitFit;
    const kitOnly = buildReportModel({ ...report, kitFit: { ...kitFit, fits: [] } });
    const kitOnlyText = JSON.stringify(kitOnly.sections.find((s) => s.id === "media-kit"));
    expect(kitOnlyText).toContain("No brand target yet");
    expect(kitOnlyText).toContain("The kit's claims against what Vouch measured");
    const targetOnly = buildReportModel({ ...report, kitFit: { ...kitFit, kit: null, claims: [] } });
    const targetOnlyText = JSON.stringify(targetOnly.sections.find((s) => s.id === "media-kit"));
    expect(targetOnlyText).toContain("No media kit submitted yet.");
    expect(targetOnlyText).toContain("DACH young bakers");
    expect(targetOnlyText).not.toContain("claims against");

    // The report page and `vouch report --html` render the same section.
    const page = await renderReportHtml(m);
    expect(page).toContain('<section id="media-kit" class="report-section"');
    expect(page).toContain(
      "<caption>Audience fit against each brand target (fit 0–100; parts 0–100%)</caption>",
    );
    expect(page).toContain(
      '<th scope="row">DACH young bakers</th><td data-label="Fit" class="num">74 · based on 100% of the evidence</td>',
    );
  });
});
