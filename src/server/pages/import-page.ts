// /import — upload a creator's data. public/import.js sends the form with
// XMLHttpRequest to POST /api/v1/imports (Accept: application/x-ndjson; the
// session cookie authenticates, the same-origin Origin header passes CSRF) and
// shows upload and processing progress; then it asks POST /import/audit to
// audit the imported accounts and links to them. Without JavaScript the form
// posts to POST /import, which does the same in one request. The form's text
// fields are read as the API reads them (import-options.ts).
import type { Hono } from "hono";
import { z } from "zod";
import { VouchError } from "../../core/errors.js";
import { auditImportedAccounts } from "../../services/audit-imported-accounts.js";
import { inThreadUploadImporter } from "../../services/import-upload-in-worker.js";
import type { AppEnv } from "../env.js";
import { importOptions } from "../import-options.js";
import { importResultView, importView } from "./import-view.js";
import { layout } from "./layout.js";
import { multipartForm, type PageContext, pageCaller } from "./page-context.js";

const AuditRequest = z.object({ accounts: z.array(z.string().max(120)).min(1).max(100) });

export function registerImportPage(pages: Hono<AppEnv>) {
  pages.get("/import", (c) => formPage(c, importView()));

  // Without JavaScript: import, audit and show the result in one request.
  pages.post("/import", async (c) => {
    const caller = pageCaller(c, "write");
    const { fields, files } = await multipartForm(c);
    try {
      const options = importOptions(fields);
      const { db, now, uploadImporter = inThreadUploadImporter(db) } = c.var.deps;
      const named = files.filter((f) => f.name);
      const summary = await uploadImporter(caller.workspaceId, named, { ...options, now: now() });
      const keys = summary.accounts.map((a) => a.account);
      const audited = await auditImportedAccounts(db, caller.workspaceId, keys, now());
      const main = importResultView(summary, audited);
      return c.html(layout({ title: "Imported", caller, current: "import", main }), 201);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "unauthorized" || err.code === "forbidden") throw err;
      const field = err.details.field;
      const errors =
        field === "account" || field === "capturedAt" ? { [field]: err.message } : { form: err.message };
      return formPage(c, importView(errors), err.status as 400);
    }
  });

  // After an upload through the API: audit the imported accounts, answer their creator pages.
  pages.post("/import/audit", async (c) => {
    const caller = pageCaller(c, "write");
    const parsed = AuditRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw new VouchError("invalid_input", 'send {"accounts": ["platform:username", …]}');
    const { db, now } = c.var.deps;
    return c.json(
      { creators: await auditImportedAccounts(db, caller.workspaceId, parsed.data.accounts, now()) },
      200,
    );
  });
}

function formPage(c: PageContext, main: ReturnType<typeof importView>, status: 200 | 400 = 200) {
  const caller = pageCaller(c, "write");
  return c.html(
    layout({ title: "Import", caller, current: "import", main, scripts: ["/assets/import.js"] }),
    status,
  );
}
