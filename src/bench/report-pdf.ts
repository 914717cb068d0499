// `npm run bench` (report part, issue 5): the creator report as a PDF for the generated
// bench creator (50 posts × 2,000 comments, a tenth with creator replies, 5,000 sampled
// followers; generate-creator.ts), imported into PGlite and audited once. Reports the
// median of several runs of (a) rendering the PDF from the report model, (b) the whole
// report as the server makes it: latest audits read from the database, the model built,
// the PDF rendered, and (c) `vouch report --pdf` end to end in a new process. Target for
// (b): ≤ 2 s. The first run of (a) and (b) is measured too (fonts read and parsed cold).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/open-database.js";
import { renderReportPdf } from "../report/render-report-pdf.js";
import { buildReportModel } from "../report/report-model.js";
import { auditAccount } from "../services/audit-account.js";
import { getReportData } from "../services/get-report-data.js";
import { importSources } from "../services/import-sources.js";
import { localWorkspaceId } from "../services/local-workspace.js";
import { median, ms } from "./bench-stats.js";
import { generateCreator } from "./generate-creator.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const ACCOUNT = { platform: "instagram" as const, username: "bench_creator" };
const TARGET_MS = 2000;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

async function main() {
  console.log(
    `\nReport PDF — machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  const root = mkdtempSync(join(tmpdir(), "vouch-bench-report-"));
  try {
    const gen = generateCreator(root);
    const dataDir = join(root, "pglite");
    const d = await openDatabase({ dataDir });
    const ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [gen.folder, gen.followersCsv], { now: Date.now(), account: ACCOUNT });
    await auditAccount(d.db, ws, ACCOUNT, { now: Date.now() });
    console.log(
      `Data: ${gen.comments.toLocaleString()} comments on 50 posts, 5,000 sampled followers; ${RUNS} runs each`,
    );

    const data = await getReportData(d.db, ws, ACCOUNT);
    if (!data.report) throw new Error("the bench creator was not audited");
    const model = buildReportModel(data.report);

    // (a) rendering alone.
    const render: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const [t, pdf] = await time(() => renderReportPdf(model));
      render.push(t);
      size = pdf.length;
    }
    // (b) read, build, render: what GET /creators/{id}/report.pdf does after authorisation.
    const whole: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [t] = await time(async () => {
        const fresh = await getReportData(d.db, ws, ACCOUNT);
        if (!fresh.report) throw new Error("no audit");
        return renderReportPdf(buildReportModel(fresh.report));
      });
      whole.push(t);
    }
    await d.close();

    // (c) `vouch report --pdf` in a new process, as a user runs it.
    const cliRuns: number[] = [];
    const out = join(root, "report.pdf");
    for (let i = 0; i < RUNS; i++) {
      const [t] = await time(async () =>
        execFileSync(process.execPath, [CLI, "report", "instagram:bench_creator", "--pdf", out], {
          env: { ...process.env, VOUCH_DATA: dataDir, DATABASE_URL: "" },
          stdio: ["ignore", "ignore", "inherit"],
        }),
      );
      cliRuns.push(t);
    }

    const b = median(whole);
    console.log(
      `(a) render the PDF from the model      ${ms(median(render))}   (${Math.round(size / 1024)} KB)`,
    );
    console.log(
      `(b) read + build + render (server)     ${ms(b)}   target ≤ ${ms(TARGET_MS)}: ${b <= TARGET_MS ? "met" : "MISSED"}`,
    );
    console.log(
      `(c) vouch report --pdf end to end      ${ms(median(cliRuns))}   (${Math.round(statSync(out).size / 1024)} KB)`,
    );
    console.log(
      `runs: a ${render.map(ms).join(", ")} | b ${whole.map(ms).join(", ")} | c ${cliRuns.map(ms).join(", ")}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
