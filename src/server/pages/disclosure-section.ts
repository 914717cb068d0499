// Sponsored posts and disclosure on the creator page: the sponsored share, how each
// sponsored post was disclosed, and every finding naming its rule (FTC or ASA/CAP) and
// quoting the caption. Each post has an anchor the trust score's evidence links to.
import type { AuditResult } from "../../core/audit.js";
import type { PostDisclosure } from "../../core/disclosure.js";
import { num, pct, when } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

const STATUS: Record<PostDisclosure["disclosure"], string> = {
  clear: "disclosed clearly",
  unclear: "disclosed unclearly",
  none: "not disclosed",
  unknown: "caption unknown",
};

export function disclosureSection(r: AuditResult): Html {
  const d = r.disclosure;
  const head = html`<h2 id="disclosure-h">Sponsored posts and disclosure</h2>`;
  if (d === null)
    return html`<section id="disclosure" aria-labelledby="disclosure-h">${head}
${notComputedNote(r, html`did not check disclosure`, "it")}</section>`;
  return html`<section id="disclosure" aria-labelledby="disclosure-h">${head}
<p>${num(d.sponsoredPosts)} of the latest ${num(d.postsRead)} posts look sponsored${
    d.sponsoredShare === null ? "" : ` (${pct(d.sponsoredShare, 0)})`
  }: ${d.disclosedClearly} disclosed clearly, ${d.disclosedUnclearly} unclearly, ${d.undisclosed} not at all. Checked against the FTC's "Disclosures 101 for Social Media Influencers" and the ASA/CAP influencers' guide (2023): a clear label such as "Ad" within the first 125 characters, not buried among hashtags.</p>
${d.notEnoughData.length ? html`<ul class="left-out">${d.notEnoughData.map((m) => html`<li>${m}</li>`)}</ul>` : ""}
${
  d.posts.length === 0
    ? html`<p class="empty">No sponsored post found: no paid-partnership label, ad word, affiliate link or discount code.</p>`
    : html`<ol class="disclosures">${d.posts.map(postItem)}</ol>`
}
<p class="sub">Stories, videos and labels on the image are not seen; a brand tag alone does not make a post sponsored.</p>
</section>`;
}

function postItem(p: PostDisclosure): Html {
  const cls = p.findings.some((f) => f.severity === "violation")
    ? "flag flag-alert"
    : p.findings.length
      ? "flag"
      : "flag flag-ok";
  return html`<li class="${cls}" id="disclosure-${p.postId}">
  <p><strong>${when(p.takenAt)}</strong>${p.shortcode ? html` <span class="sub">${p.shortcode}</span>` : ""} <span class="badge">${p.sponsored ? STATUS[p.disclosure] : "possibly sponsored"}</span></p>
  <p class="sub">Signals: ${p.signals.map((s, i) => html`${i ? "; " : ""}${s.kind.replaceAll("_", " ")} “${s.match}”`)}${
    p.label ? html`. Label “${p.label.match}” at character ${p.label.index + 1}` : ""
  }.</p>
  ${
    p.findings.length
      ? html`<ul class="findings">${p.findings.map(
          (f) =>
            html`<li><span class="badge">${f.authority}</span> <span class="badge">${f.severity}</span> <code>${f.rule}</code> ${f.message}${
              f.quote ? html`<blockquote>${f.quote}</blockquote>` : ""
            }</li>`,
        )}</ul>`
      : ""
  }
</li>`;
}
