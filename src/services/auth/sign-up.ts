// Use-case: a new user with a new workspace of their own (they are its owner),
// signed in at once (the public form, request-sign-up.ts, signs no one in).
import type { Kysely } from "kysely";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { hashPassword } from "./passwords.js";
import { createSession } from "./sessions.js";

export interface SignUpInput {
  email: string;
  password: string;
  name?: string | null;
  workspaceName: string;
}

export async function signUp(db: Kysely<DB>, input: SignUpInput, now: number) {
  const account = await createAccount(db, input, now);
  const sessionToken = await createSession(db, account.userId, account.workspaceId, now);
  return { ...account, sessionToken };
}

/** The user, a workspace they own, in one transaction; nobody signed in. A taken email is a conflict. */
export async function createAccount(db: Kysely<DB>, input: SignUpInput, now: number) {
  const email = cleanText(input.email).trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254)
    throw new VouchError("invalid_input", "enter a valid email address", { field: "email" });
  const workspaceName = cleanText(input.workspaceName).trim();
  if (!workspaceName || workspaceName.length > 100)
    throw new VouchError("invalid_input", "name the workspace (up to 100 characters)", {
      field: "workspaceName",
    });
  const passwordHash = await hashPassword(input.password, [email, input.name ?? "", workspaceName]);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    if (taken)
      throw new VouchError("conflict", "an account with this email exists already; sign in instead", {
        field: "email",
      });
    const user = await trx
      .insertInto("users")
      .values({
        email,
        name: input.name ? cleanText(input.name).slice(0, 100) : null,
        password_hash: passwordHash,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const workspace = await trx
      .insertInto("workspaces")
      .values({
        name: workspaceName,
        slug: `w-${user.id}-${Math.floor(now / 1000).toString(36)}`,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("memberships")
      .values({ workspace_id: workspace.id, user_id: user.id, role: "owner" })
      .execute();
    return { userId: user.id, workspaceId: workspace.id };
  });
}
