// The verify form's markup: one PDF in, and the answer in words: which partnership and
// version it is, which copy (the one sent for review, or the accepted one with its
// certificate page), and whether and by whom it was accepted; or that it is no file
// this workspace issued, which is also what one byte changed gives.
import type { PdfVerdict } from "../../services/contracts/verify-contract-pdf.js";
import { field } from "./form-field.js";
import { type Html, html } from "./html.js";

export function contractVerifyView(
  verdict: PdfVerdict | null,
  fileName: string | null,
  error: string | null,
): Html {
  return html`<h1>Check a contract PDF</h1>
<p>Upload a contract PDF to learn whether it is a version this workspace issued, which one, and whether it was accepted. The file is matched by its SHA-256: one byte changed anywhere is no match.</p>
${verdict ? verdictView(verdict, fileName) : ""}
<form method="post" action="/contracts/verify" enctype="multipart/form-data" class="stack">
  ${field({ name: "file", label: "Contract PDF", type: "file", required: true, error, attrs: html` accept="application/pdf,.pdf"` })}
  <button type="submit">Check the file</button>
</form>`;
}

function verdictView(v: PdfVerdict, fileName: string | null): Html {
  const name = fileName ? html`<strong>${fileName}</strong>` : "The file";
  const m = v.match;
  if (!m)
    return html`<div class="alert" role="status"><p>${name} is <strong>not</strong> a contract this workspace issued, or it was changed after: no issued or accepted copy has its SHA-256.</p>
<p class="hint">SHA-256: <code>${v.sha256}</code></p></div>`;
  const copy =
    m.copy === "accepted" ? "the accepted copy, with its certificate page" : "the copy issued for review";
  const accepted = m.acceptedBy
    ? html`Accepted by ${m.acceptedBy} on ${(m.acceptedAt ?? "").slice(0, 10)}.`
    : m.status === "superseded"
      ? "Not accepted: a newer version replaced it."
      : "Not accepted yet.";
  return html`<div class="alert success" role="status"><p>${name} matches <a href="/partnerships/${String(m.partnershipId)}/contract">partnership ${String(m.partnershipId)}</a>, version ${String(m.version)}: ${copy}. ${accepted}</p>
<p class="hint">SHA-256: <code>${v.sha256}</code></p></div>`;
}
