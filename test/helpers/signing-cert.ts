// A PKCS#12 file made for a test with Debian's openssl (installed by test/global-setup.ts):
// a self-signed RSA 2048 certificate for ten years, exported with OpenSSL 3's defaults
// (AES-256, a SHA-256 MAC), as a user's openssl makes one today. And pdfsig's report of
// a file (poppler-utils), read whatever its exit code.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const SEAL_NAME = "Crumb and Co contracts";

/** Writes key.pem, cert.pem and seal.p12 into `dir`; returns seal.p12's path. */
export function makeTestP12(dir: string, passphrase: string): string {
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  run(
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem"].concat([
      "-days",
      "3650",
      "-subj",
      `/CN=${SEAL_NAME}`,
    ]),
  );
  run([
    "pkcs12",
    "-export",
    "-inkey",
    "key.pem",
    "-in",
    "cert.pem",
    "-out",
    "seal.p12",
    "-passout",
    `pass:${passphrase}`,
  ]);
  return join(dir, "seal.p12");
}

/** pdfsig's report of `bytes`, written to `dir`/`name` first. */
export function pdfsig(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const r = spawnSync("pdfsig", [path], { encoding: "utf8" });
  return `${r.stdout}${r.stderr}`;
}
