// The salt of one day's visitor hashes (METHODS.md: store a hash, never the address).
// A new random salt each day means a hash cannot be followed from one day to the next,
// and no one can test an address against the stored hashes once the day's salt is
// gone. The salt is a row, made by whichever redirect process needs it first, so every
// process hashes a visitor alike.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

/** The salt of `day` (YYYY-MM-DD, UTC), made on first use. */
export async function daySalt(db: Kysely<DB>, day: string): Promise<string> {
  await db
    .insertInto("click_salts")
    .values({ day, salt: randomBytes(32).toString("hex") })
    .onConflict((oc) => oc.column("day").doNothing())
    .execute();
  const row = await db
    .selectFrom("click_salts")
    .select("salt")
    .where("day", "=", day)
    .executeTakeFirstOrThrow();
  return row.salt;
}
