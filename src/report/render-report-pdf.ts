// The creator report as a PDF (pdfkit): A4, DejaVu Sans embedded (pdf-fonts.ts), the
// title with the creator's name and handle, method version, data time range and the
// day computed; the score block and headline figures; then each section of the report
// model in order, its blocks laid out one under the other (charts drawn as vectors by
// pdf-charts.ts); page numbers in the footer and the document's metadata. Everything
// printed goes through `fit`, so text the font cannot show never breaks the file.
import { notComputedWords } from "../core/not-computed.js";
import { COLORS, drawBarList, drawColumnChart, drawGrowthChart } from "./pdf-charts.js";
import { FONT_BOLD, FONT_REGULAR } from "./pdf-fonts.js";
import { openPdf, PdfWriter, type WriterStyle } from "./pdf-writer.js";
import type {
  ListItem,
  ReportBlock,
  ReportComment,
  ReportFact,
  ReportFigure,
  ReportModel,
  ReportSection,
  ReportThread,
  TableBlock,
} from "./report-types.js";
import { cellText, linkWords, plainWords } from "./words.js";

const MARGIN = { top: 56, bottom: 58, left: 50, right: 50 };
/** Longest comment text printed; longer ones end with "…". */
const COMMENT_CHARS = 320;
const INK = {
  ...COLORS,
  accent: "#0a4fb3",
  panel: "#f4f6f8",
  border: "#c9d0d8",
  cautionBg: "#fff6db",
  cautionBorder: "#8a6100",
};
const STYLE: WriterStyle = { margins: MARGIN, ink: INK, maxChars: 2000, size: 9.5, gap: 4, keep: "height" };

export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const { doc, bytes } = openPdf({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: `Vouch creator report: ${model.title}`,
      Author: "Vouch",
      Subject: `Audit ${model.methodVersion} of ${model.account}, computed ${model.computedOn}`,
      Keywords: `creator report, ${model.account}, ${model.methodVersion}`,
      Creator: "Vouch",
      // The audit's time, not the clock's: the same audit gives the same document.
      CreationDate: new Date(model.computedAt),
    },
  });
  const w = new ReportWriter(doc, STYLE);
  w.title(model);
  w.headline(model);
  for (const s of model.sections) w.section(s);
  w.footers(`Vouch creator report · ${model.title} · ${model.methodVersion} · computed ${model.computedOn}`, {
    maxChars: 110,
    ruled: true,
  });
  doc.end();
  return bytes;
}

/** The report's own blocks: title, score and headline figures, sections, tables, threads. */
class ReportWriter extends PdfWriter {
  title(m: ReportModel) {
    const d = this.doc;
    d.y = MARGIN.top;
    this.para("CREATOR REPORT", { font: FONT_BOLD, size: 8, color: INK.accent, gap: 2 });
    this.para(m.creatorName, { font: FONT_BOLD, size: 22, gap: 2, max: 120 });
    this.para(`@${m.handle} · ${m.platform}`, { size: 11, color: INK.muted, gap: 6 });
    this.para(
      `Method ${m.methodVersion} · computed ${m.computedOn} · data: ${m.dataRange.text} · models ${m.models ? `${m.models.followers}, ${m.models.comments}` : notComputedWords(m.methodVersion)}`,
      { size: 8, color: INK.muted, gap: 8 },
    );
    this.rule();
  }

  headline(m: ReportModel) {
    const d = this.doc;
    const { score, facts, figures } = m.headline;
    if (score) {
      // Room for the caption, the score's confidence (page 1 must say how thin a score is)
      // and the change since the previous audit.
      const h = 72;
      this.ensure(h + 10);
      const y = d.y;
      d.roundedRect(this.left, y, this.width, h, 4).fill(INK.panel);
      d.font(FONT_REGULAR)
        .fontSize(7.5)
        .fillColor(INK.muted)
        .text("TRUST SCORE", this.left + 12, y + 7, {
          width: 160,
          lineBreak: false,
        });
      d.font(FONT_BOLD)
        .fontSize(score.value.length > 10 ? 14 : 22)
        .fillColor(INK.accent)
        .text(this.fit(score.value, FONT_BOLD, 30), this.left + 12, y + 19, { width: 130, lineBreak: false });
      if (score.provisional)
        d.font(FONT_BOLD)
          .fontSize(8)
          .fillColor(INK.cautionBorder)
          .text("PROVISIONAL", this.left + 12, y + 48, { width: 130, lineBreak: false });
      let gx = this.left + 150;
      if (score.grade) {
        d.font(FONT_BOLD)
          .fontSize(22)
          .fillColor(INK.text)
          .text(this.fit(score.grade, FONT_BOLD, 4), gx, y + 19, { width: 40, lineBreak: false });
        gx += 44;
      }
      const cw = this.left + this.width - gx - 10;
      d.font(FONT_BOLD)
        .fontSize(8.5)
        .fillColor(score.provisional ? INK.cautionBorder : INK.text)
        .text(this.fit(score.confidence, FONT_BOLD, 300), gx, y + 8, {
          width: cw,
          height: 24,
          ellipsis: true,
        });
      d.font(FONT_REGULAR)
        .fontSize(8.5)
        .fillColor(INK.text)
        .text(this.fit(score.caption, FONT_REGULAR, 200), gx, y + 32, {
          width: cw,
          height: 24,
          ellipsis: true,
        });
      if (score.change)
        d.font(FONT_BOLD)
          .fontSize(8)
          .fillColor(INK.accent)
          .text(this.fit(score.change, FONT_BOLD, 120), gx, y + 57, { width: cw, lineBreak: false });
      d.y = y + h + 10;
    }
    this.facts(facts, 4);
    this.ensure(20);
    this.para("Headline figures", { font: FONT_BOLD, size: 12, gap: 6 });
    this.figureCards(figures);
    // What each figure is compared with and how it is made, under the cards (a card has room for the value).
    this.ensure(30);
    this.para("Benchmarks and methods", { font: FONT_BOLD, size: 9, gap: 3 });
    for (const f of figures)
      this.para(`${f.label}. Benchmark: ${f.benchmark} Method: ${f.method}`, {
        x: this.left + 6,
        size: 7.5,
        color: INK.muted,
        gap: 2,
        max: 600,
      });
    d.y += 6;
  }

  private figureCards(figures: ReportFigure[]) {
    const d = this.doc;
    const cols = 3;
    const gap = 8;
    const cw = (this.width - gap * (cols - 1)) / cols;
    const pad = 6;
    const inner = cw - pad * 2;
    for (let i = 0; i < figures.length; i += cols) {
      const row = figures.slice(i, i + cols);
      const lines = row.map((f) => this.cardLines(f));
      const heights = lines.map((ls) => pad * 2 + ls.reduce((sum, l) => sum + this.lineHeight(l, inner), 0));
      const h = Math.max(...heights);
      this.ensure(h + gap);
      const y = d.y;
      row.forEach((_, j) => {
        const x = this.left + j * (cw + gap);
        d.roundedRect(x, y, cw, h, 3).lineWidth(0.5).fillAndStroke(INK.panel, INK.border);
        let ty = y + pad;
        for (const l of lines[j] ?? []) {
          d.font(l.font).fontSize(l.size).fillColor(l.color);
          d.text(l.text, x + pad, ty, { width: inner, lineGap: 1 });
          ty += this.lineHeight(l, inner);
        }
      });
      d.y = y + h + gap;
    }
    d.y += 4;
  }

  private cardLines(f: ReportFigure) {
    const line = (text: string, font: string, size: number, color: string) => ({
      text: this.fit(text, font, 160),
      font,
      size,
      color,
    });
    const out = [line(f.label, FONT_BOLD, 7.5, INK.muted), line(f.value, FONT_BOLD, 13, INK.text)];
    if (f.note) out.push(line(f.note, FONT_REGULAR, 7, INK.muted));
    if (f.previous) out.push(line(`Previous audit: ${f.previous}`, FONT_REGULAR, 7, INK.accent));
    return out;
  }

  private lineHeight(l: { text: string; font: string; size: number }, width: number) {
    this.doc.font(l.font).fontSize(l.size);
    return this.doc.heightOfString(l.text, { width, lineGap: 1 }) + 1.5;
  }

  section(s: ReportSection) {
    const d = this.doc;
    this.ensure(90);
    d.y += 6;
    this.para(s.title, { font: FONT_BOLD, size: 14, color: INK.accent, gap: 2 });
    d.strokeColor(INK.accent)
      .lineWidth(1)
      .moveTo(this.left, d.y)
      .lineTo(this.left + this.width, d.y)
      .stroke();
    d.y += 8;
    for (const b of s.blocks) this.block(b);
  }

  private heading(text: string) {
    this.ensure(48);
    this.doc.y += 4;
    this.para(text, { font: FONT_BOLD, size: 10.5, gap: 4 });
  }

  private listItem(i: ListItem) {
    const badges = (i.badges ?? []).map((b) => `[${b}] `).join("");
    this.para(`•  ${badges}${i.text}`, { x: this.left + 6, size: 8.5, gap: 2, max: 600 });
    for (const detail of i.details ?? [])
      this.para(detail, { x: this.left + 16, size: 7.5, color: INK.muted, gap: 2, max: 600 });
    if (i.evidence?.length)
      this.para(`Evidence: ${i.evidence.map(linkWords).join(", ")}`, {
        x: this.left + 16,
        size: 7.5,
        color: INK.muted,
        gap: 2,
        max: 600,
      });
  }

  block(b: ReportBlock) {
    const d = this.doc;
    switch (b.kind) {
      case "heading":
        return this.heading(b.text);
      case "part":
        this.heading(b.title);
        for (const x of b.blocks) this.block(x);
        return;
      case "text": {
        const text = plainWords(b.text);
        if (b.tone === "caution") return this.caution(text);
        this.para(text, b.tone === "muted" ? { size: 8, color: INK.muted } : {});
        return;
      }
      case "facts":
        return this.facts(b.items, 3);
      case "notes":
        return this.notes(b.title, b.items);
      case "list":
        this.ensure(40);
        this.para(b.title, { font: FONT_BOLD, size: 9.5, gap: 3 });
        if (b.items.length === 0) return this.para(b.empty, { size: 8.5, color: INK.muted, gap: 6 });
        for (const item of b.items) this.listItem(item);
        d.y += 5;
        return;
      case "column-chart": {
        this.ensure(200);
        this.para(b.title, { font: FONT_BOLD, size: 9, gap: 2 });
        const y = d.y;
        drawColumnChart(d, this.left, y, this.width, 150, {
          columns: b.columns.map((c) => ({ ...c, label: this.fit(c.label, FONT_REGULAR, 12) })),
          reference: b.reference && { ...b.reference, label: this.fit(b.reference.label, FONT_REGULAR, 80) },
        });
        d.y = y + 154;
        this.para(b.caption, { size: 7.5, color: INK.muted, gap: 8 });
        return;
      }
      case "bar-list": {
        this.ensure(b.bars.length * 22 + 40);
        this.para(b.title, { font: FONT_BOLD, size: 9, gap: 4 });
        const rows = [
          ...b.bars.map((bar) => ({
            label: this.fit(bar.tag ? `${bar.label} (${bar.tag})` : bar.label, FONT_BOLD, 40),
            display: this.fit([bar.shareText, ...bar.values].join(" · "), FONT_REGULAR, 60),
            note: bar.note ? this.fit(bar.note, FONT_REGULAR, 200) : undefined,
            share: bar.share,
          })),
          ...(b.total
            ? [
                {
                  label: this.fit(b.total.label, FONT_BOLD, 40),
                  display: this.fit([b.total.shareText, ...b.total.values].join(" · "), FONT_REGULAR, 60),
                  share: null,
                },
              ]
            : []),
        ];
        // Rows of unknown height: one at a time, each on the page it fits.
        for (const r of rows) {
          this.ensure(34);
          const y = d.y;
          d.y = y + drawBarList(d, this.left, y, this.width, [r]);
        }
        d.y += 2;
        this.para(b.caption, { size: 7.5, color: INK.muted, gap: 8 });
        return;
      }
      case "growth-chart": {
        this.ensure(180);
        this.para(b.title, { font: FONT_BOLD, size: 9, gap: 2 });
        const y = d.y;
        drawGrowthChart(d, this.left, y, this.width, 130, b.points);
        d.y = y + 134;
        this.para(b.caption, { size: 7.5, color: INK.muted, gap: 8 });
        return;
      }
      case "comments":
        if (b.items.length === 0) return this.para(b.empty, { size: 8.5, color: INK.muted, gap: 6 });
        for (const c of b.items) this.comment(c);
        d.y += 4;
        return;
      case "threads":
        this.ensure(50);
        this.para(b.title, { font: FONT_BOLD, size: 9.5, gap: 4 });
        if (b.threads.length === 0) return this.para(b.empty, { size: 8.5, color: INK.muted, gap: 6 });
        for (const t of b.threads) this.thread(t);
        d.y += 4;
        return;
      case "table":
        return this.table(b);
    }
  }

  private facts(items: ReportFact[], cols: number) {
    const d = this.doc;
    const gap = 10;
    const cw = (this.width - gap * (cols - 1)) / cols;
    for (let i = 0; i < items.length; i += cols) {
      const row = items.slice(i, i + cols).map((f) => ({
        label: this.fit(f.label, FONT_REGULAR, 80),
        value: this.fit(f.value, FONT_BOLD, 160),
        note: f.note ? this.fit(f.note, FONT_REGULAR, 200) : "",
      }));
      const hs = row.map((f) => {
        d.font(FONT_BOLD).fontSize(9.5);
        let h = 10 + d.heightOfString(f.value, { width: cw });
        d.font(FONT_REGULAR).fontSize(7);
        if (f.note) h += d.heightOfString(f.note, { width: cw }) + 1;
        return h;
      });
      const h = Math.max(...hs);
      this.ensure(h + 6);
      const y = d.y;
      row.forEach((f, j) => {
        const x = this.left + j * (cw + gap);
        d.font(FONT_REGULAR)
          .fontSize(7)
          .fillColor(INK.muted)
          .text(f.label, x, y, { width: cw, lineBreak: false });
        d.font(FONT_BOLD)
          .fontSize(9.5)
          .fillColor(INK.text)
          .text(f.value, x, y + 9, { width: cw });
        if (f.note)
          d.font(FONT_REGULAR)
            .fontSize(7)
            .fillColor(INK.muted)
            .text(f.note, x, d.y + 1, { width: cw });
      });
      d.y = y + h + 6;
    }
  }

  private notes(title: string, items: string[]) {
    const d = this.doc;
    const texts = items.map((t) => `• ${this.fit(t, FONT_REGULAR, 300)}`);
    d.font(FONT_REGULAR).fontSize(8);
    const inner = this.width - 16;
    const h = 22 + texts.reduce((s, t) => s + d.heightOfString(t, { width: inner }) + 2, 0);
    this.ensure(Math.min(h, 200));
    const y = d.y;
    d.rect(this.left, y, 3, h).fill(INK.cautionBorder);
    d.font(FONT_BOLD)
      .fontSize(8.5)
      .fillColor(INK.text)
      .text(this.fit(title, FONT_BOLD), this.left + 10, y + 4, { width: inner });
    d.font(FONT_REGULAR).fontSize(8).fillColor(INK.text);
    for (const t of texts) {
      d.text(t, this.left + 10, d.y + 2, { width: inner });
    }
    d.y = Math.max(d.y, y + h) + 8;
  }

  private caution(text: string) {
    const d = this.doc;
    const t = this.fit(text, FONT_REGULAR, 600);
    d.font(FONT_REGULAR).fontSize(8.5);
    const h = d.heightOfString(t, { width: this.width - 20 }) + 12;
    this.ensure(h + 6);
    const y = d.y;
    d.rect(this.left, y, this.width, h).lineWidth(0.75).fillAndStroke(INK.cautionBg, INK.cautionBorder);
    d.fillColor(INK.text).text(t, this.left + 10, y + 6, { width: this.width - 20 });
    d.y = y + h + 8;
  }

  private comment(c: ReportComment) {
    const d = this.doc;
    const head = [
      `@${c.author ?? "unknown"}`,
      c.id === undefined ? "" : `comment ${c.id}`,
      ...c.tags.map((t) => `[${t}]`),
      c.meta ?? "",
    ]
      .filter(Boolean)
      .join("  ");
    const headText = this.fit(c.author === null && !c.tags.length ? (c.meta ?? "") : head, FONT_BOLD, 160);
    const text = this.fit(c.text, FONT_REGULAR, COMMENT_CHARS);
    const x = this.left + 10;
    const width = this.width - 10;
    d.font(FONT_REGULAR).fontSize(8.5);
    const h = (headText ? 11 : 0) + d.heightOfString(text, { width, lineGap: 1 }) + 4;
    this.ensure(h + 4);
    const y = d.y;
    d.rect(this.left + 2, y, 2, h - 2).fill(INK.border);
    if (headText)
      d.font(FONT_BOLD).fontSize(7.5).fillColor(INK.muted).text(headText, x, y, { width, lineBreak: false });
    d.font(FONT_REGULAR)
      .fontSize(8.5)
      .fillColor(INK.text)
      .text(text, x, y + (headText ? 11 : 0), { width, lineGap: 1 });
    d.y = y + h + 3;
  }

  private thread(t: ReportThread) {
    const d = this.doc;
    const entries = [
      ...(t.comment ? [{ ...t.comment, byCreator: false, indent: 0 }] : []),
      ...t.replies.map((r) => ({ ...r, indent: t.comment ? 16 : 0 })),
    ];
    const laid = entries.map((e) => {
      const head = this.fit(
        `@${e.author ?? "unknown"}${e.byCreator ? "  (creator)" : ""}${e.id === undefined ? "" : `  ·  comment ${e.id}`}${e.at ? `  ·  ${e.at}` : ""}`,
        FONT_BOLD,
        120,
      );
      const text = this.fit(e.text, FONT_REGULAR, COMMENT_CHARS);
      const width = this.width - 10 - e.indent;
      d.font(FONT_REGULAR).fontSize(8.5);
      return { ...e, head, text, width, h: 11 + d.heightOfString(text, { width, lineGap: 1 }) + 3 };
    });
    const total = laid.reduce((s, e) => s + e.h, 0) + (t.note ? 11 : 0);
    this.ensure(Math.min(total, 300) + 6);
    const page0 = d.page;
    const y0 = d.y;
    for (const e of laid) {
      this.ensure(e.h);
      const x = this.left + 10 + e.indent;
      const y = d.y;
      d.font(FONT_BOLD)
        .fontSize(7.5)
        .fillColor(e.byCreator ? INK.accent : INK.muted)
        .text(e.head, x, y, { width: e.width, lineBreak: false });
      d.font(FONT_REGULAR)
        .fontSize(8.5)
        .fillColor(INK.text)
        .text(e.text, x, y + 11, { width: e.width, lineGap: 1 });
      d.y = y + e.h;
    }
    if (t.note) this.para(t.note, { x: this.left + 10, size: 7.5, color: INK.muted, gap: 0 });
    // The thread's bar, unless the thread went on to another page.
    if (d.page === page0 && d.y > y0) d.rect(this.left + 2, y0, 2, d.y - y0).fill(INK.border);
    d.y += 7;
  }

  private table(b: TableBlock) {
    const d = this.doc;
    this.ensure(44);
    this.para(b.title, { font: FONT_BOLD, size: 9, gap: 3 });
    if (!b.groups && b.rows.length === 0) return this.para(b.empty, { size: 8.5, color: INK.muted, gap: 6 });
    const n = b.columns.length;
    // The first column (dates, accounts) gets twice the room of the others.
    const unit = this.width / (n + 1);
    const widths = b.columns.map((_, i) => (i === 0 ? unit * 2 : unit));
    const row = (cells: string[], font: string, color: string) => {
      const texts = cells.map((c) => this.fit(c, font, 200));
      d.font(font).fontSize(7.5);
      const h =
        Math.max(...texts.map((t, i) => d.heightOfString(t, { width: (widths[i] as number) - 6 }))) + 5;
      this.ensure(h);
      const y = d.y;
      let x = this.left;
      texts.forEach((t, i) => {
        const cw = widths[i] as number;
        d.fillColor(color).text(t, x + 3, y + 2.5, {
          width: cw - 6,
          align: b.columns[i]?.numeric ? "right" : "left",
        });
        x += cw;
      });
      d.strokeColor(INK.grid)
        .lineWidth(0.5)
        .moveTo(this.left, y + h)
        .lineTo(this.left + this.width, y + h)
        .stroke();
      d.y = y + h;
    };
    row(
      b.columns.map((c) => c.label),
      FONT_BOLD,
      INK.muted,
    );
    if (b.groups)
      for (const g of b.groups) {
        this.ensure(24);
        this.para(g.note ? `${g.label} ${g.note}` : g.label, {
          font: FONT_BOLD,
          size: 8,
          gap: 1,
          x: this.left + 3,
        });
        if (g.rows.length === 0)
          this.para(g.empty, { size: 7.5, color: INK.muted, gap: 2, x: this.left + 3 });
        for (const r of g.rows) row(r.map(cellText), FONT_REGULAR, INK.text);
      }
    else for (const r of b.rows) row(r.map(cellText), FONT_REGULAR, INK.text);
    d.y += 8;
  }
}
