// Reads a PDF back with poppler-utils (installed by test/global-setup.ts through
// scripts/ensure-debian-package.sh): an extractor independent of pdfkit, which wrote it. Text
// comes back as pdftotext prints it (reading order, UTF-8); pages render to PNG.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Report PDFs and their first pages as PNG, kept as test artefacts (test-artifacts/ is git-ignored). */
export const REPORT_ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/reports", import.meta.url));

/** Saves the PDF under test-artifacts/reports/<name>.pdf and returns its path. */
export function savePdf(name: string, pdf: Buffer | Uint8Array): string {
  mkdirSync(REPORT_ARTIFACTS, { recursive: true });
  const path = join(REPORT_ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/**
 * The PDF's text in the order it was drawn (pdftotext -raw: a card's label, value and note
 * stay together instead of being read across a row of cards), pages in order, whitespace
 * runs as single spaces.
 */
export function pdfText(path: string): string {
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return text.replace(/\s+/g, " ");
}

/** pdfinfo's fields: Title, Author, Pages, Page size… */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-enc", "UTF-8", path], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

/** Renders page 1 at 50 dpi next to the PDF (<name>-1.png) and returns the PNG's bytes. */
export function renderFirstPage(pdfPath: string): Buffer {
  const prefix = pdfPath.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix]);
  return readFileSync(`${prefix}.png`);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
