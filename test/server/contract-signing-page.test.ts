// The review page accepts with the server's certificate (AppDeps.pdfSigner, which
// main.ts loads from VOUCH_SIGNING_P12), in-process on PGlite and PostgreSQL: the PDF
// both sides download afterwards carries a signature pdfsig finds valid over the whole
// file, and the verify route knows those signed bytes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfSigner } from "../../src/contract/pdf-signer.js";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { signingSetting } from "../../src/server/signing-setting.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  type App,
  bearer,
  call,
  createToken,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";
import { makeTestP12, pdfsig, SEAL_NAME } from "../helpers/signing-cert.js";

const PASS = "page seal passphrase";
let dir: string;
let signer: PdfSigner;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vouch-signing-page-"));
  const env = { VOUCH_SIGNING_P12: makeTestP12(dir, PASS), VOUCH_SIGNING_PASSPHRASE: PASS };
  signer = (await signingSetting(env, new Date())) as PdfSigner;
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(DATABASE_KINDS)("accepting on the review page with a certificate on %s", (kind) => {
  let s: TestServer;
  let app: App;
  let member: string;
  beforeAll(async () => {
    s = await openTestServer(kind);
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        pdfSigner: signer,
      },
      registerPages,
    );
    const ws = await signUpWorkspace(s, "Crumb & Co");
    member = (await createToken(s, ws, "member")).token;
    expect(
      (await upload(s.app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT })).status,
    ).toBe(201);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("stores and hands out the signed PDF", async () => {
    const creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
    const campaign = await call(s.app, "POST", "/api/v1/campaigns", bearer(member), {
      name: "Spring bake",
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      currency: "EUR",
      goal: "sell",
      kpis: [],
      landingUrl: "https://example.com/spring",
    });
    const p = await call(
      s.app,
      "POST",
      `/api/v1/campaigns/${campaign.body.id}/partnerships`,
      bearer(member),
      {
        creatorId,
      },
    );
    const base = `/api/v1/partnerships/${p.body.id}/contract`;
    expect(
      (await call(s.app, "POST", `${base}/versions`, bearer(member), { terms: springTerms() })).status,
    ).toBe(201);
    const token = (await call(s.app, "POST", `${base}/links`, bearer(member), { expiresInDays: 7 })).body
      .token;
    const accepted = await app.request(`/contract/${token}/accept`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", fullName: "Tina Baker", consent: "yes" }).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
        accept: "text/html",
      },
    });
    expect(accepted.status).toBe(303);

    const pdf = new Uint8Array(
      await (await app.request(`${base}/versions/1/pdf`, { headers: bearer(member) })).arrayBuffer(),
    );
    const report = pdfsig(dir, `page-${kind}.pdf`, pdf);
    expect(report).toContain(`- Signer Certificate Common Name: ${SEAL_NAME}`);
    expect(report).toContain("- Signature Validation: Signature is Valid.");
    expect(report).toContain("- Total document signed");
    const verdict = await app.request("/api/v1/contracts/verify", {
      method: "POST",
      body: pdf,
      headers: { ...bearer(member), "content-type": "application/pdf" },
    });
    expect(((await verdict.json()) as { match: { copy: string } | null }).match?.copy).toBe("accepted");
    const trail = await s.d.db
      .selectFrom("contract_trail")
      .select("detail")
      .where("kind", "=", "accepted")
      .executeTakeFirstOrThrow();
    expect(trail.detail).toMatchObject({ signedBy: SEAL_NAME });
  });
});
