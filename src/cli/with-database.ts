// Opens the configured database for one command and always closes it.

import { databaseOptions } from "../db/database-settings.js";
import type { Database } from "../db/open-database.js";
import type { CliIo } from "./io.js";

export async function withDatabase<T>(io: CliIo, work: (database: Database) => Promise<T>): Promise<T> {
  const { openDatabase } = await import("../db/open-database.js");
  const database = await openDatabase(databaseOptions(io.env));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
