// Runs importUpload in a worker thread with a database connection of its own (the
// PostgreSQL server, or the embedded server's socket), so unpacking a zip and parsing
// 100,000 comments never hold the web server's event loop: other requests go on. The
// uploaded bytes move to the worker without a copy.
import { Worker } from "node:worker_threads";
import type { Kysely } from "kysely";
import { type ErrorCode, VouchError } from "../core/errors.js";
import type { UnixSocketTarget } from "../db/connect-postgres.js";
import type { DB } from "../db/schema.js";
import type { ImportOptions, ImportSummary } from "./import-sources.js";
import { importUpload, type UploadedFile } from "./import-upload.js";

/** How an upload is imported: in a worker (npm start) or in the caller's thread (in-memory tests). */
export type UploadImporter = (
  workspaceId: number,
  files: readonly UploadedFile[],
  opts: ImportOptions,
) => Promise<ImportSummary>;

export interface UploadWorkerData {
  target: string | UnixSocketTarget;
  workspaceId: number;
  files: UploadedFile[];
  opts: Omit<ImportOptions, "onProgress">;
}

export type WorkerMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "summary"; summary: ImportSummary }
  | { kind: "error"; code: ErrorCode; message: string; details: Record<string, unknown> };

/**
 * An UploadImporter whose imports each run in a new worker thread connected to `target`.
 * `sharedDataDir`: the embedded database's folder, whose one session the worker shares
 * with the server, so imports run in short transactions (import-in-steps.ts).
 */
export function workerUploadImporter(
  target: string | UnixSocketTarget,
  sharedDataDir: string | null = null,
): UploadImporter {
  return (workspaceId, files, { onProgress, ...opts }) =>
    new Promise((resolve, reject) => {
      const data: UploadWorkerData = {
        target,
        workspaceId,
        files: [...files],
        opts: { ...opts, sharedDataDir },
      };
      const worker = new Worker(new URL("./import-upload-worker.js", import.meta.url), {
        workerData: data,
        transferList: [...new Set(files.map((f) => f.bytes.buffer as ArrayBuffer))],
      });
      let settled = false;
      worker.on("message", (m: WorkerMessage) => {
        if (m.kind === "progress") return onProgress?.(m.done, m.total);
        settled = true;
        if (m.kind === "summary") resolve(m.summary);
        else if (m.code === "internal") {
          console.error(`import worker: ${m.message}`);
          reject(new VouchError("internal", "unexpected failure while importing"));
        } else reject(new VouchError(m.code, m.message, m.details));
      });
      worker.once("error", (err) => {
        settled = true;
        console.error(err);
        reject(new VouchError("internal", "unexpected failure while importing"));
      });
      worker.once("exit", (code) => {
        if (!settled)
          reject(
            new VouchError("unavailable", `the import stopped before it finished (worker exit ${code})`),
          );
      });
    });
}

/** Imports in the caller's thread: for a database no other thread can reach (in-memory PGlite). */
export function inThreadUploadImporter(db: Kysely<DB>): UploadImporter {
  return (workspaceId, files, opts) => importUpload(db, workspaceId, files, opts);
}
