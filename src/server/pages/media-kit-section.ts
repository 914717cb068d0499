// The media kit on the creator page: a button to request one, the latest submitted kit,
// the audience fit against each brand target (its parts, and the price per 1,000
// followers plain and in the target), and each claim of the kit against what the audit
// measured, with a verdict and the evidence.
import { FIT_PART_IDS, FIT_PART_LABELS } from "../../core/audience-fit.js";
import type { ClaimVerdict } from "../../core/kit-claims.js";
import type { CreatorKitFit, TargetFit } from "../../services/media-kits/get-creator-kit-fit.js";
import { num, pct, when } from "./format.js";
import { type Html, html } from "./html.js";

const VERDICTS: Record<ClaimVerdict, string> = {
  consistent: "consistent",
  off: "off",
  cannot_check: "cannot check",
};

export function mediaKitSection(k: CreatorKitFit, requestButton: Html): Html {
  return html`<section id="media-kit" aria-labelledby="media-kit-h">
<h2 id="media-kit-h">Media kit and audience fit</h2>
<div class="kit-actions">${requestButton} <a class="button-link" href="/targets">Brand targets</a></div>
${
  k.kit
    ? html`<p>Latest kit submitted ${when(k.kit.submittedAt)}: <a href="/media-kits/${k.kit.requestId}">view the kit</a>.</p>`
    : html`<p class="empty">No media kit submitted yet.${k.sources.demographics ? " Imported follower demographics are used for the fit." : ""}</p>`
}
${k.sources.demographics ? html`<p class="sub">Audience from the Instagram Graph API demographics where imported, else from the kit.</p>` : ""}
${fitTable(k.fits)}
${claimsTable(k)}
</section>`;
}

function fitTable(fits: TargetFit[]): Html {
  if (fits.length === 0)
    return html`<p class="empty">No brand target yet: <a href="/targets">add one</a> to see how this audience fits it.</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="fit-caption" tabindex="0">
<table class="data">
  <caption id="fit-caption">Audience fit against each brand target (0–100; parts 0–100%)</caption>
  <thead><tr><th scope="col">Target</th><th scope="col" class="num">Fit</th>${FIT_PART_IDS.map(
    (id) => html`<th scope="col" class="num">${FIT_PART_LABELS[id]}</th>`,
  )}<th scope="col" class="num">Price per 1,000 followers</th><th scope="col" class="num">… real, in the target</th></tr></thead>
  <tbody>${fits.map(
    (f) => html`<tr>
    <th scope="row">${f.fit.target}</th>
    <td class="num">${f.fit.score === null ? "not enough data" : num(f.fit.score)}</td>
    ${FIT_PART_IDS.map((id) => {
      const p = f.fit.parts[id];
      return html`<td class="num" title="${p.basis}">${p.value === null ? "—" : pct(p.value, 0)}</td>`;
    })}
    <td class="num">${money(f.price.plain, f.price.rate?.currency)}${f.price.rate ? html`<br><span class="sub">${f.price.rate.deliverable.replace("_", " ")} ${num(f.price.rate.amount)} ${f.price.rate.currency}</span>` : ""}</td>
    <td class="num">${money(f.price.inTarget, f.price.rate?.currency)}</td>
  </tr>`,
  )}</tbody>
</table>
</div>
<p class="sub">A part shown "—" is left out: the target does not ask for it or the audience side is unknown. Price in the target = rate / (followers × real share × share in the target's countries) × 1,000.</p>`;
}

function claimsTable(k: CreatorKitFit): Html {
  if (!k.kit) return html``;
  if (k.claims.length === 0) return html`<p class="empty">The kit makes no claim Vouch can compare.</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="claims-caption" tabindex="0">
<table class="data">
  <caption id="claims-caption">The kit's claims against what Vouch measured</caption>
  <thead><tr><th scope="col">Claim</th><th scope="col">Claimed</th><th scope="col">Measured</th><th scope="col">Verdict</th><th scope="col">Evidence</th></tr></thead>
  <tbody>${k.claims.map(
    (c) => html`<tr>
    <th scope="row">${c.claim}</th>
    <td>${c.claimed}</td>
    <td>${c.measured ?? "—"}</td>
    <td><span class="badge verdict-${c.verdict}">${VERDICTS[c.verdict]}</span>${c.offBy ? html` <span class="sub">${c.offBy}</span>` : ""}</td>
    <td class="sub">${c.evidence}</td>
  </tr>`,
  )}</tbody>
</table>
</div>`;
}

function money(x: number | null, currency: string | undefined): string {
  return x === null ? "—" : `${num(x, 2)} ${currency ?? ""}`.trim();
}
