// Invitation links: an owner creates one for a role; whoever opens it joins the
// workspace — signed in already, or after signing up on the spot. The link holds
// a secret token (only its SHA-256 is stored, tokens.ts), lasts 7 days and works
// once: accepting marks it used in the same transaction that adds the member.
// Also the workspace's member list, which the same settings page shows.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { Role } from "../../core/roles.js";
import type { DB } from "../../db/schema.js";
import { hashPassword } from "./passwords.js";
import type { Caller } from "./sessions.js";
import { createSession } from "./sessions.js";
import { hashToken, newToken } from "./tokens.js";

export const INVITATION_DAYS = 7;
const DAY = 86_400_000;

export interface Invitation {
  id: number;
  workspaceId: number;
  workspaceName: string;
  role: Role;
  expiresAt: string;
}

/** A new invitation of the caller's workspace; `token` is shown once and never stored. */
export async function createInvitation(db: Kysely<DB>, caller: Caller, role: Role, now: number) {
  const token = newToken("vinv");
  const row = await db
    .insertInto("invitations")
    .values({
      workspace_id: caller.workspaceId,
      role,
      token_hash: hashToken(token),
      created_by: caller.userId,
      expires_at: new Date(now + INVITATION_DAYS * DAY),
    })
    .returning(["id", "expires_at"])
    .executeTakeFirstOrThrow();
  return { id: row.id, role, token, expiresAt: new Date(row.expires_at).toISOString() };
}

/** Unused, unexpired invitations of a workspace (never their tokens). */
export async function listInvitations(db: Kysely<DB>, workspaceId: number, now: number) {
  const rows = await db
    .selectFrom("invitations")
    .select(["id", "role", "created_at", "expires_at"])
    .where("workspace_id", "=", workspaceId)
    .where("accepted_at", "is", null)
    .where("expires_at", ">", new Date(now))
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    createdAt: isoOf(r.created_at),
    expiresAt: new Date(r.expires_at).toISOString(),
  }));
}

/** The workspace's members, owners first. */
export async function listMembers(db: Kysely<DB>, workspaceId: number) {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.name", "m.role", "m.created_at"])
    .where("m.workspace_id", "=", workspaceId)
    .orderBy("m.created_at")
    .orderBy("u.id")
    .execute();
  const order: Record<Role, number> = { owner: 0, member: 1, viewer: 2 };
  return rows
    .map((r) => ({
      userId: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      joinedAt: isoOf(r.created_at),
    }))
    .sort((a, b) => order[a.role] - order[b.role]);
}

/** The invitation behind a token, or not_found when it is unknown, used or expired. */
export async function findInvitation(db: Kysely<DB>, token: string, now: number): Promise<Invitation> {
  const row = await db
    .selectFrom("invitations as i")
    .innerJoin("workspaces as w", "w.id", "i.workspace_id")
    .select(["i.id", "i.workspace_id", "i.role", "i.expires_at", "i.accepted_at", "w.name"])
    .where("i.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.accepted_at !== null || new Date(row.expires_at).getTime() <= now)
    throw new VouchError(
      "not_found",
      "this invitation link is unknown, used already or expired; ask for a new one",
    );
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    workspaceName: row.name,
    role: row.role,
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

/** A signed-in user joins the invitation's workspace; the answer holds a session there. */
export async function acceptInvitation(db: Kysely<DB>, token: string, userId: number, now: number) {
  return db.transaction().execute(async (trx) => {
    const invitation = await claim(trx, token, userId, now);
    const member = await trx
      .selectFrom("memberships")
      .select("role")
      .where("workspace_id", "=", invitation.workspaceId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (member)
      throw new VouchError("conflict", `you are a member of ${invitation.workspaceName} already`, {
        role: member.role,
      });
    await trx
      .insertInto("memberships")
      .values({ workspace_id: invitation.workspaceId, user_id: userId, role: invitation.role })
      .execute();
    const sessionToken = await createSession(trx, userId, invitation.workspaceId, now);
    return { workspaceId: invitation.workspaceId, role: invitation.role, sessionToken };
  });
}

export interface InvitedSignUp {
  email: string;
  password: string;
  name?: string | null;
}

/** A new user signs up through the link and joins its workspace (no workspace of their own). */
export async function signUpWithInvitation(db: Kysely<DB>, token: string, input: InvitedSignUp, now: number) {
  await findInvitation(db, token, now); // a clear error before the slow password hash
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw new VouchError("invalid_input", "enter an email address", { field: "email" });
  const passwordHash = await hashPassword(input.password, [email, input.name ?? ""]);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    if (taken)
      throw new VouchError(
        "conflict",
        "an account with this email exists already; sign in, then open the link again",
        { field: "email" },
      );
    const user = await trx
      .insertInto("users")
      .values({ email, name: input.name?.trim() || null, password_hash: passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    const invitation = await claim(trx, token, user.id, now);
    await trx
      .insertInto("memberships")
      .values({ workspace_id: invitation.workspaceId, user_id: user.id, role: invitation.role })
      .execute();
    const sessionToken = await createSession(trx, user.id, invitation.workspaceId, now);
    return { userId: user.id, workspaceId: invitation.workspaceId, role: invitation.role, sessionToken };
  });
}

/** Marks the invitation used, in one statement, so two acceptances cannot both succeed. */
async function claim(trx: Kysely<DB>, token: string, userId: number, now: number) {
  const row = await trx
    .updateTable("invitations")
    .set({ accepted_at: new Date(now), accepted_by: userId })
    .where("token_hash", "=", hashToken(token))
    .where("accepted_at", "is", null)
    .where("expires_at", ">", new Date(now))
    .returning(["workspace_id", "role"])
    .executeTakeFirst();
  if (!row)
    throw new VouchError(
      "not_found",
      "this invitation link is unknown, used already or expired; ask for a new one",
    );
  const ws = await trx
    .selectFrom("workspaces")
    .select("name")
    .where("id", "=", row.workspace_id)
    .executeTakeFirstOrThrow();
  return { workspaceId: row.workspace_id, role: row.role, workspaceName: ws.name };
}

/** A timestamp column as ISO 8601 (`created_at` is typed as Generated<…> by schema.ts, read back as Date). */
function isoOf(value: unknown): string {
  return new Date(value as Date).toISOString();
}
