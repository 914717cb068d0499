// Ready-made answers to `vouch --help` and `vouch --version`. The bundle step
// (tools/bundle-cli.ts) runs the program once for each and writes the output into the
// bundle as constants, so the answers are the program's own and cannot drift; in tsc's
// unbundled output the constants are missing and the program answers as usual.

declare const VOUCH_HELP_TEXT: string | undefined;
declare const VOUCH_VERSION_TEXT: string | undefined;

/** The output for argv when it is ready-made, else null (run the program). */
export function quickAnswer(argv: readonly string[]): string | null {
  if (argv.length !== 1) return null;
  const flag = argv[0];
  if (flag === "--help" || flag === "-h") return typeof VOUCH_HELP_TEXT === "string" ? VOUCH_HELP_TEXT : null;
  if (flag === "--version" || flag === "-v")
    return typeof VOUCH_VERSION_TEXT === "string" ? VOUCH_VERSION_TEXT : null;
  return null;
}
