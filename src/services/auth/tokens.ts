// Secret tokens for sessions, API tokens and invitation links: 20 random bytes
// in base32 with a readable prefix; only their SHA-256 is stored, so a database
// leak reveals no usable token (the approach of Lucia's and Oslo's guides).
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

export function newToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return `${prefix}_${encodeBase32LowerCaseNoPadding(bytes)}`;
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
