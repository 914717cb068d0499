// `vouch audit platform:username`: compute, store and print the audit.
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
      const [{ auditAccount }, { formatAudit }] = await Promise.all([
        import("../../services/audit-account.js"),
        import("../format-audit.js"),
      ]);
      const audit = await withDatabase(io, async (d) =>
        auditAccount(d.db, await localWorkspaceId(d.db), ref, {
          now: io.now(),
          options: { window: o.window },
        }),
      );
      io.stdout(o.json ? `${JSON.stringify(audit.result, null, 2)}\n` : formatAudit(audit.result));
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}
