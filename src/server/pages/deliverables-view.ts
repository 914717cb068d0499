// The partnership page's deliverables: one row per piece of content the accepted
// contract asks for (stored at acceptance), with its days, the disclosure it carries and
// where it stands. A table that stacks into labelled lines on a phone, as the timeline.
import { KIND_WORDS, PLATFORM_WORDS } from "../../contract/contract-model.js";
import { DELIVERABLE_STATUS_LABELS } from "../../core/deliverable-status.js";
import type { StoredDeliverable } from "../../services/contracts/list-deliverables.js";
import { type Html, html } from "./html.js";

export function deliverablesView(items: StoredDeliverable[]): Html {
  const body = items.length
    ? html`<div class="table-wrap" role="region" aria-labelledby="deliverables-caption" tabindex="0">
<table class="data stack-on-phone">
  <caption id="deliverables-caption">${items.length} piece${items.length === 1 ? "" : "s"} of content, from version ${items[0]?.contractVersion} of the contract</caption>
  <thead><tr><th scope="col">Deliverable</th><th scope="col">Draft due</th><th scope="col">Live by</th><th scope="col">Stays up until</th><th scope="col">Disclosure</th><th scope="col">Status</th></tr></thead>
  <tbody>${items.map(row)}</tbody>
</table>
</div>`
    : html`<p class="empty">None yet: they are listed once the creator accepts a contract.</p>`;
  return html`<section aria-labelledby="deliverables-h">
<h2 id="deliverables-h">Deliverables</h2>
${body}
</section>`;
}

function row(d: StoredDeliverable): Html {
  const what = `${d.number}. ${PLATFORM_WORDS[d.platform]} ${KIND_WORDS[d.kind]} (${d.ofTerm.index} of ${d.ofTerm.count})`;
  const extras = [
    d.frames === null ? null : `${d.frames} frame${d.frames === 1 ? "" : "s"}`,
    d.linkSticker ? "link sticker" : null,
  ].filter((x) => x !== null);
  const up = [d.upUntil, d.highlightUntil === null ? null : `highlight until ${d.highlightUntil}`]
    .filter((x) => x !== null)
    .join("; ");
  return html`<tr>
    <th scope="row">${what}${extras.length ? `, ${extras.join(", ")}` : ""}</th>
    <td data-label="Draft due">${d.draftDue ?? "no draft"}</td>
    <td data-label="Live by">${d.goLive}</td>
    <td data-label="Stays up until">${up || "no minimum"}</td>
    <td data-label="Disclosure">${d.disclosure.wording}</td>
    <td data-label="Status">${DELIVERABLE_STATUS_LABELS[d.status]}</td>
  </tr>`;
}
