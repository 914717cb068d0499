// The digital signature over an accepted contract (issue 15), where a workspace has a
// certificate: a PAdES baseline signature (B-B, subFilter ETSI.CAdES.detached) from a
// PKCS#12 file. @signpdf adds the signature field and fills in the CMS over every byte
// but the signature itself; the CMS is cades-signer.ts's. The signature is the brand's
// seal on the file both sides keep; the creator's own signature stays the typed name and
// consent on the certificate page.
import { readFile } from "node:fs/promises";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { SignPdf } from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import forge from "node-forge";
import { VouchError } from "../core/errors.js";
import { CadesSigner } from "./cades-signer.js";

export interface PdfSigner {
  /** The certificate's subject common name, named in the signature. */
  readonly name: string;
  /** Its validity's end, ISO 8601. */
  readonly notAfter: string;
  sign(pdf: Buffer, at: Date, reason: string): Promise<Buffer>;
}

/**
 * Opens the PKCS#12 file once and checks it: readable, opened by the passphrase, holding
 * a private key with its certificate, valid at `now`. Every problem names the variable
 * to fix, so a server refuses to start rather than fail at the first acceptance.
 */
export async function loadPdfSigner(path: string, passphrase: string, now: Date): Promise<PdfSigner> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw setting("VOUCH_SIGNING_P12", `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString("binary")), false, passphrase);
  } catch (err) {
    const message = (err as Error).message;
    if (/MAC could not be verified|Invalid password/i.test(message))
      throw setting("VOUCH_SIGNING_PASSPHRASE", `does not open ${path}: wrong passphrase`);
    throw setting("VOUCH_SIGNING_P12", `${path} is not a PKCS#12 file (${message})`);
  }
  const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag as string;
  const certBag = forge.pki.oids.certBag as string;
  const key = p12.getBags({ bagType: keyBag })[keyBag]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  const certs: forge.pkcs12.Bag[] = p12.getBags({ bagType: certBag })[certBag] ?? [];
  const cert = certs
    .map((b) => b.cert)
    .find((c): c is forge.pki.Certificate => {
      const pub = c?.publicKey as forge.pki.rsa.PublicKey | undefined;
      return key !== undefined && pub?.n !== undefined && pub.n.compareTo(key.n) === 0;
    });
  if (!key || !cert)
    throw setting("VOUCH_SIGNING_P12", `${path} holds no RSA private key with its certificate`);
  const { notBefore, notAfter } = cert.validity;
  if (now < notBefore || now > notAfter)
    throw setting(
      "VOUCH_SIGNING_P12",
      `the certificate in ${path} is valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}, not now`,
    );
  const name = String(cert.subject.getField("CN")?.value ?? "Vouch");
  // A first signature, over a few bytes, proves the key signs and sizes the room the
  // file keeps for the signature: its certificates and a margin.
  const chain = [
    cert,
    ...certs.map((b) => b.cert).filter((c): c is forge.pki.Certificate => !!c && c !== cert),
  ];
  const signer = new CadesSigner(key, cert, chain);
  const probe = await signer.sign(Buffer.from("probe"));
  const signatureLength = probe.length + 1024;
  return {
    name,
    notAfter: notAfter.toISOString(),
    async sign(pdf, at, reason) {
      const withField = plainAddPlaceholder({
        pdfBuffer: pdf,
        reason,
        contactInfo: "",
        name,
        location: "",
        signingTime: at,
        signatureLength,
        subFilter: SUBFILTER_ETSI_CADES_DETACHED,
        appName: "Vouch",
      });
      return new SignPdf().sign(withField, signer, at);
    },
  };
}

function setting(variable: string, problem: string): VouchError {
  return new VouchError("invalid_input", `${variable}: ${problem}`, { field: variable });
}
