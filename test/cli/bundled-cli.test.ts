// The bundled `vouch` (src/tools/bundle-cli.ts) as a user runs it: a new process on
// the esbuild output, next to a prepared data-folder image as in dist. Bundling moves
// modules into chunks, so this checks what could break: the version and help, files
// found from a module's place (the demo fixtures, the report page's CSS, the PDF
// fonts, the image), the packages left outside the bundle (PGlite, pdfkit), and eld's
// language data, rewritten as JSON: the audit is the one the source computes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpEmptyDataDir } from "../../src/db/empty-data-dir.js";
import { bundleCli } from "../../src/tools/bundle-cli.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// One folder below the project, as dist is; ignored by git (.test-dist*/).
const DIST = join(ROOT, `.test-dist-bundle-${process.pid}`);
const CLI = join(DIST, "cli", "main.js");
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

let out: string;

beforeAll(async () => {
  await bundleCli(join(DIST, "cli"));
  mkdirSync(join(DIST, "db"), { recursive: true });
  writeFileSync(join(DIST, "db", "empty-data-dir.tar.gz"), await dumpEmptyDataDir());
  out = mkdtempSync(join(tmpdir(), "vouch-bundled-"));
});

afterAll(() => {
  rmSync(DIST, { recursive: true, force: true });
  if (out) rmSync(out, { recursive: true, force: true });
});

function vouch(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the bundled vouch", () => {
  it("prints its version and help", () => {
    expect(vouch(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    const help = vouch(["--help"]);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toContain("audit [options] <account>");
    // Ready-made in the bundle (quick-answer.ts), and the very text the program prints.
    expect(readFileSync(CLI, "utf8")).toContain("audit [options] <account>");
    expect(vouch(["-h"]).stdout).toBe(help.stdout);
    expect(vouch(["help"])).toEqual({ code: 0, stdout: help.stdout, stderr: "" });
  });
});

describe("the bundled vouch's zod", () => {
  it("speaks English, and carries no other locale (bundle-cli.ts keeps en alone)", () => {
    const snapshot = JSON.parse(
      readFileSync(join(ROOT, "fixtures", "snapshot", "trail_runner.json"), "utf8"),
    );
    snapshot.profile.followers = "many";
    const file = join(out, "followers-as-words.json");
    writeFileSync(file, JSON.stringify(snapshot));
    expect(vouch(["import", file], { VOUCH_DATA: join(out, "zod-data") })).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'vouch: followers-as-words.json, record profile, field "followers": Invalid input: expected number, received string\n',
    });
    const bundle = readdirSync(join(DIST, "cli"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(DIST, "cli", f), "utf8"))
      .join("");
    // zod's German messages (locales/de.js), present when every locale is bundled.
    expect(bundle).not.toContain("erwartet");
  });
});

describe.each(DATABASE_KINDS)("the bundled vouch on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    // A folder that does not exist yet: the first command makes it from the image.
    if (kind === "pglite") env = { VOUCH_DATA: join(env.VOUCH_DATA as string, "vouch") };
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("runs the demo, then writes the report as PDF and HTML", async () => {
    const demo = vouch(["demo"], env);
    expect(demo.stderr).toBe("");
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/instagram:sunny_trails\s/);
    if (kind === "pglite") expect(statSync(join(env.VOUCH_DATA as string, "PG_VERSION")).isFile()).toBe(true);

    const audit = vouch(["audit", "instagram:sunny_trails", "--json"], env);
    expect(audit).toMatchObject({ code: 0, stderr: "" });
    const fromSource = await cli(["audit", "instagram:sunny_trails", "--json"], env);
    expect(JSON.parse(audit.stdout)).toEqual(JSON.parse(fromSource.stdout));

    const pdf = join(out, `${kind}.pdf`);
    expect(vouch(["report", "instagram:sunny_trails", "--pdf", pdf], env)).toMatchObject({
      code: 0,
      stderr: "",
    });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const html = join(out, `${kind}.html`);
    expect(vouch(["report", "instagram:sunny_trails", "--html", html], env)).toMatchObject({
      code: 0,
      stderr: "",
    });
    // The report page's CSS, read from public/ beside the code, is inlined.
    const css = readFileSync(join(ROOT, "public", "report.css"), "utf8");
    expect(readFileSync(html, "utf8")).toContain(css.slice(0, 300));
  });
});
