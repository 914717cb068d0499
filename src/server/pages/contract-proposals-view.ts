// The changes the creator proposed, as the brand reads them: per term, the value in the
// version it was proposed on beside what the creator wants instead, their comment, and
// the value in a newer version once the brand answered. One button opens the builder
// with the proposals applied.
import type { PartnershipDetail } from "../../services/campaigns/get-partnership.js";
import type { ContractProposal } from "../../services/contracts/list-contract-proposals.js";
import { type Html, html } from "./html.js";

export function contractProposalsView(
  p: PartnershipDetail,
  proposals: ContractProposal[],
  canWrite: boolean,
): Html {
  const base = `/partnerships/${p.id}/contract`;
  const open = proposals.filter((x) => x.now === null).length;
  return html`<p><a href="${base}">Contract for ${p.account ?? `creator ${p.creatorId}`}</a></p>
<h1>Changes the creator proposed</h1>
${
  proposals.length
    ? html`<p>${String(proposals.length)} proposal${proposals.length === 1 ? "" : "s"}, newest first; ${String(open)} on the newest version.</p>
${canWrite && open ? html`<p><a class="button" href="${base}?answer=proposals">Answer with a new version</a></p>` : ""}
<div class="table-wrap" role="region" aria-labelledby="proposals-caption" tabindex="0">
<table class="data stack-on-phone">
  <caption id="proposals-caption">Each term beside the change proposed</caption>
  <thead><tr><th scope="col">Term</th><th scope="col">Current value</th><th scope="col">Proposed</th><th scope="col">Comment</th><th scope="col">Since</th></tr></thead>
  <tbody>${proposals.map(
    (x) => html`<tr>
    <th scope="row">${x.label} <span class="hint">(version ${String(x.version)}, ${x.at.slice(0, 10)})</span></th>
    <td data-label="Current value"><del>${x.was ?? "not in that version"}</del></td>
    <td data-label="Proposed"><ins>${x.proposed}</ins></td>
    <td data-label="Comment">${x.comment || "—"}</td>
    <td data-label="Since">${x.now ? `version ${x.now.version}: ${x.now.value ?? "not in it"}` : "not answered yet"}</td>
  </tr>`,
  )}</tbody>
</table>
</div>`
    : html`<p class="empty">The creator has proposed no change.</p>`
}`;
}
