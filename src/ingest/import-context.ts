// Options every reader receives: who the data belongs to when the files do not
// say, when it was captured, and a callback for progress.
import type { AccountRef } from "../core/types.js";

export interface ImportContext {
  /** Account to use when a file does not name its owner (CSV, owner-less posts). */
  account: AccountRef | null;
  /** When the data was captured, if the user says; otherwise from the files or the clock. */
  capturedAt: number | null;
  /** The import's clock reading, the last fallback for capturedAt. */
  now: number;
  /** Called once per file read. */
  onFile?: (file: string) => void;
}
