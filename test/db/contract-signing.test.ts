// PKCS#12 signing of accepted contracts (issue 15), on every database. The test makes its
// own certificate with Debian's openssl in a temporary folder, accepts a contract with
// the signer the server would load from VOUCH_SIGNING_P12 and VOUCH_SIGNING_PASSPHRASE,
// and reads the stored PDF with poppler's pdfsig (independent of the library that
// signed): the signature is valid and covers the whole file; a copy with one byte
// changed inside the signed range is reported invalid. The stored SHA-256 is of the
// signed bytes, so the verify check finds it; one signer signs every acceptance. Without the variables nothing is signed; a
// wrong path or passphrase names its variable before anything starts.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/contract/pdf-hash.js";
import type { PdfSigner } from "../../src/contract/pdf-signer.js";
import { signingSetting } from "../../src/server/signing-setting.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { getContractVersion } from "../../src/services/contracts/get-contract-version.js";
import { verifyContractPdf } from "../../src/services/contracts/verify-contract-pdf.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { issuedContract } from "../helpers/issued-contract.js";
import { makeTestP12, pdfsig as pdfsigReport } from "../helpers/signing-cert.js";

const NOW = Date.parse("2027-02-01T09:30:00.000Z");
const VISITOR = { ipHash: null, userAgent: null };
const PASS = "correct seal passphrase";

let dir: string;
let p12: string;

const pdfsig = (bytes: Uint8Array, name: string) => pdfsigReport(dir, name, bytes);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vouch-signing-"));
  p12 = makeTestP12(dir, PASS);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the signing settings", () => {
  const at = new Date(NOW);
  const refusal = (env: Record<string, string>) =>
    signingSetting(env, at).then(
      () => "accepted",
      (e: Error) => e.message,
    );

  it("signs nothing without them, and names the variable that is wrong", async () => {
    expect(await signingSetting({}, at)).toBeNull();
    expect(await refusal({ VOUCH_SIGNING_P12: join(dir, "none.p12"), VOUCH_SIGNING_PASSPHRASE: PASS })).toBe(
      `VOUCH_SIGNING_P12: cannot read ${join(dir, "none.p12")} (ENOENT)`,
    );
    expect(await refusal({ VOUCH_SIGNING_P12: p12, VOUCH_SIGNING_PASSPHRASE: "wrong" })).toBe(
      `VOUCH_SIGNING_PASSPHRASE: does not open ${p12}: wrong passphrase`,
    );
    expect(await refusal({ VOUCH_SIGNING_P12: p12 })).toBe(
      `VOUCH_SIGNING_PASSPHRASE: does not open ${p12}: wrong passphrase`,
    );
    expect(await refusal({ VOUCH_SIGNING_PASSPHRASE: PASS })).toMatch(/^VOUCH_SIGNING_P12: not set/);
    expect(
      await refusal({ VOUCH_SIGNING_P12: join(dir, "cert.pem"), VOUCH_SIGNING_PASSPHRASE: PASS }),
    ).toMatch(/^VOUCH_SIGNING_P12: .*cert\.pem is not a PKCS#12 file/);
    // Outside the certificate's validity (made today, for 3650 days): refused at start.
    expect(
      await signingSetting(
        { VOUCH_SIGNING_P12: p12, VOUCH_SIGNING_PASSPHRASE: PASS },
        new Date("2050-01-01"),
      ).then(
        () => "accepted",
        (e: Error) => e.message,
      ),
    ).toMatch(/^VOUCH_SIGNING_P12: the certificate in .* is valid from .* to .*, not now$/);
    const signer = await signingSetting({ VOUCH_SIGNING_P12: p12, VOUCH_SIGNING_PASSPHRASE: PASS }, at);
    expect(signer?.name).toBe("Crumb and Co contracts");
  });
});

describe.each(DATABASE_KINDS)("accepting a contract with a certificate on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let signer: PdfSigner;

  async function accept(name: string, withSigner: PdfSigner | null): Promise<Buffer> {
    const { partnership, token } = await issuedContract(d.db, ws, name, springTerms(), NOW);
    const done = await acceptContractVersion(
      d.db,
      token,
      { version: 1, fullName: "Tina Bäker", consent: true },
      VISITOR,
      NOW + 1000,
      withSigner,
    );
    expect(done.signedBy).toBe(withSigner ? "Crumb and Co contracts" : null);
    const v = await getContractVersion(d.db, ws, partnership, 1);
    expect(sha256Hex(v.pdf)).toBe(done.acceptedPdfSha256);
    return v.pdf;
  }

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
    signer = (await signingSetting(
      { VOUCH_SIGNING_P12: p12, VOUCH_SIGNING_PASSPHRASE: PASS },
      new Date(NOW),
    )) as PdfSigner;
  });
  afterAll(async () => {
    await d?.close();
  });

  it("stores the signed PDF: pdfsig finds it valid over the whole file, and a changed byte invalid", async () => {
    const pdf = await accept("Signed", signer);
    const report = pdfsig(pdf, `signed-${kind}.pdf`);
    expect(report).toContain("Signature #1:");
    expect(report).toContain("- Signer Certificate Common Name: Crumb and Co contracts");
    expect(report).toContain("- Signature Validation: Signature is Valid.");
    expect(report).toContain("- Total document signed");
    expect(report).toContain("- Signature Type: ETSI.CAdES.detached");
    // The signed ranges: everything but the signature's own hex string.
    const ranges = /\[(\d+) - (\d+)\], \[(\d+) - (\d+)\]/.exec(report)?.slice(1).map(Number);
    expect(ranges?.[0]).toBe(0);
    expect(ranges?.[3]).toBe(pdf.length);
    // PAdES baseline B-B, read back by openssl: the CMS's signed attributes reference the
    // certificate (signing-certificate-v2) and carry no signing-time; it verifies over the
    // signed ranges' bytes.
    const contents = /\/Contents <([0-9a-fA-F]+)>/.exec(pdf.toString("latin1"))?.[1] ?? "";
    const cms = Buffer.from(contents, "hex");
    const cmsPath = join(dir, `sig-${kind}.der`);
    writeFileSync(cmsPath, cms.subarray(0, 4 + cms.readUInt16BE(2))); // 30 82 <length>: the rest is padding
    const printed = execFileSync("openssl", ["cms", "-cmsout", "-print", "-inform", "DER", "-in", cmsPath], {
      encoding: "utf8",
    });
    expect(printed).toContain("id-smime-aa-signingCertificateV2");
    expect(printed).toContain("messageDigest");
    expect(printed).not.toContain("signingTime");
    const signedPath = join(dir, `signed-${kind}.bin`);
    const [a0, a1, b0, b1] = ranges ?? [];
    writeFileSync(signedPath, Buffer.concat([pdf.subarray(a0, a1), pdf.subarray(b0, b1)]));
    const verified = spawnSync(
      "openssl",
      ["cms", "-verify", "-inform", "DER", "-in", cmsPath].concat([
        "-content",
        signedPath,
        "-binary",
        "-noverify",
        "-purpose",
        "any",
        "-out",
        "/dev/null",
      ]),
      { encoding: "utf8" },
    );
    expect(verified.stderr).toContain("Verification successful");
    // The verify check knows the signed bytes.
    expect((await verifyContractPdf(d.db, ws, pdf)).match).toMatchObject({ copy: "accepted" });

    // One byte of the first page's content stream, inside the first signed range.
    const at = pdf.indexOf("stream\n") + 20;
    expect(at).toBeLessThan(ranges?.[1] ?? 0);
    const changed = Buffer.from(pdf);
    changed[at] = (changed[at] as number) ^ 0x01;
    const bad = pdfsig(changed, `changed-${kind}.pdf`);
    expect(bad).not.toContain("Signature is Valid.");
    expect(bad).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    expect((await verifyContractPdf(d.db, ws, changed)).match).toBeNull();
  });

  it("signs every acceptance with the one signer the server loaded, not the first only", async () => {
    // @signpdf's own P12 signer could sign once only (node-forge consumed its buffer).
    const again = await accept("Signed again", signer);
    expect(pdfsig(again, `again-${kind}.pdf`)).toContain("- Signature Validation: Signature is Valid.");
  });

  it("without a certificate accepts as before: no signature in the file", async () => {
    const pdf = await accept("Unsigned", null);
    expect(pdf.includes("/ByteRange")).toBe(false);
    expect(pdfsig(pdf, `unsigned-${kind}.pdf`)).toContain("does not contain any signatures");
  });
});
