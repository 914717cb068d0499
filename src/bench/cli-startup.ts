// `npm run bench` (CLI part, issue 13): how long the `vouch` command takes as a user
// runs it, a new process each time, on the generated bench creator (50 posts × 2,000
// comments, a tenth with creator replies, 5,000 sampled followers). Medians of several
// runs of: `vouch --help`; the first command on a new data folder; `vouch import` of
// the bench folder into a new data folder; `vouch audit --json` on PGlite and on
// PostgreSQL; `vouch creators` on that folder. Beside them, in the same run, the
// reference: node reading and parsing the same files (in this process, warm) and a bare
// `node -e ""` (the floor any command starts from). Each figure is wall time, beside the
// CPU time it took, which a machine busy with other work changes much less.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { readText } from "../ingest/read-text.js";
import { median, ms, time } from "./bench-stats.js";
import { generateCreator } from "./generate-creator.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));

interface Runs {
  wall: number[];
  /** CPU time (user + system) of the measured process: what a busy machine changes least. */
  cpu: number[];
}

/** CPU time of this process ("self") or of its finished children so far, in ms (Linux). */
function cpuMs(whose: "self" | "children"): number {
  if (whose === "self") {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  // /proc/self/stat after the command's name: cutime and cstime are fields 14 and 15, in ticks
  // of 1/100 s (USER_HZ), counted for children once they are waited for.
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

async function runs(fn: () => unknown, whose: "self" | "children" = "children"): Promise<Runs> {
  const r: Runs = { wall: [], cpu: [] };
  for (let i = 0; i < RUNS; i++) {
    const cpu = cpuMs(whose);
    r.wall.push(await time(fn));
    r.cpu.push(cpuMs(whose) - cpu);
  }
  return r;
}

async function main() {
  console.log(
    `\nCLI start-up — machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const root = mkdtempSync(join(tmpdir(), "vouch-bench-cli-"));
  const admin = new pg.Client({ connectionString: PG_URL });
  const pgUp = await admin.connect().then(
    () => true,
    () => false,
  );
  const schema = `vouch_bench_cli_${process.pid}`;
  try {
    const gen = generateCreator(root);
    const files = readdirSync(gen.folder).map((n) => join(gen.folder, n));
    console.log(
      `Data: ${gen.comments.toLocaleString()} comments in ${files.length} files; medians of ${RUNS} runs`,
    );

    // One `vouch …` as a new process; stdout discarded, stderr shown (a failure is visible).
    const vouch = (args: string[], env: Record<string, string>) => () =>
      execFileSync(process.execPath, [CLI, ...args], {
        env: { ...process.env, DATABASE_URL: "", ...env },
        stdio: ["ignore", "ignore", "inherit"],
      });
    const newFolder = () => join(mkdtempSync(join(root, "data-")), "vouch");
    const importArgs = [
      "import",
      "--quiet",
      "--account",
      "instagram:bench_creator",
      gen.folder,
      gen.followersCsv,
    ];

    // The reference: read + JSON.parse every file (one warm-up run), and node doing nothing.
    const readAll = async () => {
      for (const f of files) JSON.parse(await readText(f));
      readFileSync(gen.followersCsv, "utf8");
    };
    await readAll();
    const parse = await runs(readAll, "self");
    const bare = await runs(() => execFileSync(process.execPath, ["-e", ""]));

    const help = await runs(vouch(["--help"], {}));
    const first = await runs(() => vouch(["creators"], { VOUCH_DATA: newFolder() })());
    let dataDir = "";
    const imports = await runs(() => {
      dataDir = newFolder();
      vouch(importArgs, { VOUCH_DATA: dataDir })();
    });
    const auditArgs = ["audit", "instagram:bench_creator", "--json"];
    const auditLite = await runs(vouch(auditArgs, { VOUCH_DATA: dataDir }));
    const creators = await runs(vouch(["creators"], { VOUCH_DATA: dataDir }));
    let auditPg: Runs | null = null;
    if (pgUp) {
      await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      vouch(importArgs, { DATABASE_URL: url })();
      auditPg = await runs(vouch(auditArgs, { DATABASE_URL: url }));
    }

    const verdict = (met: boolean) => (met ? "met" : "MISSED");
    const figures = (r: Runs) => `${ms(median(r.wall)).padStart(8)}  ${ms(median(r.cpu)).padStart(8)}`;
    const line = (label: string, r: Runs, target?: number, note = "") =>
      console.log(
        `${label.padEnd(44)}${figures(r)}${target === undefined ? "" : `   ≤ ${ms(target)}: ${verdict(median(r.wall) <= target)}`}${note}`,
      );
    console.log(`${"".padEnd(44)}${"wall".padStart(8)}  ${"cpu".padStart(8)}   target`);
    line("(ref) read + JSON.parse every file", parse);
    line("(ref) node -e '' (a new process)", bare);
    line("vouch --help", help, 150);
    line("vouch creators, first on a new data folder", first, 1500);
    line("vouch creators, existing data folder", creators, 600);
    line("vouch audit --json, PGlite", auditLite, 1500);
    if (auditPg) line("vouch audit --json, PostgreSQL", auditPg, 1000);
    else console.log("vouch audit --json, PostgreSQL                skipped: no server at BENCH_PG_URL");
    const rate = gen.comments / (median(imports.wall) / 1000);
    line(
      "vouch import, new data folder",
      imports,
      undefined,
      `   ${Math.round(rate).toLocaleString()} comments/s, ≥ 40,000/s: ${verdict(rate >= 40_000)}`,
    );
    const all = { parse, bare, help, first, creators, auditLite, auditPg, imports };
    console.log(
      `runs (wall): ${Object.entries(all)
        .map(([k, v]) => `${k} ${v?.wall.map((x) => x.toFixed(0)).join(",") ?? "-"}`)
        .join(" | ")}`,
    );
    console.log(
      `load at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
  } finally {
    if (pgUp) {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
