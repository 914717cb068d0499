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
    // The import audits what it stored (--no-audit would skip it): a line for each.
    expect(imported).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^added instagram:crumb_and_co: 5 posts, 2 comments, 0 sampled followers, new profile snapshot\naudited instagram:crumb_and_co: trust score [^\n]+, median ER [^\n]+\n$/,
      ),
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
    const at = lines.indexOf("USERNAME HISTORY");
    expect(at).toBeGreaterThan(0);
    const section = lines.slice(at + 1, lines.indexOf("", at)).join("\n");
    expect(section.replace(/\s+/g, " ")).toContain(`Renamed: ${EVIDENCE}.`);
    expect(section).toMatch(/\n {4}@dough_diary {3}2026-03-02 {2}2026-05-30\n/);
    expect(section).toMatch(/\n {4}@crumb_and_co {2}2026-06-10 {2}2026-10-20\n/);
    expect(section).toMatch(/\n {2}A rename is a known sign of a bought or repurposed account;/);
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
