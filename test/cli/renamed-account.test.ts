// A renamed account through the CLI, on PGlite and PostgreSQL: `vouch import` of
// fixtures/instaloader/crumb_and_co (@dough_diary until 2026-05-30, @crumb_and_co from
// 2026-06-10; account 7100008), then `vouch audit` as text and as --json, by either name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const EVIDENCE = "posted as @dough_diary until 2026-05-30, as @crumb_and_co since 2026-06-10";

describe.each(DATABASE_KINDS)("vouch audit of a renamed account on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    const imported = await cli(
      ["import", `${FIXTURES}/instaloader/crumb_and_co`, "--captured-at", "2026-10-20T08:00:00Z", "--quiet"],
      env,
    );
    expect(imported).toEqual({
      code: 0,
      stdout:
        "added instagram:crumb_and_co: 5 posts, 2 comments, 0 sampled followers, new profile snapshot\n",
      stderr: "",
    });
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("prints the username history with the rename", async () => {
    const r = await cli(["audit", "instagram:crumb_and_co"], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const at = lines.indexOf("USERNAME HISTORY (shown, not scored)");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      `  Renamed: ${EVIDENCE}.`,
      `    @${"dough_diary".padEnd(28)}2026-03-02 to 2026-05-30`,
      `    @${"crumb_and_co".padEnd(28)}2026-06-10 to 2026-10-20`,
    ]);
    expect(lines[at + 4]).toMatch(/^ {2}A rename is a known sign of a bought or repurposed account;/);
  });

  it("--json carries the history, and the old name finds the account", async () => {
    const r = await cli(["audit", "instagram:dough_diary", "--json"], env);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.account.username).toBe("crumb_and_co");
    expect(result.usernames).toEqual({
      names: [
        {
          username: "dough_diary",
          firstSeen: "2026-03-02T08:00:00.000Z",
          lastSeen: "2026-05-30T08:00:00.000Z",
        },
        {
          username: "crumb_and_co",
          firstSeen: "2026-06-10T08:00:00.000Z",
          lastSeen: "2026-10-20T08:00:00.000Z",
        },
      ],
      renamed: true,
      evidence: EVIDENCE,
      method: expect.stringMatching(/^usernames-v1: /),
    });
  });
});
