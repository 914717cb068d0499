// The one hash a contract's files are known by: SHA-256 of the exact bytes, in hex. The
// stored versions, the certificate page and `vouch contract verify` all use it.
import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
