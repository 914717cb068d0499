// The creator report's PDF, read back with poppler-utils (an extractor independent of
// pdfkit): built from real audits of fixtures imported and audited through the services
// (sunny_trails from fixtures/demo; a creator whose name and comments carry emoji and
// scripts DejaVu Sans lacks), checked for the creator's name, handle, method version,
// the headline figures as the creator page prints them, metadata and page numbers; page
// 1 rendered to PNG to prove it opens. The PDFs and PNGs are kept in test-artifacts/reports.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METHOD_VERSION } from "../../src/core/audit.js";
import { trustCoverage } from "../../src/core/score-confidence.js";
import { upgradeAudit } from "../../src/core/upgrade-audit.js";
import { type Database, openDatabase } from "../../src/db/open-database.js";
import { drawGrowthChart } from "../../src/report/pdf-charts.js";
import { FONT_BOLD, FONT_REGULAR, fitToFont, fontFiles, glyphTest } from "../../src/report/pdf-fonts.js";
import { documentAnchors } from "../../src/report/render-report-html.js";
import { renderReportPdf } from "../../src/report/render-report-pdf.js";
import { buildReportModel, reportFileName } from "../../src/report/report-model.js";
import type { ReportModel } from "../../src/report/report-types.js";
import { headlineFigures } from "../../src/server/pages/figures.js";
import { auditAccount } from "../../src/services/audit-account.js";
import { getReportData } from "../../src/services/get-report-data.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { PNG_SIGNATURE, pdfInfo, pdfText, renderFirstPage, savePdf } from "../helpers/pdf.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const NON_LATIN = "Ça marche 😍 日本";

/** A creator whose profile name and first comments hold emoji, CJK, Greek and Cyrillic text. */
function unicodeSnapshot(dir: string): string {
  const post = (i: number) => ({
    id: `uc-${i}`,
    takenAt: `2026-10-0${i}T10:00:00Z`,
    kind: "image",
    caption: `Jour ${i} 🌿`,
    likes: 150 + i,
    commentCount: 3,
    comments: [
      {
        id: `uc-a${i}`,
        author: { username: "amelie.fr" },
        text: `${NON_LATIN} ${i}`,
        createdAt: `2026-10-0${i}T11:00:00Z`,
      },
      {
        id: `uc-b${i}`,
        author: { username: "family.fan" },
        text: `👩‍👩‍👧 Καλημέρα, привет 👍🏽 ${"very long words ".repeat(40)}end`,
        createdAt: `2026-10-0${i}T12:00:00Z`,
      },
      {
        id: `uc-c${i}`,
        author: { username: "boots.only" },
        text: "🥾🌿🥾",
        createdAt: `2026-10-0${i}T13:00:00Z`,
      },
    ],
  });
  const path = join(dir, "unicode.json");
  writeFileSync(
    path,
    JSON.stringify({
      format: "vouch.snapshot/v1",
      capturedAt: "2026-10-10T00:00:00Z",
      account: { platform: "instagram", username: "zoe_unicode", id: "uc-1" },
      profile: { followers: 3200, fullName: "Zoë Ψ 🌿 日本語 Test", bio: "🌿" },
      posts: [1, 2, 3, 4].map(post),
    }),
  );
  return path;
}

describe("the creator report as a PDF", () => {
  let d: Database;
  let tmp: string;
  let sunny: ReportModel;
  let sunnyAudit: Awaited<ReturnType<typeof auditAccount>>["result"];
  let unicode: ReportModel;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "vouch-report-"));
    d = await openDatabase({ dataDir: "memory://" });
    const ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [join(FIXTURES, "demo", "sunny_trails.json"), unicodeSnapshot(tmp)], {
      now: NOW,
    });
    sunnyAudit = (
      await auditAccount(d.db, ws, { platform: "instagram", username: "sunny_trails" }, { now: NOW })
    ).result;
    await auditAccount(d.db, ws, { platform: "instagram", username: "zoe_unicode" }, { now: NOW });
    const data = await getReportData(d.db, ws, { platform: "instagram", username: "sunny_trails" });
    if (!data.report) throw new Error("sunny_trails was audited");
    sunny = buildReportModel(data.report);
    const u = await getReportData(d.db, ws, { platform: "instagram", username: "zoe_unicode" });
    if (!u.report) throw new Error("zoe_unicode was audited");
    unicode = buildReportModel(u.report);
  });
  afterAll(async () => {
    await d?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("holds the creator's name, handle, method, data range, score and headline figures as the creator page prints them", async () => {
    const pdf = await renderReportPdf(sunny);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const path = savePdf("sunny_trails", pdf);
    const text = pdfText(path);

    expect(text).toContain("Sunny Trails | slow travel"); // the profile's full name
    expect(text).toContain("@sunny_trails");
    expect(text).toContain(METHOD_VERSION);
    expect(text).toContain("computed 2026-11-01");
    expect(text).toContain(
      `posts from ${sunnyAudit.inputs.from?.slice(0, 10)} to ${sunnyAudit.inputs.to?.slice(0, 10)}`,
    );
    // The score block at the top: the audit's own value and grade.
    const score = sunnyAudit.score;
    expect(score.value).not.toBeNull();
    expect(text).toContain(`${score.value} / 100`);
    expect(text).toContain(`Trust score (${score.version}). ${score.grade?.label}.`);
    // Every headline figure with the value the creator page shows (its cards use the same list).
    const figures = headlineFigures(sunnyAudit);
    const median = figures.find((f) => f.id === "median-er");
    expect(median?.value).toMatch(/^\d+\.\d\d%$/);
    for (const f of figures) expect(text, f.label).toContain(`${f.label} ${f.value}`);
    // Sections in order after the headline figures (each title found after the one before),
    // the comment evidence and the footer's page numbers.
    let at = text.indexOf("Headline figures");
    for (const title of [
      "Trust score Each component",
      "Engagement The latest",
      "Responsiveness Reply share",
      "Comment quality Over",
      "Audience authenticity Estimated fake followers",
      "Growth",
      "Niche What the creator posts about",
      "Voice How the creator writes",
      "Method and data",
    ]) {
      const next = text.indexOf(title, at);
      expect(next, title).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain("Engagement rate per post");
    expect(text).toContain(`benchmark ${median?.benchmark.slice(0, 5)}`);
    expect(text).toContain("Threads the creator replied to");
    const thread = sunnyAudit.responsiveness.evidence.repliedThreads[0];
    expect(thread).toBeDefined();
    expect(text).toContain(`@${thread?.comment.author}`);
    expect(text).toContain("Followers by class");
    // The demo creator carries three months of daily counts: the growth line is drawn.
    expect(sunnyAudit.growth.notEnoughData).toBeNull();
    expect(text).toContain("Followers by day");
    expect(text).toContain(sunnyAudit.growth.from as string);
    // The niche section: the top niche as its first bar, with the words that gave it
    // (sunny_trails tags every post #slowtravel: travel* in a hashtag, 24 times).
    const top = sunnyAudit.niches[0];
    expect(top?.label).toBe("Travel");
    expect(text).toContain("Niches by share");
    expect(text).toMatch(/Niches by share\s+Travel/);
    expect(text).toContain("#slowtravel");
    // The voice section: the caption languages and an example reply under its comment.
    expect(text).toContain("Caption languages");
    expect(text).toContain("Example replies");
    const example = sunnyAudit.voice.replies.examples[0];
    expect(text).toContain(`@${example?.answers?.author}`);
    const info = pdfInfo(path);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(info.Title).toBe("Vouch creator report: Sunny Trails | slow travel (@sunny_trails)");
    expect(info.Author).toBe("Vouch");
    expect(info["Page size"]).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it("renders page 1 to a PNG, so the file opens", async () => {
    const path = savePdf("sunny_trails-page1", await renderReportPdf(sunny));
    const png = renderFirstPage(path);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // An A4 page at 50 dpi with text and figures, not a blank page (a blank one is under 2 KB).
    expect(png.length).toBeGreaterThan(15_000);
    // Page 1 says how much of the score's weight had data, beside the score (not on page 2).
    const page1 = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", "-f", "1", "-l", "1", path, "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, " ");
    const coverage = Math.round(trustCoverage(sunnyAudit.score) * 100);
    expect(page1).toContain(`based on ${coverage}% of the evidence`);
    expect(page1).toContain(sunny.headline.score?.confidence.slice(0, 60));
  });

  it("keeps emoji and text DejaVu cannot show from breaking the PDF", async () => {
    const pdf = await renderReportPdf(unicode);
    const path = savePdf("zoe_unicode", pdf);
    const text = pdfText(path);
    // The name: Latin with diacritics and Greek stay, an emoji DejaVu lacks (🌿) goes, CJK becomes U+FFFD.
    expect(unicode.creatorName).toBe("Zoë Ψ 🌿 日本語 Test");
    expect(text).toContain("Zoë Ψ \uFFFD Test");
    expect(text).not.toContain("🌿");
    // The comment "Ça marche 😍 日本 1" (a thread without a reply shows it): DejaVu has 😍, not 日本.
    expect(text).toContain("Ça marche 😍 \uFFFD 1");
    // Greek and Cyrillic stay; the family (a ZWJ sequence) and the toned thumb go, whole.
    // Each cited comment with its id (the comment browser finds it by it).
    expect(text).toContain(
      "@family.fan · comment uc-b1 · 2026-10-01 12:00 UTC Καλημέρα, привет very long words",
    );
    // A comment that was only emoji DejaVu lacks still says something was there.
    expect(text).toContain("@boots.only · comment uc-c1 · 2026-10-01 13:00 UTC [emoji]");
    // Long texts end with an ellipsis.
    expect(text).toMatch(/very long words[^…]*…/);
    const png = renderFirstPage(path);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pdfInfo(path).Author).toBe("Vouch");
  });

  it("renders an audit stored by an older method, saying which parts it did not compute", async () => {
    // audit-v1 stored no score, growth, anomalies, audience, models or spam fields.
    const old = structuredClone(sunnyAudit) as unknown as Record<string, unknown> & {
      comments: Record<string, unknown> & { examples: Record<string, unknown> };
    };
    for (const k of [
      "score",
      "growth",
      "anomalies",
      "audience",
      "models",
      "disclosure",
      "niches",
      "nicheBasis",
      "voice",
      "usernames",
    ])
      delete old[k];
    for (const k of ["spam", "spamShare", "spamByReason"]) delete old.comments[k];
    delete old.comments.examples.spam;
    old.methodVersion = "audit-v1";
    const m = buildReportModel({
      creatorName: "Sunny Trails",
      account: "instagram:sunny_trails",
      audit: upgradeAudit(old, "audit-v1"),
      computedAt: "2026-09-01T08:00:00.000Z",
    });
    expect(m.headline.score).toBeNull();
    // Every section stays; those of parts audit-v1 did not compute say so.
    expect(m.sections.map((x) => x.id)).toEqual([
      "summary",
      "score",
      "engagement",
      "anomalies",
      "responsiveness",
      "comments",
      "audience",
      "growth",
      "usernames",
      "disclosure",
      "niche",
      "voice",
      "method",
    ]);
    const text = pdfText(savePdf("sunny_trails-audit-v1", await renderReportPdf(m)));
    expect(text).toContain("Not computed by audit-v1: this audit did not look for spam.");
    expect(text).toContain("Not computed by audit-v1: this audit predates audience authenticity.");
    expect(text).toContain("Not computed by audit-v1: this audit did not look for niches.");
    expect(text).not.toContain("TRUST SCORE");
  });

  it("names the download vouch-report-<handle>-<day computed>.pdf", () => {
    expect(reportFileName(sunny, "pdf")).toBe("vouch-report-sunny_trails-2026-11-01.pdf");
    expect(reportFileName({ handle: '../"evil"\r\nx', computedOn: "2026-11-01" }, "pdf")).toBe(
      "vouch-report-__evil___x-2026-11-01.pdf",
    );
    expect(reportFileName({ handle: "a", computedOn: "not a day" }, "html")).toBe(
      "vouch-report-a-undated.html",
    );
  });
});

describe("the report model", () => {
  it("orders the sections after the score block, and every headline figure links to its evidence", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "vouch-report-model-"));
    const d = await openDatabase({ dataDir: "memory://" });
    try {
      const ws = await localWorkspaceId(d.db);
      await importSources(d.db, ws, [join(FIXTURES, "instaloader", "tiny_baker")], { now: NOW });
      const ref = { platform: "instagram" as const, username: "tiny_baker" };
      // No audit yet: no report.
      expect((await getReportData(d.db, ws, ref)).report).toBeNull();
      await auditAccount(d.db, ws, ref, { now: NOW - 86_400_000 });
      await auditAccount(d.db, ws, ref, { now: NOW });
      const data = await getReportData(d.db, ws, ref);
      const m = buildReportModel(data.report as NonNullable<typeof data.report>);
      expect(m.sections.map((s) => s.id)).toEqual([
        "summary",
        "score",
        "engagement",
        "anomalies",
        "responsiveness",
        "comments",
        "audience",
        "growth",
        "usernames",
        "disclosure",
        "niche",
        "voice",
        "method",
      ]);
      expect(m.computedOn).toBe("2026-11-01");
      expect(m.handle).toBe("tiny_baker");
      const targets = documentAnchors(m);
      for (const f of m.headline.figures) expect(targets, f.id).toContain(f.evidence);
      // The previous audit (a day earlier) is named beside each figure and in the score block.
      expect(m.headline.figures[0]?.previous).toMatch(/ on 2026-10-31$/);
      expect(m.headline.score?.change).toMatch(/since 2026-10-31$/);
      // tiny_baker has no follower sample: the audience section says so instead of a chart.
      const audience = m.sections.find((s) => s.id === "audience");
      expect(audience?.blocks.some((b) => b.kind === "bar-list")).toBe(false);
      expect(JSON.stringify(audience)).toContain("No follower sample is imported");
    } finally {
      await d.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("fitting text to the font", () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(FONT_REGULAR, fontFiles().regular);
  doc.registerFont(FONT_BOLD, fontFiles().bold);
  const has = glyphTest(doc, FONT_REGULAR);

  it("keeps what DejaVu Sans has and replaces or drops the rest", () => {
    expect(fitToFont("plain ASCII, 100%", has)).toBe("plain ASCII, 100%");
    expect(fitToFont("Ça marche 😍 日本", has)).toBe("Ça marche 😍 \uFFFD"); // DejaVu draws 😍
    expect(fitToFont("Trail 🥾 day 🌿", has)).toBe("Trail day");
    expect(fitToFont("日本 and 中文", has)).toBe("\uFFFD and \uFFFD");
    expect(fitToFont("Ελληνικά русский עברית", has)).toBe("Ελληνικά русский עברית");
    // Skin tones, joiners and variation selectors go with their emoji.
    expect(fitToFont("ok 👍🏽 👩‍👩‍👧 🏳️‍🌈 done", has)).toBe("ok done");
    expect(fitToFont("🥾🌿", has)).toBe("[emoji]");
    expect(fitToFont("line\nbreak\ttab\u0000nul", has)).toBe("line break tabnul");
  });

  it("never hands pdfkit a character the embedded fonts lack", () => {
    const bold = glyphTest(doc, FONT_BOLD);
    const samples = ["Zoë Ψ 🌿 日本語", "😍😍 👍🏽", "مرحبا", "क्या बात है", "🇫🇷 ♥ ★ ✓"];
    for (const s of samples)
      for (const [test, name] of [
        [has, "regular"],
        [bold, "bold"],
      ] as const)
        for (const ch of fitToFont(s, test))
          expect(test(ch.codePointAt(0) as number), `${name} ${ch}`).toBe(true);
  });
});

describe("the growth chart", () => {
  it("draws followers per day as a line with gaps, and says when there is not enough data", async () => {
    const doc = new PDFDocument({ size: "A4", margin: 50 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
    doc.registerFont(FONT_REGULAR, fontFiles().regular);
    doc.registerFont(FONT_BOLD, fontFiles().bold);
    drawGrowthChart(doc, 50, 60, 495, 150, [
      { day: "2026-10-05", followers: 5_240 },
      { day: "2026-10-01", followers: 5_000 },
      { day: "2026-10-02", followers: 5_060 },
      { day: "2026-10-03", followers: null },
      { day: "2026-10-04", followers: 5_180 },
    ]);
    drawGrowthChart(doc, 50, 260, 495, 150, [
      { day: "2026-10-01", followers: 5_000 },
      { day: "2026-10-02", followers: null },
    ]);
    doc.end();
    const path = savePdf("growth-chart", await done);
    const text = pdfText(path);
    // The first and last day under the axis (sorted), the range's ends as ticks: 5,000 − 24 and 5,240 + 24.
    expect(text).toContain("2026-10-01");
    expect(text).toContain("2026-10-05");
    expect(text).toContain("4,976");
    expect(text).toContain("5,264");
    expect(text).toContain("Not enough data: fewer than two days with a follower count.");
    expect(Number(pdfInfo(path).Pages)).toBe(1);
    expect(renderFirstPage(path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
