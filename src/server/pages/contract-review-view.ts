// The creator's contract review page (mobile-first: the link is opened on a phone): the
// document as the brand issued it (src/contract), a PDF download, and two forms: propose
// a change to one term with a comment, or accept by ticking an explicit consent to sign
// electronically and typing one's full name (a simple electronic signature). Once
// accepted, the page says by whom and when and offers the signed copy. It names only the
// brand's workspace and the creator's handle.
import { contractBody } from "../../contract/render-contract-html.js";
import type { ContractReview } from "../../services/contracts/open-contract-review.js";
import { termFields } from "../../services/contracts/term-fields.js";
import { field, formError, select, textArea } from "./form-field.js";
import { type Html, html } from "./html.js";
import { publicFrame } from "./public-frame.js";

export interface ReviewFormState {
  notice: string | null;
  error: string | null;
  /** Which form the error belongs to, and its field. */
  errorFor: { form: "propose" | "accept"; field: string } | null;
  values: Record<string, string>;
}

export function contractReviewView(token: string, r: ContractReview, s: ReviewFormState): Html {
  const base = `/contract/${encodeURIComponent(token)}`;
  const v = r.version;
  const err = (form: "propose" | "accept", name: string) =>
    s.errorFor?.form === form && s.errorFor.field === name ? s.error : null;
  const terms = [...termFields(v.document)].map(([value, t]) => ({ value, label: `${t.label}: ${t.value}` }));
  return html`<div class="contract-review">
${s.notice ? html`<div class="notice" role="status"><p>${s.notice}</p></div>` : ""}
${
  // Beside its field while the forms are shown; once accepted there are none, so on top.
  formError(s.errorFor && v.status !== "accepted" ? null : s.error)
}
<p class="contract-meta">${r.workspaceName} sent you this contract for @${v.document.creatorHandle}. Read it, then accept it or propose a change.</p>
<p><a class="button" href="${base}/pdf">Download the PDF</a></p>
${contractBody(v.document)}
${
  v.status === "accepted"
    ? html`<section class="contract-accepted" aria-labelledby="accepted-h"><h2 id="accepted-h">Accepted</h2>
<p>Version ${v.number} was accepted by ${v.acceptedBy ?? ""} on ${v.acceptedAt ?? ""}. The PDF above is the signed copy, with its certificate page.</p></section>`
    : html`${
        r.proposals.length
          ? html`<section aria-labelledby="proposed-h"><h2 id="proposed-h">Changes you proposed</h2><ul>${r.proposals.map(
              (p) =>
                html`<li><strong>${p.field}</strong>: ${p.proposed}${p.comment ? html` — ${p.comment}` : ""}</li>`,
            )}</ul><p>The brand answers with a new version at this same link.</p></section>`
          : ""
      }
<section aria-labelledby="propose-h"><h2 id="propose-h">Propose a change</h2>
<form method="post" action="${base}/propose">
${select({ name: "field", label: "Term", options: terms, chosen: s.values.field ?? null, id: "c-field", error: err("propose", "field") })}
${field({ name: "proposed", label: "What you propose instead", value: s.values.proposed ?? "", required: true, id: "c-proposed", error: err("propose", "proposed") })}
${textArea({ name: "comment", label: "Comment", value: s.values.comment ?? "", id: "c-comment", error: err("propose", "comment") })}
<button type="submit">Send the proposal</button>
</form></section>
<section aria-labelledby="accept-h"><h2 id="accept-h">Accept version ${v.number}</h2>
<form method="post" action="${base}/accept">
<input type="hidden" name="version" value="${String(v.number)}">
<div class="field"><input type="checkbox" id="c-consent" name="consent" value="yes"${
        err("accept", "consent") ? html` aria-invalid="true" aria-describedby="c-consent-error"` : ""
      }> <label for="c-consent">I agree to sign this contract electronically: typing my full name below is my signature (a simple electronic signature under ESIGN and eIDAS).</label>
${err("accept", "consent") ? html`<p class="field-error" id="c-consent-error">${err("accept", "consent")}</p>` : ""}</div>
${field({ name: "fullName", label: "Your full name", value: s.values.fullName ?? "", required: true, autocomplete: "name", id: "c-fullName", error: err("accept", "fullName") })}
<button type="submit">Accept and sign</button>
</form></section>`
}
</div>`;
}

export function contractFrame(title: string, main: Html): Html {
  return publicFrame({
    title,
    main,
    stylesheet: "contract.css",
    bodyClass: "contract-page",
    footer:
      "Sent with Vouch. What you do here goes to the brand that sent you this link, and to no one else.",
  });
}
