// Builds the `vouch` program and runs one command line, its output made inert for the
// terminal (inert-text.ts). Returns the exit code: 0 success, 1 a user error (one line
// on stderr), 2 an unexpected failure.
import { Command, CommanderError } from "commander";
import { VouchError } from "../core/errors.js";
import { registerAudit } from "./commands/audit-command.js";
import { registerCampaigns } from "./commands/campaigns-command.js";
import { registerComments } from "./commands/comments-command.js";
import { registerContract } from "./commands/contract-command.js";
import { registerCreators } from "./commands/creators-command.js";
import { registerDeliverables } from "./commands/deliverables-command.js";
import { registerDemo } from "./commands/demo-command.js";
import { registerFollowers } from "./commands/followers-command.js";
import { registerImport } from "./commands/import-command.js";
import { registerLinks } from "./commands/links-command.js";
import { registerMediaKit } from "./commands/mediakit-command.js";
import { registerRedirect } from "./commands/redirect-command.js";
import { registerReport } from "./commands/report-command.js";
import { registerTargets } from "./commands/targets-command.js";
import { connectionLost } from "./connection-lost.js";
import { inertText } from "./inert-text.js";
import type { CliIo } from "./io.js";
import { projectRoot } from "./project-root.js";

/** Columns the help is wrapped to. */
const HELP_WIDTH = 100;

export async function runCli(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Every command writes through these: untrusted text never reaches the terminal raw.
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(inertText(text)),
    stderr: (text) => terminal.stderr(inertText(text)),
  };
  const program = new Command("vouch")
    .description("Vet micro-influencers: import a creator's data and audit engagement, replies and comments.")
    .version(projectRoot()?.version ?? "unknown", "-v, --version", "print the version")
    .exitOverride()
    // One width on every terminal, so the help the bundle keeps ready (quick-answer.ts) is
    // the same text the program prints.
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
    });
  registerImport(program, io);
  registerCreators(program, io);
  registerAudit(program, io);
  registerReport(program, io);
  registerDemo(program, io);
  registerFollowers(program, io);
  registerComments(program, io);
  registerTargets(program, io);
  registerMediaKit(program, io);
  registerCampaigns(program, io);
  registerContract(program, io);
  registerDeliverables(program, io);
  registerLinks(program, io);
  registerRedirect(program, io);

  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (caught) {
    if (caught instanceof CommanderError) return caught.exitCode === 0 ? 0 : 1;
    const err = connectionLost(caught, io.env) ?? caught;
    if (err instanceof VouchError) {
      io.stderr(`vouch: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(
      `vouch: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 2;
  }
}
