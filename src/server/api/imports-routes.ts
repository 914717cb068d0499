// POST /api/v1/imports: multipart upload of the formats `vouch import` reads, then
// the imported creators audited (unless `audit=false`), as the import page and
// `vouch import` do: services/import-and-audit.ts. With `Accept: application/x-ndjson`
// the answer streams progress lines ({"progress": {"done", "total"}}) and ends with
// the summary or the error; otherwise it is the summary (201) or the error.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { stream } from "hono/streaming";
import { VouchError } from "../../core/errors.js";
import { importAndAudit } from "../../services/import-and-audit.js";
import type { UploadedFile } from "../../services/import-upload.js";
import { inThreadUploadImporter } from "../../services/import-upload-in-worker.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { errorBody } from "../error-response.js";
import { importOptions } from "../import-options.js";
import { ErrorSchema, errorResponses, ImportSummarySchema, jsonContent } from "./schemas.js";

const ImportForm = z.object({
  files: z
    .union([z.instanceof(File), z.array(z.instanceof(File))])
    .openapi({ type: "array", items: { type: "string", format: "binary" } }),
  account: z
    .string()
    .optional()
    .openapi({ description: "platform:username, for files that name no account (CSV)" }),
  capturedAt: z.string().optional().openapi({ description: "ISO 8601 date-time with a zone" }),
  audit: z
    .string()
    .optional()
    .openapi({
      description:
        'audit the imported creators after the import: "true" (the default) or "false" to store the data only',
      enum: ["true", "false"],
    }),
});

const route = createRoute({
  method: "post",
  path: "/api/v1/imports",
  operationId: "importFiles",
  summary:
    "Import uploaded files: Vouch snapshot JSON, Instagram post JSON, CSV, .json.xz, or a zip of an Instaloader folder",
  security: [{ bearer: [] }, { session: [] }],
  request: { body: { content: { "multipart/form-data": { schema: ImportForm } }, required: true } },
  responses: {
    201: jsonContent(ImportSummarySchema, "what was stored"),
    413: jsonContent(ErrorSchema, "the upload is too large"),
    422: jsonContent(ErrorSchema, "a file is invalid; nothing was stored"),
    ...errorResponses,
  },
});

export function registerImportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    // Validated by the route already; read again here because multipart types do not flow through.
    const form = ImportForm.parse(await c.req.parseBody({ all: true }));
    const caller = requireCaller(c, "write");
    const files: UploadedFile[] = [];
    for (const f of Array.isArray(form.files) ? form.files : [form.files])
      files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    const { account, capturedAt, audit } = importOptions(form);
    const { db, now, uploadImporter = inThreadUploadImporter(db) } = c.var.deps;
    const run = (onProgress?: (done: number, total: number) => void) =>
      importAndAudit(
        db,
        caller.workspaceId,
        () =>
          uploadImporter(caller.workspaceId, files, {
            account,
            capturedAt,
            now: now(),
            ...(onProgress ? { onProgress } : {}),
          }),
        { audit, now: now() },
      );

    if (!c.req.header("accept")?.includes("application/x-ndjson")) return c.json(await run(), 201);

    c.header("Content-Type", "application/x-ndjson");
    return stream(c, async (s) => {
      let last = 0;
      try {
        const summary = await run((done, total) => {
          // At most every 50 ms: enough for a progress bar, not a flood.
          const t = Date.now();
          if (t - last < 50 && done < total) return;
          last = t;
          void s.write(`${JSON.stringify({ progress: { done, total } })}\n`);
        });
        await s.write(`${JSON.stringify({ summary })}\n`);
      } catch (err) {
        const e = err instanceof VouchError ? err : new VouchError("internal", "unexpected failure");
        if (!(err instanceof VouchError)) console.error(err);
        await s.write(`${JSON.stringify(errorBody(e.code, e.message, e.details))}\n`);
      }
    }) as never;
  });
}
