// `vouch report` in-process, on PGlite and PostgreSQL: audits first when nothing is
// stored, writes the PDF (read back with pdftotext) and the standalone HTML file (into
// a folder, under its usual name), prints a summary without either, and fails with one
// clear line for a path it cannot write or an account it does not know.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METHOD_VERSION } from "../../src/core/audit.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { pdfText, savePdf } from "../helpers/pdf.js";

describe.each(DATABASE_KINDS)("vouch report on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let out: string;

  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    out = mkdtempSync(join(tmpdir(), "vouch-report-cli-"));
    // Stored only: the report below finds no audit and runs one.
    const imported = await cli(
      ["import", join(FIXTURES, "demo", "sunny_trails.json"), "--quiet", "--no-audit"],
      env,
    );
    expect(imported.code).toBe(0);
  });
  afterAll(async () => {
    await cleanup?.();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("audits a creator with no stored audit, then writes the PDF with its name and score", async () => {
    const file = join(out, "out.pdf");
    const r = await cli(["report", "instagram:sunny_trails", "--pdf", file], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("instagram:sunny_trails had no stored audit: audited it now (stored).");
    expect(lines[1]).toMatch(
      new RegExp(
        `^wrote ${file.replaceAll("/", "\\/")} \\(\\d+ KB\\): Sunny Trails \\| slow travel \\(@sunny_trails\\), audit ${METHOD_VERSION} of 2026-11-01; trust score \\d+ / 100 \\([A-E]\\), based on 100% of the evidence; median ER \\d+\\.\\d\\d%$`,
      ),
    );
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(savePdf(`cli-sunny_trails-${kind}`, pdf));
    expect(text).toContain("Sunny Trails | slow travel");
    expect(text).toContain("@sunny_trails");
    const score = /trust score (\d+ \/ 100)/.exec(lines[1] ?? "")?.[1];
    expect(text).toContain(score);
    // No temporary file is left beside it.
    expect(readdirSync(out)).toEqual(["out.pdf"]);

    // The second time the stored audit is used, and the file is replaced.
    const again = await cli(["report", "instagram:sunny_trails", "--pdf", file], env);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("audited it now");
    const audits = JSON.parse((await cli(["creators", "--json"], env)).stdout);
    expect(audits[0].latestAudit).not.toBeNull();
  });

  it("writes the HTML report into a folder under its usual name", async () => {
    const folder = mkdtempSync(join(out, "html-"));
    const r = await cli(["report", "instagram:@Sunny_Trails", "--html", folder], env);
    expect(r.code).toBe(0);
    const file = join(folder, "vouch-report-sunny_trails-2026-11-01.html");
    expect(r.stdout).toContain(`wrote ${file} (`);
    const page = readFileSync(file, "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("<title>Vouch creator report: Sunny Trails | slow travel (@sunny_trails)</title>");
    expect(page).toContain("@media print"); // the styles are inlined: the file works offline
    expect(page).toContain('<svg class="report-svg"');
    expect(page).not.toContain('<link rel="stylesheet"');
  });

  it("prints a short summary without --pdf or --html", async () => {
    const r = await cli(["report", "instagram:sunny_trails"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^CREATOR REPORT: Sunny Trails \| slow travel \(@sunny_trails\), instagram:sunny_trails\n/,
    );
    expect(r.stdout).toContain(`Audit ${METHOD_VERSION} computed 2026-11-01; data: posts from `);
    expect(r.stdout).toMatch(/ {2}Trust score {2}\d+ \/ 100 {2}grade [A-E]/);
    expect(r.stdout).toMatch(/ {2}Median ER +\d+\.\d\d% +over 12 posts/);
    expect(r.stdout).toContain("Write the whole report with --pdf <file> or --html <file>.");
  });

  it("fails with one line for a path it cannot write or an unknown account", async () => {
    const missing = join(out, "no-such-folder", "x.pdf");
    const r = await cli(["report", "instagram:sunny_trails", "--pdf", missing], env);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: `vouch: --pdf ${missing}: the folder ${join(out, "no-such-folder")} does not exist\n`,
    });
    expect(existsSync(missing)).toBe(false);
    // A file where a folder should be.
    writeFileSync(join(out, "plain-file"), "x");
    const underFile = await cli(
      ["report", "instagram:sunny_trails", "--pdf", join(out, "plain-file", "x.pdf")],
      env,
    );
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toMatch(/^vouch: --pdf .*: the folder .*plain-file does not exist\n$/);

    const unknown = await cli(["report", "instagram:nobody_here", "--pdf", join(out, "n.pdf")], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      "vouch: no account instagram:nobody_here is stored; import its data first (vouch creators lists what is stored)\n",
    );
    expect(existsSync(join(out, "n.pdf"))).toBe(false);
  });
});
