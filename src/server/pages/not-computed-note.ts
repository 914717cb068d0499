// The creator page's marker for a part the audit's method version did not compute: the
// words the report and the API's `notComputed` use ("not computed by audit-v2"), what that
// version did not do, and how to see the part.
import type { AuditResult } from "../../core/audit.js";
import { notComputedWords } from "../../core/not-computed.js";
import { type Html, html } from "./html.js";

/** `didNot` is markup (html`…`), so the page's own words keep their apostrophes as typed. */
export function notComputedNote(r: AuditResult, didNot: Html, see: "it" | "them"): Html {
  const words = notComputedWords(r.methodVersion);
  return html`<p class="empty not-computed">${words.charAt(0).toUpperCase()}${words.slice(1)}: this audit ${didNot}. Re-run the audit to see ${see}.</p>`;
}
