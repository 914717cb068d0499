// The brand's view of one media-kit request row (never its token: only the hash
// is stored), shared by the create, list, get and revoke services so they
// answer alike. The status is derived from the dates (core/kit-request-status).
import { type Kysely, sql } from "kysely";
import { type KitRequestStatus, kitRequestStatus } from "../../core/kit-request-status.js";
import type { DB } from "../../db/schema.js";

export interface KitRequestSummary {
  id: number;
  creatorId: number;
  creatorName: string;
  /** The creator's first account, e.g. "instagram:sunny_trails"; null when it has none. */
  creatorHandle: string | null;
  status: KitRequestStatus;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  openedAt: string | null;
  email: string | null;
  emailedAt: string | null;
  draftSavedAt: string | null;
  submittedAt: string | null;
}

/** Requests of one workspace with their creator, ready for toKitRequestSummary. */
export function selectKitRequests(db: Kysely<DB>, workspaceId: number) {
  return db
    .selectFrom("media_kit_requests as r")
    .innerJoin("creators as c", "c.id", "r.creator_id")
    .where("r.workspace_id", "=", workspaceId)
    .select([
      "r.id",
      "r.creator_id",
      "c.name as creator_name",
      sql<
        string | null
      >`(select a.platform || ':' || a.username from accounts a where a.creator_id = r.creator_id order by a.id limit 1)`.as(
        "creator_handle",
      ),
      "r.created_at",
      "r.expires_at",
      "r.revoked_at",
      "r.opened_at",
      "r.email",
      "r.emailed_at",
      "r.draft_saved_at",
      "r.submitted_at",
    ]);
}

type Row = {
  id: number;
  creator_id: number;
  creator_name: string;
  creator_handle: string | null;
  created_at: unknown;
  expires_at: unknown;
  revoked_at: unknown;
  opened_at: unknown;
  email: string | null;
  emailed_at: unknown;
  draft_saved_at: unknown;
  submitted_at: unknown;
};

export function toKitRequestSummary(r: Row, now: number): KitRequestSummary {
  const out = {
    id: r.id,
    creatorId: r.creator_id,
    creatorName: r.creator_name,
    creatorHandle: r.creator_handle,
    createdAt: iso(r.created_at) as string,
    expiresAt: iso(r.expires_at) as string,
    revokedAt: iso(r.revoked_at),
    openedAt: iso(r.opened_at),
    email: r.email,
    emailedAt: iso(r.emailed_at),
    draftSavedAt: iso(r.draft_saved_at),
    submittedAt: iso(r.submitted_at),
  };
  return { ...out, status: kitRequestStatus(out, now) };
}

/** A timestamp column as ISO 8601, null staying null. */
export function iso(value: unknown): string | null {
  return value === null || value === undefined ? null : new Date(value as Date).toISOString();
}
