// Opens the configured database for one command and always closes it, also when a
// signal stops the command (stop-signals.ts). As the data folder's owner, it first
// finishes any import a stopped process left half-written.

import { existsSync } from "node:fs";
import { databaseOptions } from "../db/database-settings.js";
import { journalsFolder } from "../db/import-journals.js";
import type { Database } from "../db/open-database.js";
import type { CliIo } from "./io.js";
import { closeOnStop } from "./stop-signals.js";

export async function withDatabase<T>(io: CliIo, work: (database: Database) => Promise<T>): Promise<T> {
  const { openDatabase } = await import("../db/open-database.js");
  const database = await openDatabase(databaseOptions(io.env));
  const unregister = closeOnStop(() => database.close());
  try {
    await finishStoppedImports(io, database);
    return await work(database);
  } finally {
    unregister();
    await database.close();
  }
}

/** As the folder's owner, finishes imports a stopped process left half-written (import-in-steps.ts). */
async function finishStoppedImports(io: CliIo, database: Database) {
  const folder = database.folder;
  if (!folder || folder.shared || !existsSync(journalsFolder(folder.path))) return;
  const { resumeImports } = await import("../services/import-in-steps.js");
  for (const summary of await resumeImports(database.db, folder.path))
    io.stderr(
      `vouch: finished an import that had stopped: ${summary.accounts.map((a) => a.account).join(", ")}\n`,
    );
}
