#!/usr/bin/env node
// The `vouch` executable: real process streams and clock around runCli.
import { runCli } from "./run-cli.js";

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => Date.now(),
});
process.exitCode = code;
