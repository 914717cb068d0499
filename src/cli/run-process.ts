// The `vouch` executable's work, loaded by main.ts unless the answer was ready-made:
// real process streams and clock around runCli.
import { setFlagsFromString } from "node:v8";
import { runCli } from "./run-cli.js";
import { installStopSignals } from "./stop-signals.js";

// PGlite's 9 MB of WebAssembly runs in V8's baseline compiler (Liftoff) only. With
// tier-up, V8 recompiles hot functions with TurboFan on background threads, and node
// waits for those jobs before a command can exit: 0.3–0.5 s of every PGlite command,
// more than the faster code saves in a command of a few seconds (an import of 100,000
// comments is not slower either). Set before PGlite is loaded; the server keeps tier-up.
setFlagsFromString("--liftoff-only");

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
