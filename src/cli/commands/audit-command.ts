// `vouch audit platform:username`: compute, store and print the audit: as the report
// model in words (the creator page's sections and figures), or with --json the result.
import { type Command, InvalidArgumentError } from "commander";
import { parseAccountKey } from "../../core/account-key.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";

export function registerAudit(program: Command, io: CliIo) {
  program
    .command("audit")
    .description("audit engagement, responsiveness and comments of a stored account")
    .argument("<account>", "platform:username, e.g. instagram:some_creator")
    .option("--json", "print the full result as JSON (a stable interface: docs/cli.md)")
    .option("--window <posts>", "latest posts used for engagement rate", positiveInt, 12)
    .action(async (key: string, o: { json?: boolean; window: number }) => {
      const ref = parseAccountKey(key);
      const { auditAccount } = await import("../../services/audit-account.js");
      if (o.json) {
        const audit = await withDatabase(io, async (d) =>
          auditAccount(d.db, await localWorkspaceId(d.db), ref, {
            now: io.now(),
            options: { window: o.window },
          }),
        );
        io.stdout(`${JSON.stringify(audit.result, null, 2)}\n`);
        return;
      }
      // The text is the report of the audit just stored, read back as the creator page
      // reads it: with the creator's name, the audit before it and the media kit's fit.
      const [{ getReportData }, { formatReport }] = await Promise.all([
        import("../../services/get-report-data.js"),
        import("../format-audit.js"),
      ]);
      const report = await withDatabase(io, async (d) => {
        const workspaceId = await localWorkspaceId(d.db);
        await auditAccount(d.db, workspaceId, ref, { now: io.now(), options: { window: o.window } });
        return (await getReportData(d.db, workspaceId, ref)).report;
      });
      if (!report) throw new Error(`the audit of ${key} was not stored`);
      io.stdout(formatReport(report));
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}
