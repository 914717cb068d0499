// One view model, three renderings: the demo creators (fixtures/demo: sunny_trails and
// glowup_daily) imported and audited through the services, their report model built as
// the creator page builds it, and every figure in it (every string a block shows a
// reader: titles, figures, notes, list items, table cells, bars, comments, threads)
// looked for in the creator page (app.request, tags stripped, entities decoded), in
// `vouch audit`'s text (the CLI in-process on its own data folder, the same fixtures and
// clock) and in the PDF's text (pdftotext). Whitespace is compared collapsed (the
// terminal and the PDF wrap lines) and case ignored (a terminal prints titles in
// capitals). The PDF's font has no glyph for some emoji: those strings are looked for as
// the PDF writes them (pdf-fonts.ts), strings longer than a PDF box holds by their first
// 120 characters, a line broken after a hyphen as joined, and the page footers are taken
// out. Chart data (numbers, not words) and links a page adds (the comment browser) are
// not figures.
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FONT_BOLD, FONT_REGULAR, fitToFont, fontFiles, glyphTest } from "../../src/report/pdf-fonts.js";
import { buildReportModel } from "../../src/report/report-model.js";
import type { ReportBlock, ReportModel } from "../../src/report/report-types.js";
import { cellText, plainWords } from "../../src/report/words.js";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { auditAccount } from "../../src/services/audit-account.js";
import { getReportData } from "../../src/services/get-report-data.js";
import { importSources } from "../../src/services/import-sources.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { pdfText, savePdf } from "../helpers/pdf.js";
import {
  NOW,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

const DEMO = ["sunny_trails", "glowup_daily"];
const demoFile = (name: string) => `${FIXTURES}/demo/${name}.json`;

/** Every string the model shows a reader, with where it is (for the failure message). */
function figures(m: ReportModel): [where: string, text: string][] {
  const out: [string, string][] = [];
  const add = (where: string, ...texts: (string | null | undefined)[]) => {
    for (const t of texts) if (t) out.push([where, t]);
  };
  const s = m.headline.score;
  if (s) add("score", s.value, s.grade, s.caption, s.change, s.confidence);
  for (const f of m.headline.facts) add(`fact ${f.label}`, f.label, f.value, f.note);
  for (const f of m.headline.figures)
    add(`figure ${f.id}`, f.label, f.value, f.note, f.benchmark, f.method, f.previous);
  const block = (where: string, b: ReportBlock) => {
    const at = `${where} ${b.kind}`;
    switch (b.kind) {
      case "heading":
        return add(at, b.text);
      case "text":
        return add(at, plainWords(b.text));
      case "facts":
        for (const f of b.items) add(`${at} ${f.label}`, f.label, f.value, f.note);
        return;
      case "notes":
        return add(at, b.title, ...b.items);
      case "list":
        add(at, b.title, b.items.length ? null : b.empty);
        for (const i of b.items)
          add(
            at,
            ...(i.badges ?? []),
            i.text,
            ...(i.details ?? []),
            ...(i.evidence ?? []).map((l) => l.label),
          );
        return;
      case "column-chart":
      case "growth-chart":
        return add(at, b.title, b.caption);
      case "bar-list":
        add(at, b.title, b.caption);
        for (const bar of b.bars)
          add(`${at} ${bar.label}`, bar.label, bar.tag, bar.note, ...bar.values, bar.shareText);
        if (b.total) add(at, b.total.label, ...b.total.values, b.total.shareText);
        return;
      case "comments":
        add(at, b.items.length ? null : b.empty);
        for (const c of b.items)
          add(at, c.author === null ? null : `@${c.author}`, ...c.tags, c.meta, c.text);
        return;
      case "threads":
        add(at, b.title, b.threads.length ? null : b.empty);
        for (const t of b.threads)
          for (const e of [...(t.comment ? [t.comment] : []), ...t.replies])
            add(at, `@${e.author ?? "unknown"}`, e.at, e.text);
        for (const t of b.threads) add(at, t.note);
        return;
      case "table": {
        add(at, b.title, ...b.columns.map((c) => c.label));
        const rows = b.groups ? b.groups.flatMap((g) => g.rows) : b.rows;
        if (!b.groups && rows.length === 0) add(at, b.empty);
        for (const g of b.groups ?? []) add(at, g.label, g.note, g.rows.length ? null : g.empty);
        for (const r of rows) add(at, ...r.map(cellText));
        return;
      }
      case "part":
        add(at, b.title);
        for (const x of b.blocks) block(`${where} ${b.id}`, x);
        return;
    }
  };
  for (const section of m.sections) {
    add(section.id, section.title);
    for (const b of section.blocks) block(section.id, b);
  }
  return out;
}

const collapse = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Text as pdftotext gives it back: a line broken after a hyphen or a dash reads "top-
 * level", and an emoji's variation selector is not drawn.
 */
const pdfForm = (t: string) =>
  collapse(t)
    .replace(/([-–—]) /g, "$1")
    .replaceAll("\uFE0F", "");

/** The PDF's text without its page footers, which fall inside a paragraph running on to the next page. */
const pdfBody = (t: string) =>
  t.replace(/ ?vouch creator report · [^·]*· [^·]*· computed [\d-]+ page \d+ of \d+/g, "");

/** A page's text as a reader sees it: no tags, entities decoded. */
function pageText(html: string): string {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return collapse(text);
}

describe("one view model: the creator page, vouch audit and the PDF show every figure of it", () => {
  let s: TestServer;
  let ws: TestWorkspace;
  let cleanupCli: () => Promise<void>;
  let cliEnvVars: Record<string, string>;
  const ids = new Map<string, number>();
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(FONT_REGULAR, fontFiles().regular);
  doc.registerFont(FONT_BOLD, fontFiles().bold);
  const regular = glyphTest(doc, FONT_REGULAR);
  const bold = glyphTest(doc, FONT_BOLD);

  beforeAll(async () => {
    s = await openTestServer("pglite");
    ws = await signUpWorkspace(s, "One view agency");
    await importSources(s.d.db, ws.workspaceId, DEMO.map(demoFile), { now: NOW });
    for (const name of DEMO) {
      const audit = await auditAccount(
        s.d.db,
        ws.workspaceId,
        { platform: "instagram", username: name },
        { now: NOW },
      );
      expect(audit.result.methodVersion).toBeTruthy();
      const data = await getReportData(s.d.db, ws.workspaceId, { platform: "instagram", username: name });
      ids.set(name, data.creatorId);
    }
    ({ env: cliEnvVars, cleanup: cleanupCli } = await cliEnv("pglite"));
    const imported = await cli(["import", ...DEMO.map(demoFile), "--quiet"], cliEnvVars, NOW);
    expect(imported.code, imported.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await cleanupCli?.();
    await s?.close();
  });

  it.each(DEMO)(
    "%s: every figure of the model is on the page, in vouch audit and in the PDF",
    async (name) => {
      const app = createApp(
        {
          db: s.d.db,
          now: () => NOW,
          maxUploadBytes: 1024 ** 2,
          authRateLimit: 10_000,
          secureCookies: false,
        },
        registerPages,
      );
      const data = await getReportData(s.d.db, ws.workspaceId, { platform: "instagram", username: name });
      if (!data.report) throw new Error(`${name} was audited`);
      // As the creator page builds it; the media kit is a section of its own there (none for the demo).
      const model = buildReportModel({ ...data.report, kitFit: null });
      expect(buildReportModel(data.report).sections.map((x) => x.id)).toEqual(
        model.sections.map((x) => x.id),
      );

      const id = ids.get(name) as number;
      const page = await app.request(`/creators/${id}`, { headers: session(ws) });
      expect(page.status).toBe(200);
      const pageWords = pageText(await page.text());

      const audit = await cli(["audit", `instagram:${name}`], cliEnvVars, NOW);
      expect(audit.code, audit.stderr).toBe(0);
      const cliWords = collapse(audit.stdout);

      const pdf = await app.request(`/creators/${id}/report.pdf`, { headers: session(ws) });
      expect(pdf.status).toBe(200);
      const pdfWords = pdfBody(
        pdfForm(pdfText(savePdf(`one-view-${name}`, Buffer.from(await pdf.arrayBuffer())))),
      );

      const all = figures(model);
      expect(all.length).toBeGreaterThan(400);
      const missing = { page: [] as string[], cli: [] as string[], pdf: [] as string[] };
      for (const [where, text] of all) {
        const want = collapse(text);
        if (!pageWords.includes(want)) missing.page.push(`${where}: ${text}`);
        if (!cliWords.includes(want)) missing.cli.push(`${where}: ${text}`);
        // As the PDF writes it: without what DejaVu cannot show, at most a box's length.
        const inPdf = [fitToFont(text, regular), fitToFont(text, bold)].map((t) => pdfForm(t).slice(0, 120));
        if (!inPdf.some((t) => pdfWords.includes(t))) missing.pdf.push(`${where}: ${text}`);
      }
      expect(missing).toEqual({ page: [], cli: [], pdf: [] });
    },
  );
});
