// Use-case: a signed-in user chooses a new password. The current one is asked first, so a
// browser left open does not let someone else take the account; the new one is checked as
// at sign-up (length, zxcvbn with the email and name as known words). Every other session
// of the user is signed out (one left signed in elsewhere may be why it changes); this
// browser stays signed in.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { hashToken } from "./tokens.js";

export interface PasswordChange {
  current: string;
  next: string;
}

export async function changePassword(
  db: Kysely<DB>,
  userId: number,
  sessionToken: string,
  change: PasswordChange,
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["email", "name", "password_hash"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, change.current)))
    throw new VouchError("invalid_input", "this is not your current password", { field: "currentPassword" });
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(change.next, [user.email, user.name ?? ""]);
  } catch (err) {
    // hashPassword names its field "password"; here the new one is "newPassword".
    if (err instanceof VouchError && err.details.field === "password")
      throw new VouchError(err.code, err.message, { field: "newPassword" });
    throw err;
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
    await trx
      .deleteFrom("sessions")
      .where("user_id", "=", userId)
      .where("id", "!=", hashToken(sessionToken))
      .execute();
  });
}
