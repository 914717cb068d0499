// `npm run bench`, issue 5: the full audit with the trust score (engagement, anomalies,
// responsiveness, comments, audience, growth, niche, voice, disclosure, score) for the
// generated creator (50 posts, 100,000 comments, 5,000 followers, a year of daily
// counts) on PGlite, end to end as the service runs it: load from the database,
// compute, store. Also the compute alone, the load alone, and `vouch audit --json` as a
// new process (start-up and opening the data folder included). Medians of BENCH_RUNS.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auditAccount as computeAudit } from "../core/audit.js";
import { loadAuditInput } from "../db/load-audit-input.js";
import { openDatabase } from "../db/open-database.js";
import { auditAccount } from "../services/audit-account.js";
import { findAccount } from "../services/find-account.js";
import { importSources } from "../services/import-sources.js";
import { localWorkspaceId } from "../services/local-workspace.js";
import { median, ms, time } from "./bench-stats.js";
import { generateCreator } from "./generate-creator.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const ACCOUNT = { platform: "instagram" as const, username: "bench_creator" };

async function main() {
  const root = mkdtempSync(join(tmpdir(), "vouch-bench-score-"));
  try {
    console.log(
      `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    );
    const gen = generateCreator(root);
    const dataDir = join(root, "pglite");
    const d = await openDatabase({ dataDir });
    const workspaceId = await localWorkspaceId(d.db);
    await importSources(d.db, workspaceId, [gen.folder, gen.followersCsv, gen.dailyCountsCsv], {
      now: Date.now(),
      account: ACCOUNT,
    });
    console.log(
      `Data: 50 posts, ${gen.comments.toLocaleString()} comments, 5,000 sampled followers, 365 days of counts; PGlite; medians of ${RUNS} runs\n`,
    );

    const account = await findAccount(d.db, workspaceId, ACCOUNT);
    const endToEnd: number[] = [];
    const loads: number[] = [];
    const computes: number[] = [];
    let input = await loadAuditInput(d.db, account, 50);
    let result = computeAudit(input);
    await auditAccount(d.db, workspaceId, ACCOUNT, { now: Date.now() }); // warm-up, not measured
    for (let i = 0; i < RUNS; i++) {
      endToEnd.push(await time(() => auditAccount(d.db, workspaceId, ACCOUNT, { now: Date.now() })));
      loads.push(
        await time(async () => {
          input = await loadAuditInput(d.db, account, 50);
        }),
      );
      computes.push(
        await time(() => {
          result = computeAudit(input);
        }),
      );
    }
    await d.close();

    const cli: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++)
      cli.push(
        await time(() =>
          execFileSync(process.execPath, [CLI, "audit", "instagram:bench_creator", "--json"], {
            env: { ...process.env, VOUCH_DATA: dataDir, DATABASE_URL: "" },
            stdio: ["ignore", "ignore", "inherit"],
          }),
        ),
      );

    const e = median(endToEnd);
    console.log(
      `(f) audit + trust score, end to end (load, compute, store)  ${ms(e)}   target ≤ 1 s: ${e <= 1000 ? "met" : "MISSED"}`,
    );
    console.log(`    of which loading the input from PGlite               ${ms(median(loads))}`);
    console.log(`    of which the computation (src/core/audit.ts)          ${ms(median(computes))}`);
    console.log(
      `    vouch audit --json as a new process                   ${ms(median(cli))} (start-up and opening PGlite included)`,
    );
    console.log(
      `    score ${result.score.value} (${result.score.grade?.band}); growth ${result.growth.points} days; ${result.disclosure.sponsoredPosts} sponsored posts`,
    );
    console.log(`runs: f ${endToEnd.map(ms).join(", ")} | cli ${cli.map(ms).join(", ")}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
