// `npm run bench` (CLI part, issue 13): how long the `vouch` command takes as a user
// runs it, a new process each time, on the generated bench creator (50 posts × 2,000
// comments, a tenth with creator replies, 5,000 sampled followers). Medians of several
// runs of: `vouch --help`; the first command on a new data folder; `vouch import` of
// the bench folder into a new data folder; `vouch audit --json` on PGlite and on
// PostgreSQL; `vouch creators` on that folder. Beside them, in the same run, the
// reference: node reading and parsing the same files (in this process, warm) and a bare
// `node -e ""` (the floor any command starts from).
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
    const runs = async (fn: () => unknown) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await time(fn));
      return times;
    };
    const newFolder = () => join(mkdtempSync(join(root, "data-")), "vouch");

    // The reference: read + JSON.parse every file (one warm-up run), and node doing nothing.
    const readAll = async () => {
      for (const f of files) JSON.parse(await readText(f));
      readFileSync(gen.followersCsv, "utf8");
    };
    await readAll();
    const parse = await runs(readAll);
    const bare = await runs(() => execFileSync(process.execPath, ["-e", ""]));

    const help = await runs(vouch(["--help"], {}));
    const first: number[] = [];
    for (let i = 0; i < RUNS; i++) first.push(await time(vouch(["creators"], { VOUCH_DATA: newFolder() })));
    const imports: number[] = [];
    let dataDir = "";
    for (let i = 0; i < RUNS; i++) {
      dataDir = newFolder();
      imports.push(
        await time(
          vouch(["import", "--quiet", "--account", "instagram:bench_creator", gen.folder, gen.followersCsv], {
            VOUCH_DATA: dataDir,
          }),
        ),
      );
    }
    const auditArgs = ["audit", "instagram:bench_creator", "--json"];
    const auditLite = await runs(vouch(auditArgs, { VOUCH_DATA: dataDir }));
    const creators = await runs(vouch(["creators"], { VOUCH_DATA: dataDir }));
    let auditPg: number[] = [];
    if (pgUp) {
      await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      vouch(["import", "--quiet", "--account", "instagram:bench_creator", gen.folder, gen.followersCsv], {
        DATABASE_URL: url,
      })();
      auditPg = await runs(vouch(auditArgs, { DATABASE_URL: url }));
    }

    const verdict = (met: boolean) => (met ? "met" : "MISSED");
    const line = (label: string, times: number[], target: string, met: boolean) =>
      console.log(`${label.padEnd(44)}${ms(median(times)).padStart(8)}   target ${target}: ${verdict(met)}`);
    console.log(`${"(ref) read + JSON.parse every file".padEnd(44)}${ms(median(parse)).padStart(8)}`);
    console.log(`${"(ref) node -e '' (a new process)".padEnd(44)}${ms(median(bare)).padStart(8)}`);
    line("vouch --help", help, "≤ 150 ms", median(help) <= 150);
    line("vouch creators, first on a new data folder", first, "≤ 1,500 ms", median(first) <= 1500);
    line("vouch creators, existing data folder", creators, "≤ 600 ms", median(creators) <= 600);
    line("vouch audit --json, PGlite", auditLite, "≤ 1,500 ms", median(auditLite) <= 1500);
    if (pgUp) line("vouch audit --json, PostgreSQL", auditPg, "≤ 1,000 ms", median(auditPg) <= 1000);
    else console.log("vouch audit --json, PostgreSQL                skipped: no server at BENCH_PG_URL");
    const rate = gen.comments / (median(imports) / 1000);
    console.log(
      `${"vouch import, new data folder".padEnd(44)}${ms(median(imports)).padStart(8)}   ${Math.round(rate).toLocaleString()} comments/s, target ≥ 40,000/s: ${verdict(rate >= 40_000)}`,
    );
    const all = { parse, bare, help, first, creators, auditLite, auditPg, imports };
    console.log(
      `runs: ${Object.entries(all)
        .map(([k, v]) => `${k} ${v.map((x) => x.toFixed(0)).join(",")}`)
        .join(" | ")}`,
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
