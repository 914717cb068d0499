// The working list on the command line, in-process, on PGlite (a data folder) and
// PostgreSQL: add by handle, status, tag and untag, a note, the list's filters and CSV,
// archive, the compare table as CSV, and delete (without --yes: what would go, nothing
// deleted). All in the workspace `local`; csv_cook imported from fixtures/csv: 3 posts,
// 9 comments (c-1 to c-9), 5 sampled followers and 1 profile snapshot (of its two rows, only
// the newer is stored: an import adds a snapshot only when newer than the stored ones).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

describe.each(DATABASE_KINDS)("vouch creators' working list on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const ok = async (...argv: string[]) => {
    const r = await cli(argv, env);
    expect(r.stderr, argv.join(" ")).toBe("");
    expect(r.code, argv.join(" ")).toBe(0);
    return r.stdout;
  };

  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    await ok(
      "import",
      ...["posts", "comments", "followers", "profile"].map((n) => `${FIXTURES}/csv/${n}.csv`),
      "--account",
      "instagram:csv_cook",
      // Not audited: the compare table and the delete below count no audit.
      "--no-audit",
    );
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("adds by handle, sets status and tags, and lists by them", async () => {
    expect(await ok("creators", "add", "instagram:@Sunny_New")).toBe(
      "Added instagram:sunny_new (creator 2), to review, no data yet.\nNext: vouch mediakit request instagram:sunny_new, or vouch import its data.\n",
    );
    expect(await cli(["creators", "add", "instagram:sunny_new"], env)).toEqual({
      code: 1,
      stdout: "",
      stderr: "vouch: instagram:sunny_new is already creator 2 of this workspace\n",
    });
    expect(await ok("creators", "status", "instagram:csv_cook", "shortlisted")).toBe(
      "instagram:csv_cook: shortlisted\n",
    );
    expect((await cli(["creators", "status", "2", "hired"], env)).stderr).toBe(
      'vouch: "hired" is not a status: one of to_review, shortlisted, contacted, rejected\n',
    );
    expect(await ok("creators", "tag", "instagram:csv_cook", "Food", "summer launch")).toBe(
      "instagram:csv_cook: food, summer launch\n",
    );
    expect(await ok("creators", "tag", "2", "summer launch")).toBe("2: summer launch\n");
    expect(await ok("creators", "untag", "instagram:csv_cook", "FOOD")).toBe(
      "instagram:csv_cook: summer launch\n",
    );
    const listed = JSON.parse(await ok("creators", "--json", "--status", "shortlisted"));
    expect(
      listed.map((c: { account: string; status: string; tags: string[] }) => [c.account, c.status, c.tags]),
    ).toEqual([["instagram:csv_cook", "shortlisted", ["summer launch"]]]);
    const table = await ok("creators", "--tag", "summer launch");
    expect(table.split("\n")[0]).toMatch(/^account\s+status\s+tags\s+followers/);
    expect(table).toContain("instagram:sunny_new");
    expect(table).toContain("not audited");
  });

  it("keeps notes with their author and time", async () => {
    expect(await ok("creators", "note", "instagram:csv_cook", "Asked for rates.")).toBe(
      "Note 1 added to instagram:csv_cook.\n",
    );
    expect(await ok("creators", "notes", "instagram:csv_cook")).toBe(
      "2026-11-01 12:00 UTC, command line:\n  Asked for rates.\n",
    );
    expect(await ok("creators", "notes", "2")).toBe("2 has no notes.\n");
  });

  it("archives, prints CSV with the filters, and the compare table", async () => {
    expect(await ok("creators", "archive", "instagram:sunny_new")).toBe("instagram:sunny_new: archived\n");
    expect(await ok("creators", "--csv")).toMatch(
      /^account,platform,username,.*\ninstagram:csv_cook,[^\n]*\n$/,
    );
    const only = await ok("creators", "--csv", "--archived", "only");
    expect(only.split("\n").slice(1)).toEqual([
      "instagram:sunny_new,instagram,sunny_new,to_review,summer launch,2026-11-01T12:00:00.000Z,,0,0,,,,,,,,,,,,",
      "",
    ]);
    expect((await ok("creators", "--archived")).match(/instagram:/g)).toHaveLength(2);
    const compare = await ok("creators", "compare", "instagram:csv_cook", "2");
    expect(compare.split("\n")[0]).toBe("Figure,instagram:csv_cook,instagram:sunny_new");
    expect(compare).toContain("\nAudit,not audited yet,not audited yet\n");
    expect((await cli(["creators", "compare", "2"], env)).stderr).toBe(
      "vouch: compare 2 to 4 creators (1 given)\n",
    );
  });

  it("deletes only with --yes, after saying what goes", async () => {
    const dry = await cli(["creators", "delete", "instagram:csv_cook"], env);
    expect(dry).toEqual({
      code: 1,
      stdout:
        "Deleting creator 1 (instagram:csv_cook) would remove:\n  9 comments\n  3 posts\n  1 profile snapshot\n  5 sampled followers\n  1 tag\n  1 note\n  1 account\n",
      stderr: "vouch: nothing deleted: run vouch creators delete instagram:csv_cook --yes to delete it\n",
    });
    expect(await ok("creators", "delete", "instagram:csv_cook", "--yes")).toBe(
      "Deleted creator 1 (instagram:csv_cook):\n  9 comments\n  3 posts\n  1 profile snapshot\n  5 sampled followers\n  1 tag\n  1 note\n  1 account\n",
    );
    expect((await cli(["creators", "delete", "1", "--yes"], env)).stderr).toBe(
      "vouch: no creator 1 in this workspace\n",
    );
  });
});
