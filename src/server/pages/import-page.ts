// /import — upload a creator's data. public/import.js sends the form with
// XMLHttpRequest to POST /api/v1/imports (Accept: application/x-ndjson; the
// session cookie authenticates, the same-origin Origin header passes CSRF), which
// imports and audits (unless "Audit after import" is unticked) as every import path
// does (services/import-and-audit.ts), and shows upload and processing progress and
// the creators. Without JavaScript the form posts to POST /import, which does the
// same in one request. The form's fields are read as the API reads them
// (import-options.ts).
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { importAndAudit } from "../../services/import-and-audit.js";
import { inThreadUploadImporter } from "../../services/import-upload-in-worker.js";
import type { AppEnv } from "../env.js";
import { importOptions } from "../import-options.js";
import { importResultView, importView } from "./import-view.js";
import { layout } from "./layout.js";
import { multipartForm, type PageContext, pageCaller } from "./page-context.js";

export function registerImportPage(pages: Hono<AppEnv>) {
  pages.get("/import", (c) => formPage(c, importView()));

  // Without JavaScript: import, audit and show the result in one request.
  pages.post("/import", async (c) => {
    const caller = pageCaller(c, "write");
    const { fields, files } = await multipartForm(c);
    try {
      // An unticked checkbox sends nothing, where the API's absent field means "audit".
      const options = importOptions({ ...fields, audit: fields.audit ?? "false" });
      const { db, now, uploadImporter = inThreadUploadImporter(db) } = c.var.deps;
      const named = files.filter((f) => f.name);
      const result = await importAndAudit(
        db,
        caller.workspaceId,
        () => uploadImporter(caller.workspaceId, named, { ...options, now: now() }),
        { audit: options.audit, now: now() },
      );
      const main = importResultView(result);
      return c.html(layout({ title: "Imported", caller, current: "import", main }), 201);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "unauthorized" || err.code === "forbidden") throw err;
      const field = err.details.field;
      const errors =
        field === "account" || field === "capturedAt" ? { [field]: err.message } : { form: err.message };
      return formPage(c, importView(errors, fields.audit !== undefined), err.status as 400);
    }
  });
}

function formPage(c: PageContext, main: ReturnType<typeof importView>, status: 200 | 400 = 200) {
  const caller = pageCaller(c, "write");
  return c.html(
    layout({ title: "Import", caller, current: "import", main, scripts: ["/assets/import.js"] }),
    status,
  );
}
