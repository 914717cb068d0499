// Opens the configured database for one command and always closes it, also when a
// signal stops the command (stop-signals.ts).

import { databaseOptions } from "../db/database-settings.js";
import type { Database } from "../db/open-database.js";
import type { CliIo } from "./io.js";
import { closeOnStop } from "./stop-signals.js";

export async function withDatabase<T>(io: CliIo, work: (database: Database) => Promise<T>): Promise<T> {
  const { openDatabase } = await import("../db/open-database.js");
  const database = await openDatabase(databaseOptions(io.env));
  const unregister = closeOnStop(() => database.close());
  try {
    return await work(database);
  } finally {
    unregister();
    await database.close();
  }
}
