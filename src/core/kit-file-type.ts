// What an uploaded media-kit file really is, read from its first bytes (its
// "magic number"), never from its name or the browser's Content-Type: both are
// the sender's word. Only insight screenshots (PNG, JPEG, WebP) and PDF kits are
// kept; anything else is null and refused.

export const KIT_FILE_TYPES = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "application/pdf": "PDF",
} as const;
export type KitFileMime = keyof typeof KIT_FILE_TYPES;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

export function kitFileType(bytes: Uint8Array): KitFileMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}
