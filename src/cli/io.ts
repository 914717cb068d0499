// What a CLI command may touch of the outside world, passed in so tests can run
// commands in-process and read what they printed.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  stderrIsTTY: boolean;
  /** The clock, read once per command. */
  now: () => number;
}
