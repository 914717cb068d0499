// The import page: the upload form (public/import.js sends it with progress; without
// JavaScript it posts in one request), its progress panel, and the result of a
// form post: each imported account with its counts, linked to its creator page, with
// its new audit's figures unless the audit was skipped.
import type { ImportResult } from "../../services/import-and-audit.js";
import { checkboxes, field, formError } from "./form-field.js";
import { num, pct } from "./format.js";
import { type Html, html } from "./html.js";

/** What went wrong: a field's error goes next to it, any other above the form. */
export interface ImportErrors {
  form?: string | null;
  account?: string | null;
  capturedAt?: string | null;
}

export function importView(errors: ImportErrors = {}, audit = true): Html {
  return html`<h1>Import a creator's data</h1>
<p>Upload a Vouch snapshot or Instagram post JSON, CSV files, <code>.json.xz</code> files, or an Instaloader folder
(as a zip, or several of its files at once). Everything is stored in one step: if a file is invalid, nothing is stored and the
error names the file, record and field. The imported creators are audited at once, unless you untick "Audit".</p>
${formError(errors.form)}
<form id="import-form" method="post" action="/import" enctype="multipart/form-data" class="stack">
  ${field({
    label: "Files",
    name: "files",
    type: "file",
    required: true,
    hint: "Choose one or more files, or one zip.",
    attrs: html` multiple`,
  })}
  ${field({
    label: "Account",
    name: "account",
    hint: "platform:username, for files that name no account (CSV), e.g. instagram:some_creator",
    attrs: html` autocapitalize="none" spellcheck="false"`,
    error: errors.account,
  })}
  ${field({
    label: "Profile captured at",
    name: "capturedAt",
    hint: "When the data was collected, for files that do not say: an ISO 8601 date-time with a zone, e.g. 2026-10-07T08:00:00Z",
    attrs: html` autocapitalize="none" spellcheck="false"`,
    error: errors.capturedAt,
  })}
  ${checkboxes({
    name: "audit",
    legend: "Audit",
    hint: "Untick to store the data only (many imports at once, audited later from each creator's page).",
    options: [{ value: "true", label: "Audit the imported creators after the import" }],
    chosen: audit ? ["true"] : [],
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

export function importResultView(result: ImportResult): Html {
  const byAccount = new Map(result.creators.map((c) => [c.account, c]));
  return html`<h1>Imported</h1>
<p role="status">${num(result.files)} file(s) imported${result.audited ? ", creators audited" : "; not audited"}.</p>
<ul class="import-summary">${result.accounts.map((a) => {
    const creator = byAccount.get(a.account);
    const audit = creator?.audit;
    return html`<li>${creator ? html`<a href="/creators/${creator.creatorId}">${a.account}</a>` : a.account}: ${
      a.created ? "added" : "updated"
    }, ${num(a.posts)} posts, ${num(a.comments)} comments, ${num(a.followers)} sampled followers${
      audit ? `; median ER ${pct(audit.medianRate)}; trust score ${trustWords(audit)}` : ""
    }</li>`;
  })}</ul>
<p><a href="/import">Import more</a> · <a href="/">All creators</a></p>`;
}

function trustWords(a: { trustScore: number | null; grade: string | null }): string {
  return a.trustScore === null ? "not enough data" : `${a.trustScore}${a.grade ? ` (${a.grade})` : ""}`;
}
