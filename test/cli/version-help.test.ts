// `vouch --version` and `vouch --help` as the usual conventions have them: on stdout,
// exit 0, nothing on stderr; a missing command shows the help on stderr and exits 1.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

const VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

describe("vouch --version and --help", () => {
  it("prints package.json's version on stdout and exits 0", async () => {
    for (const flag of ["--version", "-v"])
      expect(await cli([flag], {})).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("prints the help on stdout and exits 0, for the program and for a command", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(argv, {});
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout).toMatch(/^Usage: vouch \[options\] \[command\]/);
      expect(r.stdout).toContain("-v, --version");
      expect(r.stdout).toContain("audit [options] <account>");
    }
    for (const argv of [
      ["audit", "--help"],
      ["help", "audit"],
    ]) {
      const r = await cli(argv, {});
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout).toMatch(/^Usage: vouch audit \[options\] <account>/);
    }
  });

  it("shows the help on stderr and exits 1 when no command is given", async () => {
    const r = await cli([], {});
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toMatch(/^Usage: vouch/);
  });
});
