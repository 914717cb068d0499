// What the redirect keeps in memory: every link's slug, where it goes and whether it may
// be followed, across all workspaces (the redirect's URL names none). Read whole at
// start, then the rows changed since a moment (the poll on PGlite, a notified id on
// PostgreSQL). Nothing else of the workspace is read.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export interface RedirectLink {
  id: number;
  slug: string;
  targetUrl: string;
  enabled: boolean;
  /** Unix ms; null for never. */
  expiresAt: number | null;
  /** Unix ms of the row's last change. */
  updatedAt: number;
}

/** Every link, or those changed after `since` (Unix ms), or the one with id `id`. */
export async function loadRedirectLinks(
  db: Kysely<DB>,
  only: { since?: number; id?: number } = {},
): Promise<RedirectLink[]> {
  let query = db
    .selectFrom("links")
    .select(["id", "slug", "target_url", "enabled", "expires_at", "updated_at"]);
  if (only.since !== undefined) query = query.where("updated_at", ">", new Date(only.since));
  if (only.id !== undefined) query = query.where("id", "=", only.id);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    targetUrl: r.target_url,
    enabled: r.enabled,
    expiresAt: r.expires_at ? new Date(r.expires_at).getTime() : null,
    updatedAt: new Date(r.updated_at).getTime(),
  }));
}

/** How many links exist: a poll that sees fewer than it holds reloads them all (a partnership was deleted). */
export async function countRedirectLinks(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("links")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
