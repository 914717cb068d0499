// Use-case (public, by link): the creator uploads an insight screenshot or a PDF
// kit. Kept only when its first bytes say PNG, JPEG, WebP or PDF (the name and the
// browser's type are not trusted), at most 5 MB, at most 10 files per request;
// the stored type is the detected one. The count is checked in the transaction
// that inserts, with the request's row locked, so parallel uploads cannot pass 10.
import type { Kysely } from "kysely";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import { KIT_FILE_TYPES, kitFileType } from "../../core/kit-file-type.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import type { DB } from "../../db/schema.js";
import { findKitRequestByToken } from "./find-kit-request-by-token.js";
import type { KitFileInfo } from "./get-kit-request.js";
import { iso } from "./kit-request-summary.js";

export interface KitUpload {
  name: string;
  bytes: Uint8Array;
}

const MB = 1024 * 1024;

export async function uploadKitFile(
  db: Kysely<DB>,
  token: string,
  file: KitUpload,
  now: number,
): Promise<KitFileInfo> {
  const name = safeName(file.name);
  if (file.bytes.length === 0)
    throw new VouchError("invalid_file", `${name}: the file is empty`, { field: "files", file: name });
  if (file.bytes.length > KIT_REQUEST_LIMITS.maxFileBytes)
    throw new VouchError(
      "payload_too_large",
      `${name}: the file is ${(file.bytes.length / MB).toFixed(1)} MB; each file may be at most ${KIT_REQUEST_LIMITS.maxFileBytes / MB} MB`,
      { field: "files", file: name },
    );
  const mime = kitFileType(file.bytes);
  if (!mime)
    throw new VouchError(
      "unsupported_media_type",
      `${name}: not a ${Object.values(KIT_FILE_TYPES).join(", ")} file (read from its content, not its name)`,
      { field: "files", file: name },
    );
  return db.transaction().execute(async (trx) => {
    const r = await findKitRequestByToken(trx, token, now, { forUpdate: true });
    // Serialises uploads of one request on PostgreSQL (PGlite is one session already).
    await trx.selectFrom("media_kit_requests").select("id").where("id", "=", r.id).forUpdate().execute();
    const { n } = await trx
      .selectFrom("media_kit_files")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("request_id", "=", r.id)
      .executeTakeFirstOrThrow();
    if (Number(n) >= KIT_REQUEST_LIMITS.maxFiles)
      throw new VouchError(
        "conflict",
        `${name}: this request holds ${KIT_REQUEST_LIMITS.maxFiles} files already, the most it may`,
        { field: "files", file: name },
      );
    const row = await trx
      .insertInto("media_kit_files")
      .values({ request_id: r.id, name, mime, size: file.bytes.length, data: file.bytes })
      .returning(["id", "uploaded_at"])
      .executeTakeFirstOrThrow();
    return { id: row.id, name, mime, size: file.bytes.length, uploadedAt: iso(row.uploaded_at) as string };
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The file's own name without folders or control characters, at most 120 characters. */
function safeName(raw: string): string {
  const base = cleanText(raw.split(/[\\/]/).pop() ?? "")
    .replace(CONTROL, "")
    .trim();
  return (base || "file").slice(0, 120);
}
