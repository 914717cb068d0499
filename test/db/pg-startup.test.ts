// Loading pg must not load undici: on Node 20, pg's "am I in a Cloudflare Worker?"
// check touches `Response`, which loads undici (50–250 ms of every command that talks
// to PostgreSQL or to a served PGlite folder). connect-postgres.ts lends pg a
// `navigator` while it loads; this checks, in a fresh process, that nothing loaded
// undici and that the lent navigator is gone again (Node 21+ keep their own, and Node 22
// may have loaded undici before: the probe counts only what connecting loads).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("connecting to PostgreSQL", () => {
  it("loads no undici and leaves no navigator behind", () => {
    const out = execFileSync(
      process.execPath,
      [`${ROOT}node_modules/vite-node/vite-node.mjs`, "test/probes/pg-undici-probe.ts"],
      { cwd: ROOT, encoding: "utf8" },
    );
    const hasOwn = Number(process.versions.node.split(".")[0]) >= 21;
    expect(JSON.parse(out.trim().split("\n").at(-1) ?? "")).toEqual({
      undici: 0,
      navigator: hasOwn ? "left" : null,
    });
  }, 60_000);
});
