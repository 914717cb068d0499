// /import — upload a creator's data. public/import.js sends the form with
// XMLHttpRequest to POST /api/v1/imports (Accept: application/x-ndjson; the
// session cookie authenticates, the same-origin Origin header passes CSRF) and
// shows upload and processing progress; then it asks POST /import/audit to
// audit the imported accounts and links to them. Without JavaScript the form
// posts to POST /import, which does the same in one request.
import type { Hono } from "hono";
import { z } from "zod";
import { parseAccountKey } from "../../core/account-key.js";
import { VouchError } from "../../core/errors.js";
import { isoTimeToMs } from "../../ingest/iso-time.js";
import { auditAccount } from "../../services/audit-account.js";
import { findAccount } from "../../services/find-account.js";
import type { ImportSummary } from "../../services/import-sources.js";
import type { UploadedFile } from "../../services/import-upload.js";
import { inThreadUploadImporter } from "../../services/import-upload-in-worker.js";
import type { AppEnv } from "../env.js";
import { field, formError } from "./form-field.js";
import { num, pct } from "./format.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { type PageContext, pageCaller } from "./page-context.js";

const AuditRequest = z.object({ accounts: z.array(z.string().max(120)).min(1).max(100) });

interface Audited {
  account: string;
  creatorId: number;
  medianRate: number | null;
}

export function registerImportPage(pages: Hono<AppEnv>) {
  pages.get("/import", (c) => {
    const caller = pageCaller(c, "write");
    return c.html(
      layout({
        title: "Import",
        caller,
        current: "import",
        main: importView(null),
        scripts: ["/assets/import.js"],
      }),
    );
  });

  // Without JavaScript: import, audit and show the result in one request.
  pages.post("/import", async (c) => {
    const caller = pageCaller(c, "write");
    const body = await c.req.parseBody({ all: true });
    const files: UploadedFile[] = [];
    for (const f of [body.files ?? []].flat())
      if (f instanceof File && f.name)
        files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    const text = (name: string) => (typeof body[name] === "string" ? (body[name] as string).trim() : "");
    try {
      const capturedAt = text("capturedAt") ? isoTimeToMs(text("capturedAt")) : null;
      if (Number.isNaN(capturedAt))
        throw new VouchError(
          "invalid_input",
          "captured at: write an ISO 8601 date-time with a zone, e.g. 2026-10-07T08:00:00Z",
        );
      const account = text("account") ? parseAccountKey(text("account")) : null;
      const { db, now, uploadImporter = inThreadUploadImporter(db) } = c.var.deps;
      const summary = await uploadImporter(caller.workspaceId, files, { account, capturedAt, now: now() });
      const audited = await auditAll(
        c,
        summary.accounts.map((a) => a.account),
      );
      return c.html(
        layout({ title: "Imported", caller, current: "import", main: resultView(summary, audited) }),
        201,
      );
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "unauthorized" || err.code === "forbidden") throw err;
      return c.html(
        layout({
          title: "Import",
          caller,
          current: "import",
          main: importView(err.message),
          scripts: ["/assets/import.js"],
        }),
        err.status as 400,
      );
    }
  });

  // After an upload through the API: audit the imported accounts, answer their creator pages.
  pages.post("/import/audit", async (c) => {
    pageCaller(c, "write");
    const parsed = AuditRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw new VouchError("invalid_input", 'send {"accounts": ["platform:username", …]}');
    return c.json({ creators: await auditAll(c, parsed.data.accounts) }, 200);
  });
}

async function auditAll(c: PageContext, accounts: string[]): Promise<Audited[]> {
  const caller = pageCaller(c, "write");
  const { db, now } = c.var.deps;
  const out: Audited[] = [];
  for (const key of accounts) {
    const ref = parseAccountKey(key);
    const account = await findAccount(db, caller.workspaceId, ref);
    const audit = await auditAccount(db, caller.workspaceId, ref, { now: now() });
    out.push({ account: key, creatorId: account.creator_id, medianRate: audit.result.engagement.medianRate });
  }
  return out;
}

function importView(error: string | null): Html {
  return html`<h1>Import a creator's data</h1>
<p>Upload a Vouch snapshot or Instagram post JSON, CSV files, <code>.json.xz</code> files, or an Instaloader folder
(as a zip, or several of its files at once). Everything is stored in one step: if a file is invalid, nothing is stored and the
error names the file, record and field. The imported creators are audited at once.</p>
${formError(error)}
<form id="import-form" method="post" action="/import" enctype="multipart/form-data" class="stack">
  <div class="field">
    <label for="f-files">Files</label>
    <p class="hint" id="f-files-hint">Choose one or more files, or one zip.</p>
    <input id="f-files" name="files" type="file" multiple required aria-describedby="f-files-hint">
  </div>
  ${field({
    label: "Account",
    name: "account",
    hint: "platform:username, for files that name no account (CSV), e.g. instagram:some_creator",
    attrs: html` autocapitalize="none" spellcheck="false"`,
  })}
  ${field({
    label: "Profile captured at",
    name: "capturedAt",
    hint: "When the data was collected, for files that do not say: an ISO 8601 date-time with a zone, e.g. 2026-10-07T08:00:00Z",
    attrs: html` autocapitalize="none" spellcheck="false"`,
  })}
  <button type="submit" id="import-submit">Import</button>
</form>
<section id="import-progress" class="progress-panel" aria-labelledby="progress-h" hidden>
  <h2 id="progress-h">Progress</h2>
  <div class="field">
    <label for="upload-progress">Upload</label>
    <progress id="upload-progress" max="100" value="0">0%</progress>
  </div>
  <div class="field">
    <label for="process-progress">Files processed</label>
    <progress id="process-progress" max="1" value="0">0</progress>
  </div>
</section>
<div id="import-status" class="status" role="status" aria-live="polite"></div>
<div id="import-result"></div>`;
}

function resultView(summary: ImportSummary, audited: Audited[]): Html {
  const byAccount = new Map(audited.map((a) => [a.account, a]));
  return html`<h1>Imported</h1>
<p role="status">${num(summary.files)} file(s) imported.</p>
<ul class="import-summary">${summary.accounts.map((a) => {
    const au = byAccount.get(a.account);
    return html`<li>${au ? html`<a href="/creators/${au.creatorId}">${a.account}</a>` : a.account}: ${
      a.created ? "added" : "updated"
    }, ${num(a.posts)} posts, ${num(a.comments)} comments, ${num(a.followers)} sampled followers${
      au ? `; median ER ${pct(au.medianRate)}` : ""
    }</li>`;
  })}</ul>
<p><a href="/import">Import more</a> · <a href="/">All creators</a></p>`;
}
