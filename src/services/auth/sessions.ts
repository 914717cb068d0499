// Sign-in sessions: a token in an httpOnly cookie, its hash in `sessions`.
// Sessions last 30 days and are renewed when used in their last 15 days.
import type { Kysely } from "kysely";
import type { Role } from "../../core/roles.js";
import type { DB } from "../../db/schema.js";
import { hashToken, newToken } from "./tokens.js";

export const SESSION_DAYS = 30;
const DAY = 86_400_000;

export interface Caller {
  userId: number | null;
  email: string | null;
  workspaceId: number;
  workspaceName: string;
  role: Role;
  /** "session" (browser) or "token" (API token). */
  via: "session" | "token";
}

export async function createSession(db: Kysely<DB>, userId: number, workspaceId: number, now: number) {
  const token = newToken("vs");
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      workspace_id: workspaceId,
      expires_at: new Date(now + SESSION_DAYS * DAY),
    })
    .execute();
  return token;
}

/** The caller behind a session token, or null when it is unknown, expired or its membership is gone. */
export async function validateSession(db: Kysely<DB>, token: string, now: number): Promise<Caller | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .innerJoin("memberships as m", (j) =>
      j.onRef("m.user_id", "=", "s.user_id").onRef("m.workspace_id", "=", "s.workspace_id"),
    )
    .innerJoin("workspaces as w", "w.id", "s.workspace_id")
    .select(["s.expires_at", "s.user_id", "s.workspace_id", "u.email", "m.role", "w.name"])
    .where("s.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const expires = new Date(row.expires_at).getTime();
  if (expires <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (expires - now < (SESSION_DAYS / 2) * DAY)
    await db
      .updateTable("sessions")
      .set({ expires_at: new Date(now + SESSION_DAYS * DAY) })
      .where("id", "=", id)
      .execute();
  return {
    userId: row.user_id,
    email: row.email,
    workspaceId: row.workspace_id,
    workspaceName: row.name,
    role: row.role,
    via: "session",
  };
}

export async function deleteSession(db: Kysely<DB>, token: string) {
  await db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}
