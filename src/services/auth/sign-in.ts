// Use-case: email + password → a session in the user's first workspace. The
// same message for an unknown email and a wrong password, so sign-in cannot be
// used to find out who has an account.
import type { Kysely } from "kysely";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { verifyPassword } from "./passwords.js";
import { createSession } from "./sessions.js";

// Verified against when the email is unknown, so both cases take as long.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0fS2P4Pj1y9g0Bq0m5b8tq0QmQ4sQ1j8m6nO8F7p6zQ";

export async function signIn(db: Kysely<DB>, email: string, password: string, now: number) {
  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash"])
    .where("email", "=", cleanText(email).trim().toLowerCase())
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok) throw new VouchError("unauthorized", "wrong email or password");
  const membership = await db
    .selectFrom("memberships")
    .select("workspace_id")
    .where("user_id", "=", user.id)
    .orderBy("created_at")
    .executeTakeFirst();
  if (!membership) throw new VouchError("forbidden", "this account belongs to no workspace any more");
  return {
    userId: user.id,
    workspaceId: membership.workspace_id,
    sessionToken: await createSession(db, user.id, membership.workspace_id, now),
  };
}
