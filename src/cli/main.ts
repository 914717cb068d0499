#!/usr/bin/env node
// The `vouch` executable: real process streams and clock around runCli.
import { runCli } from "./run-cli.js";
import { installStopSignals } from "./stop-signals.js";

// `vouch … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

installStopSignals((t) => process.stderr.write(t));
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => Date.now(),
});
process.exitCode = code;
