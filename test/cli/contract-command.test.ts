// `vouch contract render` and `vouch contract verify` in-process, on PGlite and PostgreSQL:
// a version issued and accepted through the services (the database opened, then closed for
// the CLI), written as its stored PDF (same SHA-256) and as HTML; verify names the version
// and its acceptance, and refuses with exit 1 a copy with one byte changed and a file it
// never issued. `vouch deliverables list` prints the accepted contract's pieces of content.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/contract/pdf-hash.js";
import { openDatabase } from "../../src/db/open-database.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { createContractLink } from "../../src/services/contracts/create-contract-link.js";
import { issueContractVersion } from "../../src/services/contracts/issue-contract-version.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { pdfText } from "../helpers/pdf.js";

const NOW = Date.parse("2027-02-01T09:30:00.000Z");
const ACTOR = { name: "ann@example.invalid", ipHash: null, userAgent: null };

describe.each(DATABASE_KINDS)("vouch contract on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let out: string;
  let partnership: number;
  let acceptedSha: string;
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    out = mkdtempSync(join(tmpdir(), "vouch-contract-cli-"));
    const d = await openDatabase(
      env.VOUCH_DATA ? { dataDir: env.VOUCH_DATA } : { databaseUrl: env.DATABASE_URL },
    );
    try {
      const ws = await localWorkspaceId(d.db);
      await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
      const creator = (await d.db.selectFrom("creators").select("id").executeTakeFirstOrThrow()).id;
      const campaign = await createCampaign(
        d.db,
        ws,
        null,
        {
          name: "Spring bake",
          startsOn: "2027-03-01",
          endsOn: "2027-03-31",
          currency: "EUR",
          goal: "sell",
          kpis: [{ metric: "sales", target: 200 }],
          landingUrl: "https://example.com/spring",
        },
        NOW,
      );
      partnership = (await addPartnership(d.db, ws, campaign.id, creator, "ann", NOW)).id;
      await issueContractVersion(d.db, ws, partnership, springTerms(), ACTOR, NOW);
      const link = await createContractLink(d.db, ws, partnership, null, ACTOR, {
        now: NOW,
        origin: "http://x",
      });
      acceptedSha = (
        await acceptContractVersion(
          d.db,
          link.token,
          { version: 1, fullName: "Tina Baker", consent: true },
          { ipHash: null, userAgent: null },
          NOW + 1000,
        )
      ).acceptedPdfSha256;
    } finally {
      await d.close();
    }
  });
  afterAll(async () => {
    await cleanup?.();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("renders the accepted version as its stored PDF and as HTML", async () => {
    const r = await cli(["contract", "render", String(partnership), "--pdf", out, "--html", out], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const pdf = readFileSync(join(out, `vouch-contract-${partnership}-v1.pdf`));
    expect(sha256Hex(pdf)).toBe(acceptedSha);
    expect(r.stdout).toContain(`version 1 (accepted), SHA-256 ${acceptedSha}`);
    expect(pdfText(join(out, `vouch-contract-${partnership}-v1.pdf`))).toContain("Accepted by Tina Baker");
    expect(readFileSync(join(out, `vouch-contract-${partnership}-v1.html`), "utf8")).toContain(
      "1,200.00 EUR",
    );
  });

  it("verifies the accepted PDF, and refuses a copy with one byte changed", async () => {
    const file = join(out, `vouch-contract-${partnership}-v1.pdf`);
    const ok = await cli(["contract", "verify", file], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      `partnership ${partnership}, version 1, the accepted copy; accepted by Tina Baker at`,
    );
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] as number) ^ 0x01;
    const changed = join(out, "changed.pdf");
    writeFileSync(changed, bytes);
    const bad = await cli(["contract", "verify", changed], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("not a contract this workspace issued, or changed since");
    const none = await cli(["contract", "render", "999", "--pdf", out], env);
    expect(none.code).toBe(1);
  });

  it("lists the accepted contract's deliverables, dates worked out by hand", async () => {
    const r = await cli(["deliverables", "list", "--partnership", String(partnership)], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // springTerms: 2 reels live by 5 March, up 90 days (26 + 30 + 31 + 3: 3 June); a story
    // of 3 frames live by 10 March, in a highlight 30 days (21 + 9: 9 April); a video live
    // by 20 March, up 365 days (2028 has 29 February: 19 March 2028).
    expect(r.stdout.split("\n").map((l) => l.split(/ {2,}/))).toEqual([
      ["#", "deliverable", "draft due", "live by", "up until", "highlight until", "disclosure", "status"],
      ["1", "instagram reel 1/2", "2027-03-01", "2027-03-05", "2027-06-03", "-", "#ad", "due"],
      ["2", "instagram reel 2/2", "2027-03-01", "2027-03-05", "2027-06-03", "-", "#ad", "due"],
      ["3", "instagram story 1/1, 3 frames", "-", "2027-03-10", "-", "2027-04-09", "#ad", "due"],
      ["4", "youtube video 1/1", "2027-03-15", "2027-03-20", "2028-03-19", "-", "#ad", "due"],
      [""],
    ]);
    const json = await cli(["deliverables", "list", "--partnership", String(partnership), "--json"], env);
    expect(JSON.parse(json.stdout).map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4]);
    const bad = await cli(["deliverables", "list", "--partnership", "x"], env);
    expect([bad.code, bad.stderr]).toEqual([
      1,
      'vouch: --partnership: "x" is not an id (a whole number from 1)\n',
    ]);
    expect((await cli(["deliverables", "list", "--partnership", "999"], env)).code).toBe(1);
  });

  it("checks the deliverables as of a day: the reels 7 days late, the story 2, the video due", async () => {
    // tiny_baker's imported posts are of 2026: none matches. Reels live by 5 March (over at
    // 6 March 00:00, 6 days before 12 March: the 7th day), the story by 10 March.
    const r = await cli(
      ["deliverables", "check", "--partnership", String(partnership), "--at", "2027-03-12T00:00:00Z"],
      env,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "checked 4 deliverables of 1 partnership: 3 late, 1 due",
        "  #1 instagram reel: Not posted: due on 2027-03-05, 7 days ago.",
        "  #2 instagram reel: Not posted: due on 2027-03-05, 7 days ago.",
        "  #3 instagram story: Not posted: due on 2027-03-10, 2 days ago.",
        "",
      ].join("\n"),
    );
    const listed = await cli(["deliverables", "list", "--partnership", String(partnership), "--json"], env);
    expect(JSON.parse(listed.stdout).map((d: { status: string }) => d.status)).toEqual([
      "late",
      "late",
      "late",
      "due",
    ]);
    const bad = await cli(["deliverables", "check", "--at", "yesterday"], env);
    expect([bad.code, bad.stderr]).toEqual([
      1,
      'vouch: --at: "yesterday" is not a time (e.g. 2027-03-12T09:00:00Z)\n',
    ]);
  });
});
