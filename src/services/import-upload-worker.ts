// Worker-thread entry of importUploadInWorker: unpacks and imports one upload with its
// own database connection, posting progress, then the summary or the error.
import { parentPort, workerData } from "node:worker_threads";
import { VouchError } from "../core/errors.js";
import { connectPostgres } from "../db/connect-postgres.js";
import { importUpload } from "./import-upload.js";
import type { UploadWorkerData, WorkerMessage } from "./import-upload-in-worker.js";

const { target, workspaceId, files, opts } = workerData as UploadWorkerData;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const db = await connectPostgres(target, 2);
try {
  const summary = await importUpload(db, workspaceId, files, {
    ...opts,
    onProgress: (done, total) => post({ kind: "progress", done, total }),
  });
  post({ kind: "summary", summary });
} catch (err) {
  post(
    err instanceof VouchError
      ? { kind: "error", code: err.code, message: err.message, details: err.details }
      : { kind: "error", code: "internal", message: (err as Error)?.stack ?? String(err), details: {} },
  );
} finally {
  await db.destroy();
}
