// The CLI in-process, on PGlite (a data folder) and PostgreSQL (DATABASE_URL):
// import → creators → audit, the --json interface, and exit codes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

describe.each(DATABASE_KINDS)("vouch CLI on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("imports, lists and audits a creator", async () => {
    // --no-audit stores the data only: the audit below is the first.
    const imported = await cli(
      [
        "import",
        `${FIXTURES}/instaloader/tiny_baker`,
        "--captured-at",
        "2026-10-07T08:00:00Z",
        "--quiet",
        "--no-audit",
      ],
      env,
    );
    expect(imported).toEqual({
      code: 0,
      stdout: "added instagram:tiny_baker: 3 posts, 17 comments, 0 sampled followers, new profile snapshot\n",
      stderr: "",
    });

    const before = await cli(["creators", "--json"], env);
    expect(JSON.parse(before.stdout)).toEqual([
      expect.objectContaining({
        account: "instagram:tiny_baker",
        followers: 8000,
        posts: 3,
        comments: 17,
        latestAudit: null,
      }),
    ]);

    const audit = await cli(["audit", "instagram:tiny_baker", "--json"], env);
    expect(audit.code).toBe(0);
    const r = JSON.parse(audit.stdout);
    // The documented --json fields, with the values worked out in test/core/audit-tiny-baker.test.ts.
    expect(r.engagement.medianRate).toBeCloseTo(0.03075, 12);
    expect(r.engagement.meanRate).toBeCloseTo(0.101875 / 3, 12);
    expect(r.engagement.postsUsed).toBe(3);
    expect(r.responsiveness.replyShare).toBeCloseTo(1 / 3, 12);
    expect(r.responsiveness.medianReplyDelayMinutes).toBe(45);
    expect(r.comments.total).toBe(13);
    // "@friend_one" is a friend tag, not generic (audit-v6): 5 of 13.
    expect(r.comments.genericShare).toBeCloseTo(5 / 13, 12);
    expect(r.comments.friendTags).toBe(1);
    expect(r.comments.duplicateShare).toBeCloseTo(2 / 13, 12);
    // No comment is spam or possibly spam (dev_r's recipe question no longer is).
    expect([r.comments.spam, r.comments.possibleSpam]).toEqual([0, 0]);
    expect(r.score).toMatchObject({ version: "trust-v3", value: 80 });
    expect(r.methodVersion).toBe("audit-v6");
    expect(r.inputs).toEqual({
      from: "2026-10-01T09:00:00.000Z",
      to: "2026-10-06T12:00:00.000Z",
      posts: 3,
      comments: 17,
    });

    const text = await cli(["audit", "instagram:tiny_baker"], env);
    expect(text.stdout).toContain("Median ER               3.08%");
    expect(text.stdout).toContain("Reply share             33.3%   4 of 12 top-level comments got a reply");
    expect(text.stdout).toContain("Median reply delay      45 min");

    const after = await cli(["creators", "--json"], env);
    expect(JSON.parse(after.stdout)[0].latestAudit).toMatchObject({
      methodVersion: "audit-v6",
      medianRate: 0.03075,
    });
    // Trust score 80 (B), worked out in test/core/audit-tiny-baker.test.ts, from engagement,
    // responsiveness and comments: 25% + 15% + 15% = 55% of the weight, below 60%: provisional.
    const table = await cli(["creators"], env);
    expect(table.stdout.split("\n")[1]).toMatch(
      /^instagram:tiny_baker\s+to review\s+8,000\s+3\s+17\s+3\.08%\s+33\.3%\s+38\.5%\s+80 B · based on 55% of the evidence · provisional$/,
    );
  });

  it("prints null, not a number, where there is not enough data", async () => {
    // Raw post JSON has no follower count; 6 top-level comments by others is below the 10 needed.
    expect((await cli(["import", `${FIXTURES}/graphql/pixel_potter`], env)).code).toBe(0);
    const r = JSON.parse((await cli(["audit", "instagram:pixel_potter", "--json"], env)).stdout);
    expect(r.engagement.medianRate).toBeNull();
    expect(r.engagement.meanRate).toBeNull();
    expect(r.responsiveness.replyShare).toBeNull();
    expect(r.responsiveness.medianReplyDelayMinutes).toBeNull();
    expect(r.comments.genericShare).toBeNull();
    expect(r.notEnoughData).toContain("engagement rate: no follower count in the imported profile");
    const text = (await cli(["audit", "instagram:pixel_potter"], env)).stdout;
    expect(text).toContain("Median ER               not enough data");
  });

  it("exits 1 with one line on stderr for a user error", async () => {
    const missing = await cli(["audit", "instagram:nobody_here"], env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe(
      "vouch: no account instagram:nobody_here is stored; import its data first (vouch creators lists what is stored)\n",
    );

    const badKey = await cli(["audit", "nobody_here"], env);
    expect(badKey.code).toBe(1);
    expect(badKey.stderr).toMatch(/^vouch: "nobody_here" is not an account: write platform:username/);

    const badFile = await cli(["import", `${FIXTURES}/instaloader/tiny_baker/id`], env);
    expect(badFile.code).toBe(1);
    expect(badFile.stderr.trim().split("\n")).toHaveLength(1);

    const badTime = await cli(
      ["import", `${FIXTURES}/instaloader/tiny_baker`, "--captured-at", "yesterday"],
      env,
    );
    expect(badTime).toMatchObject({ code: 1, stdout: "" });
    expect(badTime.stderr).toBe(
      'vouch: --captured-at "yesterday" is not an ISO 8601 date-time with a time zone, e.g. 2026-10-07T08:00:00Z\n',
    );

    const noCommand = await cli(["frobnicate"], env);
    expect(noCommand.code).toBe(1);
    expect(noCommand.stderr).toBe("error: unknown command 'frobnicate'\n");
  });

  it("needs an account for CSV rows that name none", async () => {
    const r = await cli(["import", `${FIXTURES}/csv/followers.csv`], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "vouch: followers.csv: the rows name no account; add an account column or use --account instagram:USERNAME\n",
    );
  });
});

describe("vouch CLI failures", () => {
  it("exits 2 on an unexpected failure", async () => {
    // A data folder whose database files are damaged: PGlite cannot start on it. (A database
    // that cannot be reached is a user error now, exit 1: test/cli/server-gone.test.ts.)
    const dir = mkdtempSync(join(tmpdir(), "vouch-damaged-"));
    try {
      writeFileSync(join(dir, "PG_VERSION"), "garbage\n");
      const r = await cli(["creators"], { VOUCH_DATA: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^vouch: unexpected failure: .*PGlite/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--help exits 0", async () => {
    const r = await cli(["--help"], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("import [options] <paths...>");
  });
});
