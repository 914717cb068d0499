// Progress bar on stderr for long imports, drawn only when stderr is a terminal
// (cli-progress is loaded then only: most runs never draw one).
import type { CliIo } from "./io.js";

export async function progressReporter(io: CliIo, quiet: boolean, label: string) {
  if (quiet || !io.stderrIsTTY) return { update: undefined, stop: () => {} };
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} files | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * One line of status on stderr, on a terminal only: for work that cannot report its
 * progress as it goes (a large sample CSV is parsed in one synchronous call).
 */
export function statusLine(io: CliIo, quiet: boolean, text: string): void {
  if (!quiet && io.stderrIsTTY) io.stderr(`${text}\n`);
}
