// Use-case: a new password through a reset link. The password is checked as at sign-up
// (length, zxcvbn with the account's email and name as known words) before the link is
// spent, so a weak one leaves the link working. Then, in one transaction: the link is
// claimed in one statement (two tabs cannot both use it), the password replaced, every
// session of the account signed out (whoever had it stays out) and the account's other
// links spent. Nobody is signed in: the person signs in with the new password.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { findPasswordReset, RESET_LINK_INVALID } from "./find-password-reset.js";
import { hashPassword } from "./passwords.js";
import { hashToken } from "./tokens.js";

export async function resetPassword(db: Kysely<DB>, token: string, password: string, now: number) {
  const account = await findPasswordReset(db, token, now); // a clear error before the slow hash
  const passwordHash = await hashPassword(password, [account.email, account.name ?? ""]);
  await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("password_resets")
      .set({ used_at: new Date(now) })
      .where("token_hash", "=", hashToken(token))
      .where("used_at", "is", null)
      .where("expires_at", ">", new Date(now))
      .returning("user_id")
      .executeTakeFirst();
    if (!claimed) throw new VouchError("not_found", RESET_LINK_INVALID);
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash })
      .where("id", "=", claimed.user_id)
      .execute();
    await trx.deleteFrom("sessions").where("user_id", "=", claimed.user_id).execute();
    await trx
      .updateTable("password_resets")
      .set({ used_at: new Date(now) })
      .where("user_id", "=", claimed.user_id)
      .where("used_at", "is", null)
      .execute();
  });
  return { email: account.email };
}
