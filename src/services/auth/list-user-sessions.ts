// A user's sessions (signed-in browsers), newest first, for the settings page: when each
// began, in which workspace it is, until when it lasts, and which is the browser asking.
// Expired ones are left out. Session ids are hashes, so a session is told apart by its
// hash; the token itself is never read back.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { hashToken } from "./tokens.js";

export interface UserSession {
  startedAt: string;
  expiresAt: string;
  workspaceName: string;
  current: boolean;
}

export async function listUserSessions(
  db: Kysely<DB>,
  userId: number,
  currentToken: string | null,
  now: number,
): Promise<UserSession[]> {
  const currentId = currentToken ? hashToken(currentToken) : null;
  const rows = await db
    .selectFrom("sessions as s")
    .innerJoin("workspaces as w", "w.id", "s.workspace_id")
    .select(["s.id", "s.created_at", "s.expires_at", "w.name"])
    .where("s.user_id", "=", userId)
    .where("s.expires_at", ">", new Date(now))
    .orderBy("s.created_at", "desc")
    .orderBy("s.id")
    .execute();
  return rows.map((r) => ({
    // created_at is Generated<Timestamp> in schema.ts, read back as a Date.
    startedAt: new Date(r.created_at as unknown as Date).toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
    workspaceName: r.name,
    current: r.id === currentId,
  }));
}
