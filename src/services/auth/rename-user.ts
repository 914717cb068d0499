// Use-case: a user sets the name shown beside their email to colleagues (members page).
// Up to 100 characters, like sign-up's; an empty name is no name.
import type { Kysely } from "kysely";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export const MAX_USER_NAME = 100;

export async function renameUser(db: Kysely<DB>, userId: number, name: string): Promise<string | null> {
  const clean = cleanText(name).trim();
  if (clean.length > MAX_USER_NAME)
    throw new VouchError("invalid_input", `the name has more than ${MAX_USER_NAME} characters`, {
      field: "name",
    });
  await db
    .updateTable("users")
    .set({ name: clean || null })
    .where("id", "=", userId)
    .execute();
  return clean || null;
}
