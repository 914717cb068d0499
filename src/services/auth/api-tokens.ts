// API tokens of a workspace: created by an owner, shown once, stored hashed,
// revocable. A token acts with the role it was given (member or viewer); when it was
// last used is kept to the minute.
import type { Kysely } from "kysely";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import type { Caller } from "./sessions.js";
import { hashToken, newToken } from "./tokens.js";

export async function createApiToken(
  db: Kysely<DB>,
  caller: Caller,
  input: { name: string; role: "member" | "viewer" },
) {
  const token = newToken("vch");
  const row = await db
    .insertInto("api_tokens")
    .values({
      workspace_id: caller.workspaceId,
      name: cleanText(input.name).trim(),
      token_hash: hashToken(token),
      prefix: token.slice(0, 8),
      role: input.role,
      created_by: caller.userId,
    })
    .returning(["id", "name", "prefix", "role", "created_at"])
    .executeTakeFirstOrThrow();
  return { ...tokenView(row), token };
}

export async function listApiTokens(db: Kysely<DB>, workspaceId: number) {
  const rows = await db
    .selectFrom("api_tokens")
    .select(["id", "name", "prefix", "role", "created_at", "last_used_at"])
    .where("workspace_id", "=", workspaceId)
    .where("revoked_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map(tokenView);
}

export async function revokeApiToken(db: Kysely<DB>, workspaceId: number, tokenId: number, now: number) {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: new Date(now) })
    .where("id", "=", tokenId)
    .where("workspace_id", "=", workspaceId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw new VouchError("not_found", `no API token ${tokenId} in this workspace`);
}

/** A token's last use is written at most this often: a write on every request halved throughput. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The caller behind a bearer token, or null. */
export async function authenticateApiToken(
  db: Kysely<DB>,
  token: string,
  now: number,
): Promise<Caller | null> {
  const row = await db
    .selectFrom("api_tokens as t")
    .innerJoin("workspaces as w", "w.id", "t.workspace_id")
    .select(["t.id", "t.workspace_id", "t.role", "t.last_used_at", "w.name"])
    .where("t.token_hash", "=", hashToken(token))
    .where("t.revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  // The row is read anyway, so within a minute of the last write there is nothing to do;
  // the condition repeated in the update keeps concurrent requests from writing twice.
  const stale = new Date(now - LAST_USED_RESOLUTION_MS);
  if (row.last_used_at === null || new Date(row.last_used_at) <= stale)
    await db
      .updateTable("api_tokens")
      .set({ last_used_at: new Date(now) })
      .where("id", "=", row.id)
      .where((eb) => eb.or([eb("last_used_at", "is", null), eb("last_used_at", "<=", stale)]))
      .execute();
  return {
    userId: null,
    email: null,
    workspaceId: row.workspace_id,
    workspaceName: row.name,
    role: row.role,
    via: "token",
  };
}

interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  role: string;
  created_at: unknown;
  last_used_at?: unknown;
}

function tokenView(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role as "member" | "viewer",
    createdAt: new Date(row.created_at as Date).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at as Date).toISOString() : null,
  };
}
