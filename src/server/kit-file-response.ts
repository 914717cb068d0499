// The answer that hands an uploaded media-kit file to the brand, for the page and
// the API alike: always a download (Content-Disposition: attachment) in its
// detected type, never sniffed into something else, never cached by a proxy. The
// file name is the creator's: ASCII-only in filename=, the exact name in filename*.
export function kitFileHeaders(file: { name: string; mime: string; size: number }): Record<string, string> {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": file.mime,
    "Content-Length": String(file.size),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
