// Where a PGlite data folder keeps the journals of imports written in steps
// (services/import-in-steps.ts): one folder per import, gone when it is finished.
import { join } from "node:path";

export function journalsFolder(dataDir: string): string {
  return join(dataDir, "imports");
}
