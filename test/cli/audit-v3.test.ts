// `vouch audit --json` on the two demo creators: the audit-v3 fields the issue names
// (score.value, score.version, score.components[], disclosure.findings[], growth.flags[])
// with values worked out from the fixtures: glowup_daily's history has a +4,200 follower
// jump on 2026-09-17 and an +850 following jump on 2026-10-08; every caption carries
// "Use code GLOW15" without a label. sunny_trails grows ~10 a day and labels its one
// paid partnership "Ad |" at the start.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentAuditResult } from "../../src/core/audit.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

interface Day {
  date: string;
  followers: number;
  following: number;
}
const glowHistory = (
  JSON.parse(readFileSync(`${FIXTURES}/demo/glowup_daily.json`, "utf8")) as { history: Day[] }
).history;
const change = (day: string, field: "followers" | "following") => {
  const i = glowHistory.findIndex((d) => d.date === day);
  return (glowHistory[i] as Day)[field] - (glowHistory[i - 1] as Day)[field];
};

describe.each(DATABASE_KINDS)("vouch audit --json, audit-v3, on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const audit = async (account: string) => {
    const { code, stdout, stderr } = await cli(["audit", account, "--json"], env);
    expect(code, stderr).toBe(0);
    return JSON.parse(stdout) as CurrentAuditResult;
  };
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    const imported = await cli(
      ["import", `${FIXTURES}/demo/glowup_daily.json`, `${FIXTURES}/demo/sunny_trails.json`, "--quiet"],
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("flags glowup_daily's spikes, its undisclosed codes, and scores it by the documented weights", async () => {
    const r = await audit("instagram:glowup_daily");
    expect(r.methodVersion).toBe("audit-v6");

    // Growth: 93 days (92 of history and the snapshot's day); the follower jump has no engagement rise.
    expect(r.growth.points).toBe(93);
    expect(r.growth.flags.map((f) => [f.kind, f.day, f.change])).toEqual([
      ["follower_spike_without_engagement", "2026-09-17", change("2026-09-17", "followers")],
      ["following_spike", "2026-10-08", change("2026-10-08", "following")],
    ]);
    expect(change("2026-09-17", "followers")).toBeGreaterThanOrEqual(4_200);

    // Disclosure: all 24 posts carry a discount code and no label.
    expect(r.disclosure.postsRead).toBe(24);
    expect(r.disclosure.sponsoredPosts).toBe(24);
    expect(r.disclosure.undisclosed).toBe(24);
    expect(r.disclosure.hygiene).toBe(0);
    const codes = r.disclosure.findings.filter((f) => f.rule === "asa-affiliate-and-codes");
    expect(codes).toHaveLength(24);
    expect(codes[0]?.quote).toContain("Use code GLOW15");

    // Score: audience (27% real, below 50%) 0; engagement 0 (penalties over 100); comments 0
    // (generic + spam over 50%); growth 100 − 40 (alert) − 20 (warning) = 40; disclosure 0;
    // responsiveness = replyShare / 0.10 × 50 on the first anchor segment.
    const points = Object.fromEntries(r.score.components.map((c) => [c.id, c.value]));
    expect(points).toMatchObject({
      audience_authenticity: 0,
      engagement_authenticity: 0,
      comment_quality: 0,
      growth_health: 40,
      disclosure_hygiene: 0,
    });
    const replyShare = r.responsiveness.replyShare as number;
    expect(replyShare).toBeCloseTo(14 / 785, 10);
    const responsiveness = (replyShare / 0.1) * 50;
    expect(points.responsiveness).toBeCloseTo(responsiveness, 1);
    expect(r.score.value).toBe(Math.round(0.15 * responsiveness + 0.1 * 40));
    expect(r.score.version).toBe("trust-v3");
    expect(r.score.grade?.band).toBe("E");
    expect(r.score.leftOut).toEqual([]);
    expect(r.score.reasonsAgainst[0]?.component).toBe("audience_authenticity");

    // Niche: #glowup, #skincare, #makeup and the category Health/beauty point to beauty first;
    // #selfcare and the category to wellness.
    expect(r.niches.map((n) => n.id)).toEqual(["beauty", "wellness"]);
    expect(r.niches[0]?.evidence.map((e) => e.term)).toEqual(
      expect.arrayContaining(["#skincare", "#makeup"]),
    );
    expect(r.nicheBasis.category).toEqual({
      name: "Health/beauty",
      niches: ["wellness", "beauty"],
      known: true,
    });
    expect(r.voice.captions.languages.languages?.[0]).toMatchObject({ code: "en", share: 1 });
  });

  it("finds nothing against sunny_trails: steady growth, a clearly labelled ad, grade A", async () => {
    const r = await audit("instagram:sunny_trails");
    expect(r.growth.flags).toEqual([]);
    expect(r.growth.spikes).toEqual([]);
    expect(r.disclosure.sponsoredPosts).toBe(1);
    expect(r.disclosure.disclosedClearly).toBe(1);
    expect(r.disclosure.findings.filter((f) => f.severity === "violation")).toEqual([]);
    expect(r.anomalies.flags).toEqual([]);
    expect(r.score.grade?.band).toBe("A");
    expect(r.score.components.every((c) => c.value !== null)).toBe(true);
    // 24 captions, every one tagged #slowtravel; "travel" in the bio.
    expect(r.niches[0]?.id).toBe("travel");
    expect(r.niches[0]?.evidence[0]).toMatchObject({ term: "#slowtravel", source: "hashtag", count: 24 });
    // Every replied comment has at least one reply by the creator; examples show the comment answered.
    expect(r.voice.replies.count).toBeGreaterThanOrEqual(r.responsiveness.repliedComments);
    expect(r.voice.replies.examples.length).toBeGreaterThan(0);
    expect(r.voice.replies.examples[0]?.answers?.text).toBeTruthy();
  });

  it("prints the score block in the readable report", async () => {
    const { stdout } = await cli(["audit", "instagram:sunny_trails"], env);
    expect(stdout).toMatch(/\n {2}Trust score {13}\d+ \/ 100 {3}grade A/);
    expect(stdout).toContain("\nTRUST SCORE\n");
    expect(stdout).toContain("\nGROWTH\n");
    expect(stdout).toMatch(/\nSPONSORED POSTS AND DISCLOSURE\n {2}Sponsored posts {9}1 of 24 {3}4%\n/);
  });
});
