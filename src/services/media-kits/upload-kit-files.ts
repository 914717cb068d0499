// Use-case (public, by link): the creator uploads several files in one post of the
// media-kit form. A post holding more files than the request has room for is refused
// whole, with one message (not one per file); otherwise each file is stored or refused
// on its own (uploadKitFile checks its type and size, and the count again under a lock),
// so one bad screenshot does not lose the others. An unknown, revoked or expired link
// is an error, as for every use-case by link.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import type { DB } from "../../db/schema.js";
import { findKitRequestByToken } from "./find-kit-request-by-token.js";
import { type KitUpload, uploadKitFile } from "./upload-kit-file.js";

export interface KitFilesUploaded {
  stored: number;
  /** Each refusal names the file (its message) and says why (its code and status). */
  refused: VouchError[];
}

export async function uploadKitFiles(
  db: Kysely<DB>,
  token: string,
  files: KitUpload[],
  now: number,
): Promise<KitFilesUploaded> {
  const r = await findKitRequestByToken(db, token, now);
  const { n } = await db
    .selectFrom("media_kit_files")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("request_id", "=", r.id)
    .executeTakeFirstOrThrow();
  const room = KIT_REQUEST_LIMITS.maxFiles - Number(n);
  if (files.length > room)
    return {
      stored: 0,
      refused: [
        new VouchError(
          "conflict",
          `this request has room for ${Math.max(0, room)} more file(s) (at most ${KIT_REQUEST_LIMITS.maxFiles}); ${files.length} were sent`,
          { field: "files" },
        ),
      ],
    };
  let stored = 0;
  const refused: VouchError[] = [];
  for (const file of files) {
    try {
      await uploadKitFile(db, token, file, now);
      stored++;
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "not_found" || err.code === "gone") throw err;
      refused.push(err);
    }
  }
  return { stored, refused };
}
