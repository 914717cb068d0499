// The CMS signature a PAdES baseline signature (ETSI EN 319 142-1, B-B level) needs:
// detached SHA-256 with RSA, signed attributes content-type, message-digest and the ESS
// signing-certificate-v2 (the hash of the signer's certificate, so the certificate
// cannot be swapped), and no signing-time attribute (the time is the signature
// dictionary's /M). @signpdf/signer-p12 writes signing-time and no certificate
// reference, and node-forge's PKCS#7 writer takes no other attributes, so the CMS is
// put together here from node-forge's ASN.1 and signed with node:crypto.
import { createHash, createPrivateKey, sign } from "node:crypto";
import { Signer } from "@signpdf/utils";
import forge from "node-forge";

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const OIDS = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
};

const oid = (id: string) => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, items);
const octets = (bytes: Buffer) => asn1.create(U, T.OCTETSTRING, false, bytes.toString("binary"));
const int = (bytes: string) => asn1.create(U, T.INTEGER, false, bytes);
const tagged0 = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, items);
const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), "binary");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest();
const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);

export class CadesSigner extends Signer {
  private readonly keyPem: string;

  /** `certificate` is the key's own; `chain` every certificate to carry, it first. */
  constructor(
    key: forge.pki.rsa.PrivateKey,
    private readonly certificate: forge.pki.Certificate,
    private readonly chain: forge.pki.Certificate[],
  ) {
    super();
    this.keyPem = forge.pki.privateKeyToPem(key);
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    const cert = forge.pki.certificateToAsn1(this.certificate);
    // Sorted as DER sorts a SET OF: the encodings grow in length in this order.
    const attributes = [
      attribute(OIDS.contentType, oid(OIDS.data)),
      attribute(OIDS.messageDigest, octets(sha256(pdf))),
      // SigningCertificateV2 { certs: [ESSCertIDv2 { certHash }] }, hash algorithm SHA-256 by default.
      attribute(OIDS.signingCertificateV2, seq([seq([seq([octets(sha256(der(cert)))])])])),
    ];
    // The signature covers the attributes as a SET (RFC 5652, 5.4), stored as [0].
    const signature = sign("sha256", der(set(attributes)), createPrivateKey(this.keyPem));
    const signerInfo = seq([
      int("\x01"),
      seq([forge.pki.distinguishedNameToAsn1(this.certificate.issuer), int(serialBytes(this.certificate))]),
      seq([oid(OIDS.sha256)]),
      tagged0(attributes),
      seq([oid(OIDS.rsaEncryption), asn1.create(U, T.NULL, false, "")]),
      octets(signature),
    ]);
    const signedData = seq([
      int("\x01"),
      set([seq([oid(OIDS.sha256)])]),
      seq([oid(OIDS.data)]),
      tagged0(this.chain.map((c) => forge.pki.certificateToAsn1(c))),
      set([signerInfo]),
    ]);
    return der(seq([oid(OIDS.signedData), tagged0([signedData])]));
  }
}

/** The serial number as the INTEGER's content octets (node-forge keeps them as hex). */
function serialBytes(c: forge.pki.Certificate): string {
  const bytes = forge.util.hexToBytes(c.serialNumber);
  return bytes.charCodeAt(0) >= 0x80 ? `\x00${bytes}` : bytes;
}
