// The brand's media-kit request pages: the answer to "Ask for a media kit" (the new
// link, shown once, with a copy button), the list of every request with its status,
// and one request (its dates, the submitted kit, the uploads as downloads, revoke).
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import { labelledCell } from "../../report/table-cell.js";
import type { CreatedKitRequest } from "../../services/media-kits/create-kit-request.js";
import type { KitRequestDetail } from "../../services/media-kits/get-kit-request.js";
import type { KitRequestSummary } from "../../services/media-kits/kit-request-summary.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { kitDetailView } from "./kit-detail-view.js";
import { secretOnce } from "./secret-once.js";

const MAIL_TEXT: Record<CreatedKitRequest["mail"]["status"], string> = {
  sent: "The link was mailed to the creator.",
  failed: "The mail could not be sent; copy the link and send it yourself.",
  not_configured: "Mail is not configured on this server; copy the link and send it yourself.",
  not_requested: "Copy the link and send it to the creator by any channel.",
};

const STATUS_TEXT: Record<KitRequestSummary["status"], string> = {
  sent: "Sent",
  opened: "Opened",
  draft: "Draft saved",
  submitted: "Submitted",
  expired: "Expired",
  revoked: "Revoked",
};

export function createdKitRequestView(made: CreatedKitRequest): Html {
  const r = made.request;
  return html`<div class="narrow">
<h1>Media-kit link for ${r.creatorName}</h1>
${secretOnce(
  html`This link is shown only now. It works until ${when(r.expiresAt)}. ${MAIL_TEXT[made.mail.status]}${
    made.mail.error ? html` (${made.mail.error})` : ""
  }`,
  "kit-link",
  "Media-kit link",
  made.url,
)}
<p><a href="/media-kits/${r.id}">See the request</a> · <a href="/media-kits">All media kits</a></p>
</div>`;
}

export function kitRequestsView(items: KitRequestSummary[]): Html {
  return html`<h1>Media kits</h1>
<p>Ask for a media kit from a creator's page. Links last ${KIT_REQUEST_LIMITS.defaultDays} days.</p>
${
  items.length === 0
    ? html`<p class="empty">No media-kit requests yet.</p>`
    : html`<div class="table-wrap" role="region" aria-labelledby="kits-caption" tabindex="0">
<table class="data">
  <caption id="kits-caption">${items.length} request${items.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Creator</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Expires</th><th scope="col">Submitted</th></tr></thead>
  <tbody>${items.map(
    (r) => html`<tr>
    <th scope="row"><a href="/media-kits/${r.id}">${r.creatorName}</a>${r.creatorHandle ? html` <span class="sub">${r.creatorHandle}</span>` : ""}</th>
    ${labelledCell("Status", STATUS_TEXT[r.status])}
    ${labelledCell("Created", when(r.createdAt))}
    ${labelledCell("Expires", when(r.expiresAt))}
    ${labelledCell("Submitted", r.submittedAt ? when(r.submittedAt) : "—")}
  </tr>`,
  )}</tbody>
</table>
</div>`
}`;
}

export function kitRequestView(r: KitRequestDetail, canWrite: boolean): Html {
  return html`<p class="breadcrumb"><a href="/media-kits">Media kits</a></p>
<h1>Media kit: ${r.creatorName}${r.creatorHandle ? html` <span class="sub">${r.creatorHandle}</span>` : ""}</h1>
<dl class="inline-stats">
  <dt>Status</dt><dd>${STATUS_TEXT[r.status]}</dd>
  <dt>Created</dt><dd>${when(r.createdAt)}</dd>
  <dt>Expires</dt><dd>${when(r.expiresAt)}</dd>
  ${r.submittedAt ? html`<dt>Submitted</dt><dd>${when(r.submittedAt)}</dd>` : ""}
  ${r.emailedAt ? html`<dt>Mailed</dt><dd>${when(r.emailedAt)}${r.email ? ` to ${r.email}` : ""}</dd>` : ""}
</dl>
${r.hasDraft ? html`<p class="hint">The creator has saved changes that are not submitted yet.</p>` : ""}
${r.kit ? kitDetailView(r.kit) : html`<p class="empty">The creator has not submitted the kit yet.</p>`}
<h2>Files</h2>
${
  r.files.length === 0
    ? html`<p class="empty">No files uploaded.</p>`
    : html`<ul>${r.files.map(
        (f) =>
          html`<li><a href="/media-kits/${r.id}/files/${f.id}" download>${f.name}</a> (${f.mime}, ${Math.max(1, Math.round(f.size / 1024))} KB)</li>`,
      )}</ul>`
}
${
  canWrite && r.status !== "revoked"
    ? html`<form method="post" action="/media-kits/${r.id}/revoke" class="inline-form">
  <button type="submit" class="button-danger">Revoke the link</button>
</form>`
    : ""
}`;
}
