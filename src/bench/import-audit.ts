// `npm run bench`: the import and audit benchmark of issue #2. Generates a creator
// (50 posts × 2,000 comments, a tenth with creator replies, 5,000 sampled
// followers) and reports medians of several runs:
//   (a) read + JSON.parse every file, (b) import into PGlite, (c) import into
//   PostgreSQL, (d) `vouch audit` end to end (a new process), (e) the audit's core
//   computation alone; with the ratios to (a). (a) and (e) each get one unmeasured
//   warm-up run (file cache, JIT); imports run on a fresh database each time.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { auditAccount } from "../core/audit.js";
import { loadAuditInput } from "../db/load-audit-input.js";
import { openDatabase } from "../db/open-database.js";
import { readText } from "../ingest/read-text.js";
import { findAccount } from "../services/find-account.js";
import { importSources } from "../services/import-sources.js";
import { localWorkspaceId } from "../services/local-workspace.js";
import { median, ms, time } from "./bench-stats.js";
import { generateCreator } from "./generate-creator.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const ACCOUNT = { platform: "instagram" as const, username: "bench_creator" };

async function main() {
  const root = mkdtempSync(join(tmpdir(), "vouch-bench-"));
  const out: string[] = [];
  const say = (s: string) => {
    out.push(s);
    console.log(s);
  };
  say(
    `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  const gen = generateCreator(root);
  const files = readdirSync(gen.folder).map((n) => join(gen.folder, n));
  say(
    `Data: ${files.length} files (${gen.compressed ? "metadata .json.xz" : "metadata .json: no xz tool"}), ${gen.comments.toLocaleString()} comments, 5,000-row follower CSV; medians of ${RUNS} runs\n`,
  );

  // (a) read and JSON.parse every file; one unmeasured warm-up run, as for (e).
  const parse: number[] = [];
  const readAll = async () => {
    for (const f of files) JSON.parse(await readText(f));
    readFileSync(gen.followersCsv, "utf8");
  };
  await readAll();
  for (let i = 0; i < RUNS; i++) parse.push(await time(readAll));
  const a = median(parse);

  // (b) import into a fresh PGlite data folder each run (opening it is not timed).
  const pgliteImport: number[] = [];
  let lastDir = "";
  for (let i = 0; i < RUNS; i++) {
    lastDir = mkdtempSync(join(root, "pglite-"));
    const d = await openDatabase({ dataDir: lastDir });
    pgliteImport.push(
      await time(async () =>
        importSources(d.db, await localWorkspaceId(d.db), [gen.folder, gen.followersCsv], {
          now: Date.now(),
          account: ACCOUNT,
        }),
      ),
    );
    await d.close();
  }
  const b = median(pgliteImport);

  // (c) import into a fresh PostgreSQL schema each run.
  const pgImport: number[] = [];
  let pgAuditUrl: string | null = null;
  const admin = new pg.Client({ connectionString: PG_URL });
  const pgUp = await admin.connect().then(
    () => true,
    () => false,
  );
  if (pgUp) {
    for (let i = 0; i < RUNS; i++) {
      const schema = `vouch_bench_${process.pid}_${i}`;
      await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const d = await openDatabase({ databaseUrl: url });
      pgImport.push(
        await time(async () =>
          importSources(d.db, await localWorkspaceId(d.db), [gen.folder, gen.followersCsv], {
            now: Date.now(),
            account: ACCOUNT,
          }),
        ),
      );
      await d.close();
      if (i > 0) await admin.query(`drop schema ${schema} cascade`);
      else pgAuditUrl = url;
    }
  }
  const c = pgUp ? median(pgImport) : null;

  // (d) `vouch audit` end to end, as a user runs it: a new process each time.
  const cliRun = (env: Record<string, string>) => () =>
    execFileSync(process.execPath, [CLI, "audit", "instagram:bench_creator", "--json"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
  const dPglite: number[] = [];
  for (let i = 0; i < RUNS; i++) dPglite.push(await time(cliRun({ VOUCH_DATA: lastDir, DATABASE_URL: "" })));
  const dPg: number[] = [];
  if (pgAuditUrl) for (let i = 0; i < RUNS; i++) dPg.push(await time(cliRun({ DATABASE_URL: pgAuditUrl })));

  // (e) the audit's core computation alone, on data loaded once; plus the load itself.
  const d = await openDatabase({ dataDir: lastDir });
  const account = await findAccount(d.db, await localWorkspaceId(d.db), ACCOUNT);
  const loads: number[] = [];
  let input = await loadAuditInput(d.db, account, 50);
  for (let i = 0; i < RUNS; i++)
    loads.push(
      await time(async () => {
        input = await loadAuditInput(d.db, account, 50);
      }),
    );
  await d.close();
  const core: number[] = [];
  auditAccount(input);
  for (let i = 0; i < RUNS; i++) core.push(await time(() => auditAccount(input)));
  const e = median(core);

  const perSecond = (t: number) => gen.comments / (t / 1000);
  const rate = (t: number) => `${Math.round(perSecond(t)).toLocaleString()} comments/s`;
  const ratio = (t: number) => `${(t / a).toFixed(2)}× (a)`;
  const verdict = (met: boolean) => (met ? "met" : "MISSED");
  const dLite = median(dPglite);
  const dServer = dPg.length ? median(dPg) : null;
  say(`(a) read + JSON.parse every file       ${ms(a)}`);
  say(
    `(b) import into PGlite                 ${ms(b)}   ${rate(b)}   ${ratio(b)}   target ≥ 50,000/s: ${verdict(perSecond(b) >= 50_000)}`,
  );
  say(
    c === null
      ? "(c) import into PostgreSQL             skipped: no server at BENCH_PG_URL"
      : `(c) import into PostgreSQL             ${ms(c)}   ${rate(c)}   ${ratio(c)}   target ≥ 100,000/s: ${verdict(perSecond(c) >= 100_000)}`,
  );
  say(
    `(d) vouch audit end to end, PGlite     ${ms(dLite)}   ${ratio(dLite)}   target < 1 s: ${verdict(dLite < 1000)}`,
  );
  if (dServer !== null)
    say(
      `    vouch audit end to end, PostgreSQL ${ms(dServer)}   ${ratio(dServer)}   target < 1 s: ${verdict(dServer < 1000)}`,
    );
  say(`(e) audit core computation             ${ms(e)}   ${ratio(e)}   target ≤ (a): ${verdict(e <= a)}`);
  say(`    (loading the audit's input from PGlite: ${ms(median(loads))})`);
  say(
    `runs: a ${parse.map(ms).join(", ")} | b ${pgliteImport.map(ms).join(", ")} | c ${pgImport.map(ms).join(", ")}`,
  );
  say(
    `runs: d ${dPglite.map(ms).join(", ")} | d(pg) ${dPg.map(ms).join(", ")} | e ${core.map(ms).join(", ")}`,
  );

  if (pgUp) {
    await admin.query(`drop schema if exists vouch_bench_${process.pid}_0 cascade`);
    await admin.end();
  }
  rmSync(root, { recursive: true, force: true });
}

await main();
