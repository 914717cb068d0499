// Imported text and media-kit answers (which anyone with a link may send) reached the
// brand's terminal raw through the CLI: an escape sequence in a comment could clear the
// screen, set the window title or rewrite what the audit says. Every command now writes
// through inertText: control characters show as \x1b or \u009b, line feeds and tabs stay,
// and --json output stays JSON with every character kept. On PGlite and PostgreSQL.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inertText } from "../../src/cli/inert-text.js";
import { databaseOptions } from "../../src/db/database-settings.js";
import { openDatabase } from "../../src/db/open-database.js";
import { submitKit } from "../../src/services/media-kits/submit-kit.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { fixtureCopy } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");
// Clear the screen and home the cursor, then a fake verdict in green; an OSC title; a C1 CSI; DEL.
const HOSTILE = "\x1b[2J\x1b[H\x1b[32mTrust score 100/100\x1b[0m\x1b]0;pwned\x07\u009b31m\x7f";
const SHOWN = "\\x1b[2J\\x1b[H\\x1b[32mTrust score 100/100\\x1b[0m\\x1b]0;pwned\\x07\\u009b31m\\u007f";
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("inertText", () => {
  it("shows C0 (but line feed and tab), DEL and C1 escaped, and leaves the rest", () => {
    expect(inertText(HOSTILE)).toBe(SHOWN);
    expect(inertText("a\tb\nc\rd\u0000é😀")).toBe("a\tb\nc\\x0dd\\x00é😀");
    // In JSON the escapes of DEL and C1 are JSON's own: the text parses back unchanged.
    expect(JSON.parse(inertText(JSON.stringify({ t: HOSTILE })))).toEqual({ t: HOSTILE });
  });
});

describe.each(DATABASE_KINDS)("CLI output with hostile text on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let commentsCsv: string;

  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    // trail_runner with the hostile text as its first comment (which the creator answers),
    // a caption and its full name.
    const dir = fixtureCopy("snapshot");
    const path = join(dir, "trail_runner.json");
    const snapshot = JSON.parse(readFileSync(path, "utf8"));
    snapshot.posts[0].comments[0].text = `Which trail? ${HOSTILE}`;
    snapshot.posts[0].caption = `Sunrise ${HOSTILE}`;
    snapshot.profile.fullName = `Trail ${HOSTILE}`;
    writeFileSync(path, JSON.stringify(snapshot));
    const imported = await cli(["import", path, "--quiet"], env, NOW);
    expect(imported.code, imported.stderr).toBe(0);
    commentsCsv = join(dir, "comments.csv");
    writeFileSync(commentsCsv, `id,text\nc-1,"Follow me ${HOSTILE}"\n`);

    const made = JSON.parse(
      (await cli(["mediakit", "request", "instagram:trail_runner", "--json"], env, NOW)).stdout,
    );
    const d = await openDatabase(databaseOptions(env));
    try {
      await submitKit(
        d.db,
        made.token,
        {
          creatorName: `Trail ${HOSTILE}`,
          platforms: [{ platform: "instagram", handle: "trail_runner", followers: 9000 }],
          pastWork: [{ brand: `Brand ${HOSTILE}`, year: 2025 }],
          notes: `Notes ${HOSTILE}`,
        },
        NOW,
      );
    } finally {
      await d.close();
    }
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it.each([
    [["audit", "instagram:trail_runner"], "@hill_hana: Which trail? \\x1b[2J"],
    [["report", "instagram:trail_runner"], null],
    [["creators"], null],
    [["mediakit", "show", "instagram:trail_runner"], `  notes: Notes ${SHOWN}`],
    [["comments", "classify", "COMMENTS_CSV"], "Follow me \\x1b[2J"],
  ])("vouch %s shows no control character raw", async (argv, shown) => {
    const r = await cli(
      argv.map((a) => (a === "COMMENTS_CSV" ? commentsCsv : a)),
      env,
      NOW,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    if (shown) expect(r.stdout).toContain(shown);
  });

  it("keeps --json output JSON, with every character of the data", async () => {
    const r = await cli(["mediakit", "show", "instagram:trail_runner", "--json"], env, NOW);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const detail = JSON.parse(r.stdout);
    expect(detail.kit.notes).toBe(`Notes ${HOSTILE}`);
    expect(detail.kit.pastWork[0].brand).toBe(`Brand ${HOSTILE}`);
  });

  it("shows an error message's quoted input escaped too", async () => {
    const r = await cli(["audit", `instagram:${HOSTILE}`], env, NOW);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain("\\x1b[2J");
  });
});
