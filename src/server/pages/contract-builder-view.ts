// The contract builder page's markup: the form of every term (contract-builder-fields.ts)
// beside the contract as it would read (the same contractBody the creator's page and
// the PDF's model draw), every error of a round listed on top and shown at its field,
// then the versions issued and the review links with their buttons. Viewers see the
// document, the versions and the links, and no form.

import type { ContractDocument } from "../../contract/contract-types.js";
import { contractBody } from "../../contract/render-contract-html.js";
import type { PartnershipDetail } from "../../services/campaigns/get-partnership.js";
import type { ContractVersionSummary } from "../../services/contracts/contract-version-row.js";
import type { ContractLinkSummary } from "../../services/contracts/list-contract-links.js";
import type { StartTerms } from "../../services/contracts/start-contract-terms.js";
import { type BuilderFormState, builderFields } from "./contract-builder-fields.js";
import { fieldWords } from "./contract-field-labels.js";
import { fieldId, formError } from "./form-field.js";
import { type Html, html } from "./html.js";

export interface BuilderPage {
  partnership: PartnershipDetail;
  source: StartTerms["source"];
  form: BuilderFormState;
  /** The terms as they read now; null when they cannot be drawn yet. */
  preview: ContractDocument | null;
  versions: ContractVersionSummary[];
  links: ContractLinkSummary[];
  proposals: number;
  canWrite: boolean;
  canManage: boolean;
  /** A message on top: a version issued, a template saved, a link made (once) or revoked. */
  notice: Html | null;
}

const SOURCE_WORDS = (s: StartTerms["source"]) =>
  s.kind === "version"
    ? `Starts from version ${s.number}, the newest.`
    : s.kind === "template"
      ? `Starts from the workspace's template (saved ${s.savedAt.slice(0, 10)}), laid on this campaign's dates.`
      : "Starts from the campaign: its dates and call to action. Save a contract as the workspace's template to start the next one from it.";

export function contractBuilderView(p: BuilderPage): Html {
  const base = `/partnerships/${p.partnership.id}/contract`;
  const who = p.partnership.account ?? `creator ${p.partnership.creatorId}`;
  const errors = Object.entries(p.form.errors);
  const accepted = p.versions.some((v) => v.status === "accepted");
  return html`<p><a href="/partnerships/${p.partnership.id}">${who} in ${p.partnership.campaignName}</a></p>
<h1>Contract for ${who}</h1>
${p.notice ? html`<div class="alert success" role="status">${p.notice}</div>` : ""}
${
  errors.length
    ? html`${formError(`Nothing was done: ${errors.length} problem${errors.length === 1 ? "" : "s"} to fix, each marked at its field.`)}
<ul class="error-summary">${errors.map(([name, message]) => html`<li><a href="#${fieldId(name)}">${fieldWords(name)}</a>: ${message}</li>`)}</ul>`
    : ""
}
${p.proposals ? html`<p><a href="${base}/proposals">The creator proposed ${p.proposals} change${p.proposals === 1 ? "" : "s"}</a>: see them beside the terms.</p>` : ""}
<div class="${p.canWrite && !accepted ? "builder" : ""}">
${
  p.canWrite && !accepted
    ? html`<form method="post" action="${base}" id="contract-builder" class="builder-form" data-preview="${base}/preview" novalidate>
  <p class="hint">${SOURCE_WORDS(p.source)}</p>
  <button type="submit" name="action" value="preview" class="button-secondary">Update the preview</button>
  ${builderFields(p.form)}
  <div class="builder-actions">
    <button type="submit" name="action" value="issue">Issue version ${String((p.versions[0]?.number ?? 0) + 1)}</button>
    ${p.canManage ? html`<button type="submit" name="action" value="template" class="button-secondary">Save as the workspace's template</button>` : ""}
  </div>
</form>`
    : accepted
      ? html`<p>Version ${String(p.versions.find((v) => v.status === "accepted")?.number ?? "")} is accepted: the contract is final.</p>`
      : ""
}
<section class="builder-preview" aria-labelledby="preview-h" tabindex="0">
<h2 id="preview-h">Preview</h2>
<div id="contract-preview" aria-live="polite">${p.preview ? contractBody(p.preview) : html`<p>The preview appears once the terms can be read.</p>`}</div>
</section>
</div>
${versionsSection(p)}
${linksSection(p, base)}`;
}

function versionsSection(p: BuilderPage): Html {
  const api = `/api/v1/partnerships/${p.partnership.id}/contract/versions`;
  return html`<section aria-labelledby="versions-h">
<h2 id="versions-h">Versions</h2>
${
  p.versions.length
    ? html`<ul>${p.versions.map(
        (v) =>
          html`<li>Version ${String(v.number)}: ${v.status}${
            v.acceptedBy ? html`, accepted by ${v.acceptedBy} on ${(v.acceptedAt ?? "").slice(0, 10)}` : ""
          }, issued ${v.createdAt.slice(0, 10)} by ${v.createdBy} · <a href="${api}/${String(v.number)}/pdf">PDF</a> · <a href="${api}/${String(v.number)}/html">HTML</a></li>`,
      )}</ul>`
    : html`<p class="empty">No version issued yet.</p>`
}
<p><a href="/contracts/verify">Check a PDF</a> against the versions this workspace issued.</p>
</section>`;
}

function linksSection(p: BuilderPage, base: string): Html {
  return html`<section aria-labelledby="links-h">
<h2 id="links-h">Review links</h2>
<p>The creator reads, proposes changes to and accepts the newest version through a link, without an account.</p>
${
  p.links.length
    ? html`<ul>${p.links.map(
        (l) =>
          html`<li>Link ${String(l.id)}, made ${l.createdAt.slice(0, 10)} by ${l.createdBy}: ${
            l.revokedAt ? `revoked ${l.revokedAt.slice(0, 10)}` : `valid until ${l.expiresAt.slice(0, 10)}`
          }${
            p.canWrite && !l.revokedAt
              ? html` <form method="post" action="${base}/links/${String(l.id)}/revoke" class="inline-form"><button type="submit" class="button-secondary">Revoke link ${String(l.id)}</button></form>`
              : ""
          }</li>`,
      )}</ul>`
    : html`<p class="empty">No link sent yet.</p>`
}
${
  p.canWrite && p.versions.length
    ? html`<form method="post" action="${base}/links"><button type="submit">Send a review link</button></form>`
    : ""
}
</section>`;
}
