// `vouch import <paths…>`: read files or folders and store them in one transaction
// (in steps when a running server shares the data folder: services/import-in-steps.ts),
// then audit the imported creators unless --no-audit, as the API and the import page do
// (services/import-and-audit.ts).
import type { Command } from "commander";
import { parseAccountKey } from "../../core/account-key.js";
import { VouchError } from "../../core/errors.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import { num, pct } from "../format.js";
import type { CliIo } from "../io.js";
import { progressReporter } from "../progress.js";
import { withDatabase } from "../with-database.js";

export function registerImport(program: Command, io: CliIo) {
  program
    .command("import")
    .description("import an Instaloader folder, Vouch snapshot JSON, Instagram post JSON or CSV files")
    .argument("<paths...>", "files or folders")
    .option(
      "--account <platform:username>",
      "the account the data belongs to, when the files do not say (CSV)",
    )
    .option(
      "--captured-at <date-time>",
      "when the data was captured (ISO 8601); default: from the files, else now",
    )
    .option("--no-audit", "store the data only; do not audit the imported creators")
    .option("--quiet", "no progress bar")
    .option("--json", "print the summary as JSON")
    .action(
      async (
        paths: string[],
        o: { account?: string; capturedAt?: string; audit: boolean; quiet?: boolean; json?: boolean },
      ) => {
        // Loaded on use: zod (the ISO check), the parsers (csv, xz) are not needed by other commands.
        const { isoTimeToMs } = await import("../../ingest/iso-time.js");
        const capturedAt = o.capturedAt === undefined ? null : isoTimeToMs(o.capturedAt);
        if (Number.isNaN(capturedAt))
          throw new VouchError(
            "invalid_input",
            `--captured-at "${o.capturedAt}" is not an ISO 8601 date-time with a time zone, e.g. 2026-10-07T08:00:00Z`,
          );
        const [{ importSources }, { importAndAudit }] = await Promise.all([
          import("../../services/import-sources.js"),
          import("../../services/import-and-audit.js"),
        ]);
        const progress = await progressReporter(io, Boolean(o.quiet), "importing");
        const result = await withDatabase(io, async (d) => {
          const workspaceId = await localWorkspaceId(d.db);
          // The progress bar ends with the files; the audits follow it.
          const runImport = () =>
            importSources(d.db, workspaceId, paths, {
              account: o.account ? parseAccountKey(o.account) : null,
              capturedAt,
              now: io.now(),
              // Through a running server, its other users take turns between short transactions.
              sharedDataDir: d.folder?.shared ? d.folder.path : null,
              ...(progress.update ? { onProgress: progress.update } : {}),
            }).finally(progress.stop);
          return importAndAudit(d.db, workspaceId, runImport, { audit: o.audit, now: io.now() });
        });
        if (o.json) return io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        const creators = new Map(result.creators.map((c) => [c.account, c]));
        for (const a of result.accounts) {
          io.stdout(
            `${a.created ? "added" : "updated"} ${a.account}: ${num(a.posts)} posts, ${num(a.comments)} comments, ${num(a.followers)} sampled followers${a.snapshotAdded ? ", new profile snapshot" : ""}\n`,
          );
          const audit = creators.get(a.account)?.audit;
          if (audit)
            io.stdout(
              `audited ${a.account}: trust score ${audit.trustScore === null ? "not enough data" : `${audit.trustScore} (${audit.grade})`}, median ER ${pct(audit.medianRate)}\n`,
            );
        }
      },
    );
}
