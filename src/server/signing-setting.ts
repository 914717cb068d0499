// VOUCH_SIGNING_P12 and VOUCH_SIGNING_PASSPHRASE: the certificate accepted contracts are
// signed with, opened and checked when the server starts (main.ts), so a wrong path or
// passphrase stops the start with the variable's name instead of failing a creator's
// acceptance later. Neither set: contracts are accepted unsigned, as before, and the
// signing libraries are never loaded.
import type { PdfSigner } from "../contract/pdf-signer.js";
import { VouchError } from "../core/errors.js";

export async function signingSetting(
  env: Record<string, string | undefined>,
  now: Date,
): Promise<PdfSigner | null> {
  const path = env.VOUCH_SIGNING_P12?.trim();
  if (!path) {
    if (env.VOUCH_SIGNING_PASSPHRASE)
      throw new VouchError(
        "invalid_input",
        "VOUCH_SIGNING_P12: not set, though VOUCH_SIGNING_PASSPHRASE is; name the .p12 file to sign with",
        { field: "VOUCH_SIGNING_P12" },
      );
    return null;
  }
  const { loadPdfSigner } = await import("../contract/pdf-signer.js");
  return loadPdfSigner(path, env.VOUCH_SIGNING_PASSPHRASE ?? "", now);
}
