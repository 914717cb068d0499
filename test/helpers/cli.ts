// Runs the CLI in-process with captured output.
import { runCli } from "../../src/cli/run-cli.js";

export async function cli(
  argv: string[],
  env: Record<string, string>,
  now = Date.parse("2026-11-01T12:00:00Z"),
) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { ...env },
    stderrIsTTY: false,
    now: () => now,
  });
  return { code, stdout, stderr };
}
