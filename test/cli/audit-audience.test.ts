// `vouch audit`'s readable report: the audience authenticity section and the spam lines,
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

/** The value and note of one figure line ("  Label<padding>value   note"). */
function reportLine(out: string, label: string): { value: string; note: string } {
  const head = label.length >= 24 ? `  ${label}  ` : `  ${label.padEnd(24)}`;
  const line = out.split("\n").find((l) => l.startsWith(head));
  if (!line) throw new Error(`no line "${label}" in:\n${out}`);
  const [value = "", note = ""] = line.slice(head.length).split("   ");
  return { value, note };
}

/** The report's prose, its wrapped lines read as one. */
const prose = (out: string) => out.replace(/\s+/g, " ");

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
    expect(stdout).toContain("\nAUDIENCE AUTHENTICITY\n");
    expect(prose(stdout)).toContain(`Model ${FOLLOWER_MODEL_VERSION}, flagging at pFake ≥ `);
    const [, share, low, high] =
      /Estimated fake followers: (\d+(?:\.\d)?)% \(95% interval (\d+(?:\.\d)?)–(\d+(?:\.\d)?)%\), from a sample of 60 followers\./
        .exec(prose(stdout))
        ?.map(Number) ?? [];
    expect(low).toBeLessThanOrEqual(share as number);
    expect(share).toBeLessThanOrEqual(high as number);

    expect(reportLine(stdout, "Mass followers")).toEqual({ value: "10", note: "16.7%" });
    expect(reportLine(stdout, "Influencers")).toEqual({ value: "5", note: "8.3%" });
    const suspicious = Number(reportLine(stdout, "Suspicious").value);
    const real = Number(reportLine(stdout, "Real").value);
    expect(suspicious + real).toBe(45);
    // The printed shares add up to the sample (to rounding).
    const shares = ["Mass followers", "Influencers", "Suspicious", "Real"].map((l) =>
      Number.parseFloat(reportLine(stdout, l).note),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(prose(stdout)).toContain(
      "81.7%: 49 of 60 sampled followers whose following count is known follow fewer than 1,500 accounts",
    );

    const spam = reportLine(stdout, "Spam and scam comments");
    const possible = reportLine(stdout, "Possibly spam (not counted)");
    const json = JSON.parse((await cli(["audit", "instagram:mixed_audience", "--json"], env)).stdout);
    expect(json.audience.classes).toEqual({ mass_follower: 10, influencer: 5, suspicious, real });
    // A rule alone makes a comment possibly spam; spam when the model is sure as well.
    const c = json.comments;
    expect(c.spam + c.possibleSpam).toBeGreaterThanOrEqual(2);
    expect(spam.value).toBe(`${((c.spam / 12) * 100).toFixed(1)}%`);
    expect(possible.value).toBe(`${((c.possibleSpam / 12) * 100).toFixed(1)}%`);
    expect(possible.note).toBe(`${c.possibleSpam} comment${c.possibleSpam === 1 ? "" : "s"}`);
    for (const reason of ["link 1", "self promotion 1", "dm request 1", "follower selling 1"])
      expect(prose(stdout)).toMatch(new RegExp(`By reason \\(a comment can have several\\): [^.]*${reason}`));
  });

  it("prints not enough data below the minimum sample", async () => {
    const { code, stdout } = await cli(["audit", "instagram:small_sample"], env);
    expect(code).toBe(0);
    expect(prose(stdout)).toContain(
      `Estimated fake followers: not enough data (12 followers scored, the fake share needs at least ${MIN_FOLLOWER_SAMPLE}).`,
    );
    expect(reportLine(stdout, "Mass followers").value).toBe("2");
    expect(reportLine(stdout, "Influencers").value).toBe("1");
  });
});
