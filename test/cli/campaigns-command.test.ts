// `vouch campaigns …` in-process, on PGlite (a data folder) and PostgreSQL: create from
// a JSON file (the API's body; a bad file names itself and the field, and stores
// nothing), list, show, add a creator by handle, move the partnership on (a move the deal
// cannot make names the ones it can), its timeline, and the trail check. csv_cook is
// imported from fixtures/csv without an audit.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const SPRING = {
  name: "Spring launch",
  startsOn: "2027-03-01",
  endsOn: "2027-04-30",
  budget: 250000,
  currency: "EUR",
  goal: "sell",
  kpis: [{ metric: "sales", target: 120 }],
  landingUrl: "https://shop.example/spring",
  products: ["Trail mix", "Granola"],
};

describe.each(DATABASE_KINDS)("vouch campaigns on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let dir: string;
  const ok = async (...argv: string[]) => {
    const r = await cli(argv, env);
    expect(r.stderr, argv.join(" ")).toBe("");
    expect(r.code, argv.join(" ")).toBe(0);
    return r.stdout;
  };
  const file = (name: string, body: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === "string" ? body : JSON.stringify(body));
    return path;
  };

  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    dir = mkdtempSync(join(tmpdir(), "vouch-campaigns-"));
    await ok(
      "import",
      ...["posts", "comments", "followers", "profile"].map((n) => `${FIXTURES}/csv/${n}.csv`),
      "--account",
      "instagram:csv_cook",
      "--no-audit",
    );
  });
  afterAll(async () => {
    await cleanup?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a bad file, naming it and the field, and stores nothing", async () => {
    expect(await cli(["campaigns", "create", file("broken.json", "{")], env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^vouch: broken\.json: not valid JSON \(/),
    });
    expect(
      await cli(["campaigns", "create", file("backwards.json", { ...SPRING, endsOn: "2027-02-01" })], env),
    ).toEqual({
      code: 1,
      stdout: "",
      stderr: "vouch: backwards.json: endsOn: ends (2027-02-01) before it starts (2027-03-01)\n",
    });
    expect(
      await cli(["campaigns", "create", file("no-landing.json", { ...SPRING, landingUrl: null })], env),
    ).toEqual({
      code: 1,
      stdout: "",
      stderr: 'vouch: no-landing.json: landingUrl: the goal "sell" counts clicks: give the landing page\n',
    });
    expect(await ok("campaigns", "list")).toBe("No campaigns yet: vouch campaigns create <json-file>\n");
  });

  it("creates, adds a creator, moves the partnership on and shows it all", async () => {
    // The goal "sell" asks for a link and a code (core/campaign.ts).
    expect(await ok("campaigns", "create", file("spring.json", SPRING))).toBe(
      'created campaign "Spring launch" (id 1); its call to action: link, code\n',
    );
    expect(await ok("campaigns", "add", "1", "instagram:csv_cook")).toBe(
      "partnership 1: instagram:csv_cook in campaign 1, proposed\n",
    );
    expect(await cli(["campaigns", "add", "1", "instagram:csv_cook"], env)).toMatchObject({ code: 1 });
    expect(await ok("campaigns", "status", "1", "negotiating", "--note", "asked for a higher fee")).toBe(
      "partnership 1 is negotiating; it can become contract_sent, cancelled\n",
    );
    expect(await cli(["campaigns", "status", "1", "live"], env)).toEqual({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(/^vouch: .*negotiating.*contract_sent, cancelled/),
    });
    expect(await cli(["campaigns", "status", "x1", "live"], env)).toEqual({
      code: 1,
      stdout: "",
      stderr: 'vouch: partnership: "x1" is not an id (a whole number from 1)\n',
    });

    const shown = await ok("campaigns", "show", "1");
    expect(shown).toContain("Spring launch (campaign 1)\n  dates:          2027-03-01 to 2027-04-30\n");
    expect(shown).toContain("  targets:        120 sales\n");
    expect(shown).toContain("  call to action: link, code\n");
    // 250,000 cents of EUR.
    expect(shown).toContain("  budget:         2,500.00 EUR\n");
    expect(shown).toMatch(/\n1 +instagram:csv_cook +negotiating +\d{4}-/);
    expect(JSON.parse(await ok("campaigns", "show", "1", "--json")).partnerships).toEqual([
      expect.objectContaining({ id: 1, account: "instagram:csv_cook", status: "negotiating" }),
    ]);
    expect(await ok("campaigns", "list")).toMatch(
      /^id +name +goal +dates +partnerships\n1 +Spring launch +sell +2027-03-01 to 2027-04-30 +1 negotiating\n$/,
    );

    const timeline = JSON.parse(await ok("campaigns", "timeline", "1", "--json"));
    expect(
      timeline.map((e: { from: string | null; to: string; actor: string; note: string | null }) => [
        e.from,
        e.to,
        e.actor,
        e.note,
      ]),
    ).toEqual([
      [null, "proposed", "command line", null],
      ["proposed", "negotiating", "command line", "asked for a higher fee"],
    ]);
    expect(await ok("campaigns", "verify-trail", "1")).toBe(
      "the trail of partnership 1 is whole: 0 entries\n",
    );
    expect(await cli(["campaigns", "show", "99"], env)).toEqual({
      code: 1,
      stdout: "",
      stderr: "vouch: no campaign 99\n",
    });
  });
});
