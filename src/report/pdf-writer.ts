// The one PDF writer the report and the contract share (pdfkit, A4, DejaVu Sans through
// pdf-fonts.ts): the document opened with both fonts registered and its bytes collected,
// text fitted to what the font can show and cut to a length, the page break before a
// block that would not fit, paragraphs, a rule, and "page i of n" footers. Each document
// extends it with its own blocks (render-report-pdf.ts, contract/render-contract-pdf.ts)
// and passes its margins, inks and paragraph defaults, so both keep their exact bytes.
import PDFDocument from "pdfkit";
import { clip, FONT_BOLD, FONT_REGULAR, fitToFont, fontFiles, glyphTest } from "./pdf-fonts.js";

export interface PdfMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface WriterStyle {
  margins: PdfMargins;
  ink: { text: string; muted: string; border: string };
  /** Longest text a paragraph prints unless it says otherwise. */
  maxChars: number;
  /** A paragraph's font size and the space under it, unless it says otherwise. */
  size: number;
  gap: number;
  /**
   * How much of a paragraph must fit below the cursor before it starts, else a new page:
   * `two-lines` (cheap: measuring whole paragraphs doubled the contract's layout work) or
   * `height` (the paragraph's height, at most 60 points).
   */
  keep: "two-lines" | "height";
}

export interface ParaOptions {
  font?: string;
  size?: number;
  color?: string;
  x?: number;
  width?: number;
  gap?: number;
  max?: number;
}

/** A new A4 document with both fonts registered, and the promise of its bytes once ended. */
export function openPdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const fonts = fontFiles();
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  return { doc, bytes };
}

export class PdfWriter {
  private readonly has: Record<string, (cp: number) => boolean>;
  readonly left: number;
  readonly width: number;

  constructor(
    protected readonly doc: PDFKit.PDFDocument,
    protected readonly style: WriterStyle,
  ) {
    this.has = { [FONT_REGULAR]: glyphTest(doc, FONT_REGULAR), [FONT_BOLD]: glyphTest(doc, FONT_BOLD) };
    this.left = style.margins.left;
    this.width = doc.page.width - style.margins.left - style.margins.right;
  }

  /** Text the font can show (see pdf-fonts.ts), cut to `max` characters. */
  fit(text: string, font: string, max = this.style.maxChars): string {
    return clip(fitToFont(text, this.has[font] ?? (() => true)), max);
  }

  protected get bottom() {
    return this.doc.page.height - this.style.margins.bottom;
  }

  /** A new page unless `height` points fit below the cursor. */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Writes a paragraph at the left margin (or x) and moves the cursor under it. */
  para(text: string, o: ParaOptions = {}) {
    const font = o.font ?? FONT_REGULAR;
    const x = o.x ?? this.left;
    const width = o.width ?? this.width - (x - this.left);
    const t = this.fit(text, font, o.max);
    this.doc.font(font).fontSize(o.size ?? this.style.size);
    this.ensure(
      this.style.keep === "two-lines"
        ? 2 * this.doc.currentLineHeight(true)
        : Math.min(this.doc.heightOfString(t, { width }), 60),
    );
    this.doc.fillColor(o.color ?? this.style.ink.text).text(t, x, this.doc.y, { width, lineGap: 1.5 });
    this.doc.y += o.gap ?? this.style.gap;
  }

  /** A thin line across the text's width, and 10 points under it. */
  rule() {
    const d = this.doc;
    d.strokeColor(this.style.ink.border)
      .lineWidth(0.75)
      .moveTo(this.left, d.y)
      .lineTo(this.left + this.width, d.y)
      .stroke();
    d.y += 10;
  }

  /** `label` and "Page i of n" on every page, below the bottom margin; over a line if `ruled`. */
  footers(label: string, o: { maxChars: number; ruled: boolean }) {
    const d = this.doc;
    const range = d.bufferedPageRange();
    const text = this.fit(label, FONT_REGULAR, o.maxChars);
    for (let i = range.start; i < range.start + range.count; i++) {
      d.switchToPage(i);
      // Text below the bottom margin would open a new page: lift the margin while writing.
      const saved = d.page.margins.bottom;
      d.page.margins.bottom = 0;
      const y = d.page.height - 38;
      if (o.ruled)
        d.strokeColor(this.style.ink.border)
          .lineWidth(0.5)
          .moveTo(this.left, y - 6)
          .lineTo(this.left + this.width, y - 6)
          .stroke();
      d.font(FONT_REGULAR).fontSize(7).fillColor(this.style.ink.muted);
      d.text(text, this.left, y, { width: this.width - 80, lineBreak: false });
      d.text(`Page ${i + 1 - range.start} of ${range.count}`, this.left + this.width - 80, y, {
        width: 80,
        align: "right",
        lineBreak: false,
      });
      d.page.margins.bottom = saved;
    }
  }
}
