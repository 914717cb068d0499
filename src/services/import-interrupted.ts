// An import in steps (import-in-steps.ts) that stopped once its rows had begun to be
// written, most often because the server serving the data folder went away. What was
// written stays, and the journal finishes the import when the folder's next owner opens
// it; the edges say so instead of "nothing was stored". The cause is the original error.
export class ImportInterrupted extends Error {
  override readonly name = "ImportInterrupted";
  constructor(
    readonly journal: string,
    cause: unknown,
  ) {
    super(
      `the import stopped while its rows were written (${cause instanceof Error ? cause.message : String(cause)})`,
      {
        cause,
      },
    );
  }
}
