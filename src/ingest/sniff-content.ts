// What a file holds when its name does not say: some exports carry no extension, or one of
// their own (a public research set stores Instaloader's post JSON as `*.info`). The first
// bytes decide: xz's magic number, JSON's opening bracket, or a CSV header that names one
// of Vouch's kinds of file (csv-schemas.ts). Anything else is unknown, and the caller
// refuses it naming the file. Only the start of the file is read here.
import { csvKindOf } from "./csv-schemas.js";

export type SniffedKind = "json" | "json.xz" | "csv";

/** What the start of a file shows beyond the kinds Vouch reads, for a clear refusal. */
export type UnknownContent = "zip" | "binary" | "text";

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A header line longer than this is no Vouch CSV header (17 short column names at most). */
const MAX_HEADER_CHARS = 4096;

export function sniffContent(bytes: Uint8Array): SniffedKind | UnknownContent {
  if (startsWith(bytes, XZ_MAGIC)) return "json.xz";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, MAX_HEADER_CHARS));
  if (head.includes("\u0000") || head.includes("\ufffd")) return "binary";
  const text = head.replace(/^\ufeff/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return "json";
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes(",") && csvKindOf(headerNames(firstLine)) !== null) return "csv";
  return "text";
}

export function isSniffedKind(k: SniffedKind | UnknownContent): k is SniffedKind {
  return k === "json" || k === "json.xz" || k === "csv";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** A header line's names as csv-records.ts reads them: trimmed, lower case, quotes dropped. */
function headerNames(line: string): string[] {
  return line.split(",").map((c) => c.trim().replace(/^"|"$/g, "").trim().toLowerCase());
}
