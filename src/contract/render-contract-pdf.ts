// The contract document as a PDF (pdfkit, as the report: A4, DejaVu Sans embedded through
// report/pdf-fonts.ts, so any name or term the font cannot show never breaks the file).
// Terms are drawn as label, value and clause; each deliverable as a card of its facts.
// At acceptance a certificate page is appended (version, who accepted, when, the trail's
// head hash and the issued PDF's hash). The document's dates come from the version, not
// the clock, so a version renders to the same text every time. The page machinery (fonts,
// fitting, page breaks, paragraphs, footers) is the report's writer, report/pdf-writer.ts.
import { FONT_BOLD } from "../report/pdf-fonts.js";
import { openPdf, PdfWriter, type WriterStyle } from "../report/pdf-writer.js";
import type { AcceptanceCertificate, ContractBlock, ContractDocument } from "./contract-types.js";
import { versionWords } from "./render-contract-html.js";

const MARGIN = { top: 56, bottom: 58, left: 56, right: 56 };
const INK = { text: "#1d2530", muted: "#4a5563", accent: "#0a4fb3", border: "#c9d0d8", panel: "#f4f6f8" };
const STYLE: WriterStyle = { margins: MARGIN, ink: INK, maxChars: 4000, size: 10, gap: 3, keep: "two-lines" };

export interface ContractPdfOptions {
  /** Appends the certificate page (the accepted copy). */
  certificate?: AcceptanceCertificate & { issuedSha256: string };
}

export async function renderContractPdf(doc: ContractDocument, o: ContractPdfOptions = {}): Promise<Buffer> {
  const when = new Date(doc.version?.issuedAt ?? `${doc.from}T00:00:00Z`);
  const { doc: pdf, bytes } = openPdf({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: `${doc.title} (${versionWords(doc)})`,
      Author: doc.workspaceName,
      Subject: `Between ${doc.workspaceName} and @${doc.creatorHandle}`,
      Creator: "Vouch",
      CreationDate: when,
      ModDate: when,
    },
  });
  const w = new ContractWriter(pdf, STYLE);
  w.head(doc);
  for (const s of doc.sections) {
    w.ensure(60);
    w.para(s.title, { font: FONT_BOLD, size: 13, gap: 6 });
    for (const b of s.blocks) w.block(b);
    pdf.y += 6;
  }
  if (o.certificate) w.certificate(doc, o.certificate);
  w.footers(`${doc.title} · ${versionWords(doc)}`, { maxChars: 100, ruled: false });
  pdf.end();
  return bytes;
}

/** The contract's own blocks: its head, terms, deliverable cards and the certificate page. */
class ContractWriter extends PdfWriter {
  head(doc: ContractDocument) {
    this.doc.y = MARGIN.top;
    this.para("PARTNERSHIP AGREEMENT", { font: FONT_BOLD, size: 8, color: INK.accent, gap: 2 });
    this.para(doc.campaignName, { font: FONT_BOLD, size: 20, gap: 4, max: 200 });
    this.para(`Between ${doc.workspaceName} (the brand) and @${doc.creatorHandle} (the creator)`, {
      size: 11,
      color: INK.muted,
      gap: 2,
    });
    this.para(`${doc.from} to ${doc.to} · ${versionWords(doc)}`, { size: 9, color: INK.muted, gap: 8 });
    this.rule();
  }

  block(b: ContractBlock) {
    if (b.kind === "text") {
      this.para(b.text, { gap: 6 });
      return;
    }
    if (b.kind === "term") {
      this.ensure(36);
      this.para(b.label, { font: FONT_BOLD, size: 9.5, gap: 1 });
      this.para(b.value, { x: this.left + 10, gap: b.clause ? 1 : 6 });
      if (b.clause) this.para(b.clause, { x: this.left + 10, size: 8.5, color: INK.muted, gap: 6 });
      return;
    }
    this.ensure(40 + b.facts.length * 12);
    this.para(b.title, { font: FONT_BOLD, size: 10.5, gap: 3 });
    for (const f of b.facts) this.para(`${f.label}: ${f.value}`, { x: this.left + 10, size: 9, gap: 1.5 });
    this.doc.y += 6;
  }

  certificate(doc: ContractDocument, c: NonNullable<ContractPdfOptions["certificate"]>) {
    this.doc.addPage();
    this.para("CERTIFICATE OF ACCEPTANCE", { font: FONT_BOLD, size: 8, color: INK.accent, gap: 4 });
    this.para(doc.title, { font: FONT_BOLD, size: 16, gap: 8 });
    this.rule();
    const lines: [string, string][] = [
      ["Version", versionWords(doc)],
      ["Accepted by", c.acceptedBy],
      ["Accepted at", c.acceptedAt],
      ["Creator", `@${doc.creatorHandle}`],
      ["Brand", doc.workspaceName],
      ["Signed as", "Simple electronic signature: the full name typed after explicit consent (ESIGN, eIDAS)"],
      ["SHA-256 of the issued version", c.issuedSha256],
      ["Contract trail head (SHA-256)", c.trailHead],
    ];
    for (const [label, value] of lines) {
      this.para(label, { font: FONT_BOLD, size: 9.5, gap: 1 });
      this.para(value, { x: this.left + 10, size: 9.5, gap: 6 });
    }
    this.para(
      "The SHA-256 of this file is stored with the version at acceptance: vouch contract verify and the upload form say whether a copy is this one, unchanged.",
      { size: 8.5, color: INK.muted },
    );
  }
}
