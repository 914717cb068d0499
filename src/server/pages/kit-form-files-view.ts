// The media-kit form's uploads (a multipart form of its own, since the kit's form must
// work without JavaScript and a file input would make every draft an upload) and the
// thank-you page after a submit.
import { KIT_FILE_TYPES } from "../../core/kit-file-type.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import type { KitShareError } from "../../core/media-kit.js";
import type { KitFormView } from "../../services/media-kits/open-kit-form.js";
import { field } from "./form-field.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { kitId } from "./kit-form-inputs.js";

const MB = 1024 * 1024;
const ACCEPT = "image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf";

export function kitFilesSection(path: string, view: KitFormView, errors: KitShareError[]): Html {
  return html`<section class="kit-files" aria-labelledby="files-heading">
  <h2 id="files-heading">Screenshots and PDF kit</h2>
  ${
    view.files.length > 0
      ? html`<ul>${view.files.map((f) => html`<li>${f.name} (${KIT_FILE_TYPES[f.mime as keyof typeof KIT_FILE_TYPES] ?? f.mime}, ${sizeText(f.size)})</li>`)}</ul>`
      : html`<p>No files yet.</p>`
  }
  <form method="post" action="${path}/files" enctype="multipart/form-data" class="stack">
    ${field({
      name: "files",
      id: kitId("files"),
      label: "Files",
      type: "file",
      optional: false,
      hint: `Screenshots of your insights (PNG, JPEG or WebP) or your media kit as a PDF: at most ${KIT_REQUEST_LIMITS.maxFileBytes / MB} MB each, ${KIT_REQUEST_LIMITS.maxFiles} files in all. Save your draft first: uploading reloads this page.`,
      attrs: html` multiple accept="${ACCEPT}"`,
      error: errors.length > 0 ? errors.map((e) => e.message).join("; ") : null,
    })}
    <button type="submit">Upload</button>
  </form>
</section>`;
}

export function thanksView(
  token: string,
  view: KitFormView,
  outcome: "created" | "updated" | "unchanged",
): Html {
  return html`<h1>Thank you</h1>
<div class="alert success" role="status"><p>${
    outcome === "created"
      ? html`${view.workspaceName} has your media kit.`
      : outcome === "updated"
        ? html`${view.workspaceName} has your corrected media kit.`
        : html`${view.workspaceName} has this media kit already; nothing changed.`
  }</p></div>
<p>You can still correct it with the same link until ${when(view.expiresAt)}: <a href="/kit/${encodeURIComponent(token)}">back to your media kit</a>.</p>`;
}

function sizeText(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
