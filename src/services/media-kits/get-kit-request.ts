// Use-case: one media-kit request as the brand sees it: its status and dates, the
// submitted kit (null until submitted), whether the creator has saved a draft
// since (changes not yet submitted), and the uploaded files' metadata (the bytes
// come one at a time through get-kit-file).
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { MediaKit } from "../../core/media-kit.js";
import type { DB } from "../../db/schema.js";
import {
  iso,
  type KitRequestSummary,
  selectKitRequests,
  toKitRequestSummary,
} from "./kit-request-summary.js";

export interface KitFileInfo {
  id: number;
  name: string;
  mime: string;
  size: number;
  uploadedAt: string;
}

export interface KitRequestDetail extends KitRequestSummary {
  kit: MediaKit | null;
  /** The creator saved a draft after (or without) submitting: changes the brand does not see yet. */
  hasDraft: boolean;
  files: KitFileInfo[];
}

export async function getKitRequest(
  db: Kysely<DB>,
  workspaceId: number,
  requestId: number,
  now: number,
): Promise<KitRequestDetail> {
  const row = await selectKitRequests(db, workspaceId)
    .select(["r.kit", "r.draft"])
    .where("r.id", "=", requestId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no media-kit request ${requestId}`);
  const files = await listKitFiles(db, row.id);
  return {
    ...toKitRequestSummary(row, now),
    kit: (row.kit as MediaKit | null) ?? null,
    hasDraft: row.draft !== null,
    files,
  };
}

/** The files of a request (already scoped by the caller), oldest first, without their bytes. */
export async function listKitFiles(db: Kysely<DB>, requestId: number): Promise<KitFileInfo[]> {
  const rows = await db
    .selectFrom("media_kit_files")
    .select(["id", "name", "mime", "size", "uploaded_at"])
    .where("request_id", "=", requestId)
    .orderBy("id")
    .execute();
  return rows.map((f) => ({
    id: f.id,
    name: f.name,
    mime: f.mime,
    size: f.size,
    uploadedAt: iso(f.uploaded_at) as string,
  }));
}
