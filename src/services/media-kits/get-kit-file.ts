// Use-case: one uploaded media-kit file with its bytes, for the brand to download.
// Scoped through its request's workspace: another workspace's file is not found.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";

export async function getKitFile(db: Kysely<DB>, workspaceId: number, requestId: number, fileId: number) {
  const row = await db
    .selectFrom("media_kit_files as f")
    .innerJoin("media_kit_requests as r", "r.id", "f.request_id")
    .select(["f.id", "f.name", "f.mime", "f.size", "f.data"])
    .where("f.id", "=", fileId)
    .where("f.request_id", "=", requestId)
    .where("r.workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no file ${fileId} in media-kit request ${requestId}`);
  return { id: row.id, name: row.name, mime: row.mime, size: row.size, data: new Uint8Array(row.data) };
}
