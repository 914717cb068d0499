// The media-kit form's uploads and the thank-you page after a submit. The file input is
// part of the kit's own form (multipart): its Upload button saves the typed answers as a
// draft with the files, so an upload never loses what was typed, without JavaScript.
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

export function kitFilesSection(view: KitFormView, errors: KitShareError[]): Html {
  return html`<section class="kit-files" aria-labelledby="files-heading">
  <h2 id="files-heading">Screenshots and PDF kit</h2>
  ${
    view.files.length > 0
      ? html`<ul>${view.files.map((f) => html`<li>${f.name} (${KIT_FILE_TYPES[f.mime as keyof typeof KIT_FILE_TYPES] ?? f.mime}, ${sizeText(f.size)})</li>`)}</ul>`
      : html`<p>No files yet.</p>`
  }
  ${field({
    name: "files",
    id: kitId("files"),
    label: "Files",
    type: "file",
    optional: true,
    hint: `Screenshots of your insights (PNG, JPEG or WebP) or your media kit as a PDF: at most ${KIT_REQUEST_LIMITS.maxFileBytes / MB} MB each, ${KIT_REQUEST_LIMITS.maxFiles} files in all. Uploading also saves your answers as a draft.`,
    attrs: html` multiple accept="${ACCEPT}"`,
    error: errors.length > 0 ? errors.map((e) => e.message).join("; ") : null,
  })}
  <button type="submit" name="action" value="upload" class="button-secondary">Upload and save draft</button>
</section>`;
}

export function thanksView(
  token: string,
  view: KitFormView,
  outcome: "created" | "updated" | "unchanged",
  notes: readonly string[] = [],
): Html {
  return html`<h1>Thank you</h1>
<div class="alert success" role="status"><p>${
    outcome === "created"
      ? html`${view.workspaceName} has your media kit.`
      : outcome === "updated"
        ? html`${view.workspaceName} has your corrected media kit.`
        : html`${view.workspaceName} has this media kit already; nothing changed.`
  }${notes.length > 0 ? html` ${notes.join(" ")}` : ""}</p></div>
<p>You can still correct it with the same link until ${when(view.expiresAt)}: <a href="/kit/${encodeURIComponent(token)}">back to your media kit</a>.</p>`;
}

function sizeText(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
