// `vouch targets list|add` in-process, on PGlite (a data folder) and PostgreSQL: a file
// with two targets is stored in the workspace `local` and listed; a file with an
// unknown niche, a name already taken or broken JSON adds nothing and names the file,
// the entry and the field. `vouch creators --target` lists the creators against one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = "2026-11-01T12:00:00.000Z";

describe.each(DATABASE_KINDS)("vouch targets on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let dir: string;
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    dir = mkdtempSync(join(tmpdir(), "vouch-targets-"));
  });
  afterAll(async () => {
    await cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says so when there are no targets", async () => {
    expect(await cli(["targets", "list"], env)).toEqual({
      code: 0,
      stdout: "No brand targets yet: vouch targets add <json-file>\n",
      stderr: "",
    });
    expect(await cli(["targets", "list", "--json"], env)).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("adds the targets of a file and lists them", async () => {
    const path = file("targets.json", [
      {
        name: "DACH runners",
        countries: ["de", "AT"],
        ageBands: ["25-34"],
        gender: { female: 60, male: 40 },
        niches: ["fitness", "outdoors"],
        languages: ["de"],
      },
      { name: "Anyone" },
    ]);
    const added = await cli(["targets", "add", path], env);
    expect(added).toEqual({
      code: 0,
      stdout: 'added target "DACH runners" (id 1)\nadded target "Anyone" (id 2)\n',
      stderr: "",
    });

    const listed = await cli(["targets", "list"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(
      [
        "name          countries   ages   gender  income            niches  languages",
        "Anyone              any    any      any     any               any        any",
        "DACH runners      DE,AT  25-34  F60 M40     any  fitness,outdoors         de",
        "",
      ].join("\n"),
    );

    const json = await cli(["targets", "list", "--json"], env);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        id: 2,
        name: "Anyone",
        countries: [],
        cities: [],
        ageBands: [],
        gender: null,
        incomeBands: [],
        niches: [],
        languages: [],
        createdAt: NOW,
        updatedAt: NOW,
      },
      {
        id: 1,
        name: "DACH runners",
        countries: ["DE", "AT"],
        cities: [],
        ageBands: ["25-34"],
        gender: { female: 60, male: 40 },
        incomeBands: [],
        niches: ["fitness", "outdoors"],
        languages: ["de"],
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
  });

  it("adds one target given as an object, with --json", async () => {
    const r = await cli(
      ["targets", "add", file("one.json", { name: "Gamers", niches: ["gaming"] }), "--json"],
      env,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ id: 3, name: "Gamers", niches: ["gaming"] }),
    ]);
  });

  it("refuses a bad file, adding none of its targets", async () => {
    const niche = await cli(
      [
        "targets",
        "add",
        file("bad-niche.json", [{ name: "Fine" }, { name: "Crafters", niches: ["knitting"] }]),
      ],
      env,
    );
    expect(niche.code).toBe(1);
    expect(niche.stdout).toBe("");
    expect(niche.stderr).toMatch(
      /^vouch: bad-niche\.json, entry 2: niches\[0\]: unknown niche "knitting"; known niches: fitness, food,/,
    );

    // "Fine" would be new, "Gamers" is taken: the transaction stores neither.
    const taken = await cli(
      ["targets", "add", file("taken.json", [{ name: "Fine" }, { name: "Gamers" }])],
      env,
    );
    expect(taken).toEqual({
      code: 1,
      stdout: "",
      stderr: 'vouch: taken.json, entry 2: a brand target named "Gamers" already exists in this workspace\n',
    });

    const gender = await cli(
      ["targets", "add", file("split.json", { name: "Split", gender: { female: 70, male: 20 } })],
      env,
    );
    expect(gender.stderr).toBe(
      "vouch: split.json: gender: Gender shares add up to 90%; they should add up to 100% (±2)\n",
    );

    const broken = await cli(["targets", "add", file("broken.json", "{ name: ")], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^vouch: broken\.json: not valid JSON/);

    const missing = await cli(["targets", "add", join(dir, "nowhere.json")], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^vouch: nowhere\.json: cannot be read \(ENOENT\)/);

    const names = JSON.parse((await cli(["targets", "list", "--json"], env)).stdout).map(
      (t: { name: string }) => t.name,
    );
    expect(names).toEqual(["Anyone", "DACH runners", "Gamers"]);
  });

  it("lists the creators against a target: each score with its confidence, the best candidate's parts", async () => {
    expect((await cli(["import", `${FIXTURES}/instaloader/tiny_baker`], env)).code).toBe(0);
    const r = await cli(["creators", "--target", "dach RUNNERS"], env);
    expect(r.stderr).toBe("");
    const [header, row] = r.stdout.split("\n");
    expect(header).toMatch(/trust score\s+best candidate\s+fit\s+price per 1,000 real in target$/);
    // tiny_baker: 80 (B) from engagement, responsiveness and comments, 25 + 15 + 15 = 55% of the
    // weight, below 60%: provisional. Every part of the candidate rule is named.
    expect(row).toContain("80 B · based on 55% of the evidence · provisional");
    expect(row).toMatch(/fit (\d+|no data) · trust 80 · real followers no data · price no data/);
    // The sorts that need a target say so; an unknown target names the ones there are.
    expect(await cli(["creators", "--sort", "fit"], env)).toMatchObject({
      code: 1,
      stderr: "vouch: --sort fit needs --target <target>\n",
    });
    expect((await cli(["creators", "--target", "Runners"], env)).stderr).toBe(
      'vouch: --target: no brand target "Runners" (there are: 2 Anyone, 1 DACH runners, 3 Gamers)\n',
    );
    expect((await cli(["creators", "--provisional", "first"], env)).stderr).toBe(
      'vouch: --provisional: "first" is not "last" or "mixed"\n',
    );
  });
});
