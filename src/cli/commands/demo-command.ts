// `vouch demo` (what `npm start` runs): import the two sample creators shipped
// in fixtures/demo — one healthy, one with bought-looking engagement — audit
// both and print them side by side, then each report.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { parseAccountKey } from "../../core/account-key.js";
import { scoreWithConfidence, trustCoverage } from "../../core/score-confidence.js";
import { dataDir } from "../../db/database-settings.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import { num, pct } from "../format.js";
import type { CliIo } from "../io.js";
import { projectRoot } from "../project-root.js";
import { withDatabase } from "../with-database.js";
import { table } from "./creators-command.js";

export function registerDemo(program: Command, io: CliIo) {
  program
    .command("demo")
    .description("import and audit the two sample creators (what npm start runs)")
    .action(async () => {
      const demoDir = join(projectRoot()?.root ?? ".", "fixtures", "demo");
      const paths = readdirSync(demoDir)
        .filter((n) => n.endsWith(".json"))
        .map((n) => join(demoDir, n));
      const [{ auditAccount }, { importSources }, { formatAudit }] = await Promise.all([
        import("../../services/audit-account.js"),
        import("../../services/import-sources.js"),
        import("../format-audit.js"),
      ]);
      await withDatabase(io, async (d) => {
        io.stdout(
          `Vouch demo — database: ${d.kind} at ${d.kind === "pglite" ? dataDir(io.env) : d.location}\n\n`,
        );
        const workspaceId = await localWorkspaceId(d.db);
        const summary = await importSources(d.db, workspaceId, paths, { now: io.now() });
        const audits = [];
        for (const a of summary.accounts)
          audits.push(
            (await auditAccount(d.db, workspaceId, parseAccountKey(a.account), { now: io.now() })).result,
          );
        io.stdout(
          table(
            [
              "account",
              "trust score",
              "followers",
              "median ER",
              "tier benchmark",
              "reply share",
              "generic",
              "same text",
              "repeat commenters",
              "fake followers (95%)",
            ],
            audits.map((r) => [
              `${r.account.platform}:${r.account.username}`,
              r.score.value === null
                ? "n/a"
                : scoreWithConfidence(r.score.value, r.score.grade?.band ?? null, trustCoverage(r.score)),
              r.account.followers === null ? "?" : num(r.account.followers),
              pct(r.engagement.medianRate),
              r.engagement.benchmark ? pct(r.engagement.benchmark.rate) : "",
              pct(r.responsiveness.replyShare, 1),
              pct(r.comments.genericShare, 1),
              pct(r.comments.duplicateShare, 1),
              String(r.comments.repeatCommenters.length),
              r.audience.fakeShare === null
                ? "n/a"
                : `${pct(r.audience.fakeShare, 0)} (${pct(r.audience.fakeShareLow, 0)}–${pct(r.audience.fakeShareHigh, 0)})`,
            ]),
          ),
        );
        for (const r of audits)
          io.stdout(`\n${"─".repeat(78)}\n${formatAudit(r, new Date(io.now()).toISOString())}`);
        io.stdout(
          "\nNext: vouch import <Instaloader folder | JSON | CSV>, vouch creators, vouch audit instagram:<username> [--json], vouch report instagram:<username> --pdf report.pdf\n",
        );
      });
    });
}
