// `vouch audit`'s readable report: the audience authenticity block and the spam line,
// on fixtures/audience (the counts are worked out in test/server/pages-audience.test.ts:
// 10 mass followers, 5 influencers, 45 others the model splits; 49 of 60 reachable;
// two comments fire spam rules, so they are at least possibly spam). pFake and pSpam
// values depend on the trained models.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FOLLOWER_MODEL_VERSION, MIN_FOLLOWER_SAMPLE } from "../../src/core/follower-model.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

/** The value and note of one report line ("  Label<padding>value   note"). */
function reportLine(out: string, label: string): { value: string; note: string } {
  const line = out.split("\n").find((l) => l.startsWith(`  ${label.padEnd(24)}`));
  if (!line) throw new Error(`no line "${label}" in:\n${out}`);
  const [value = "", note = ""] = line.slice(26).split("   ");
  return { value, note };
}

describe.each(DATABASE_KINDS)("vouch audit audience block on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    const imported = await cli(
      [
        "import",
        `${FIXTURES}/audience/mixed_audience.json`,
        `${FIXTURES}/audience/small_sample.json`,
        "--quiet",
      ],
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("prints the fake share with its interval, the classes, the reachable share and the spam line", async () => {
    const { code, stdout } = await cli(["audit", "instagram:mixed_audience"], env);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `\nAUDIENCE AUTHENTICITY (sample of 60 followers; model ${FOLLOWER_MODEL_VERSION})\n`,
    );
    const fake = reportLine(stdout, "Fake followers");
    const share = Number(/^(\d+\.\d)%$/.exec(fake.value)?.[1]);
    const [, low, high] = /^95% interval (\d+\.\d)%–(\d+\.\d)%/.exec(fake.note)?.map(Number) ?? [];
    expect(low).toBeLessThanOrEqual(share);
    expect(share).toBeLessThanOrEqual(high as number);

    expect(reportLine(stdout, "Mass followers")).toEqual({ value: "10", note: "16.7% of the sample" });
    expect(reportLine(stdout, "Influencers")).toEqual({ value: "5", note: "8.3% of the sample" });
    const suspicious = Number(reportLine(stdout, "Suspicious").value);
    const real = Number(reportLine(stdout, "Real").value);
    expect(suspicious + real).toBe(45);
    // The printed shares add up to the sample (to rounding).
    const shares = ["Mass followers", "Influencers", "Suspicious", "Real"].map((l) =>
      Number.parseFloat(reportLine(stdout, l).note),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(reportLine(stdout, "Reachable")).toEqual({
      value: "81.7%",
      note: "49 of 60 with a known following follow fewer than 1,500",
    });

    const spam = reportLine(stdout, "Spam or scam");
    const possible = reportLine(stdout, "Possibly spam");
    const json = JSON.parse((await cli(["audit", "instagram:mixed_audience", "--json"], env)).stdout);
    expect(json.audience.classes).toEqual({ mass_follower: 10, influencer: 5, suspicious, real });
    // A rule alone makes a comment possibly spam; spam when the model is sure as well.
    const c = json.comments;
    expect(c.spam + c.possibleSpam).toBeGreaterThanOrEqual(2);
    expect(spam.value).toBe(`${((c.spam / 12) * 100).toFixed(1)}%`);
    expect(possible.value).toBe(`${((c.possibleSpam / 12) * 100).toFixed(1)}%`);
    expect(possible.note).toMatch(new RegExp(`^${c.possibleSpam} comments, shown, not counted; by reason: `));
    for (const reason of ["link 1", "self_promotion 1", "dm_request 1", "follower_selling 1"])
      expect(`${spam.note} ${possible.note}`).toContain(reason);
  });

  it("prints not enough data below the minimum sample", async () => {
    const { code, stdout } = await cli(["audit", "instagram:small_sample"], env);
    expect(code).toBe(0);
    expect(reportLine(stdout, "Fake followers")).toEqual({
      value: "not enough data",
      note: `12 followers scored, the fake share needs at least ${MIN_FOLLOWER_SAMPLE}`,
    });
    expect(reportLine(stdout, "Mass followers").value).toBe("2");
    expect(reportLine(stdout, "Influencers").value).toBe("1");
  });
});
