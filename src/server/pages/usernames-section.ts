// Username history on the creator page: the names the account was seen under, a rename in
// words and what it may mean (the report's words, sections/usernames-section.ts). Shown,
// not scored. Audits before audit-v4 have no history: the section says so.
import type { AuditResult } from "../../core/audit.js";
import { RENAME_NOTE, usernamesLine } from "../../report/sections/usernames-section.js";
import { day } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

export function usernamesSection(r: AuditResult): Html {
  const u = r.usernames;
  const head = html`<h2 id="usernames-h">Username history</h2>`;
  if (u === null)
    return html`<section id="usernames" aria-labelledby="usernames-h">${head}
${notComputedNote(r, html`did not read the username history`, "it")}</section>`;
  if (!u.renamed)
    return html`<section id="usernames" aria-labelledby="usernames-h">${head}<p>${usernamesLine(u)}</p></section>`;
  return html`<section id="usernames" aria-labelledby="usernames-h">${head}
<p class="caution"><strong>Renamed:</strong> ${u.evidence}.</p>
<div class="table-wrap" role="region" aria-labelledby="usernames-caption" tabindex="0">
<table class="data">
  <caption id="usernames-caption">Usernames, in the order they were last seen</caption>
  <thead><tr><th scope="col">Username</th><th scope="col">First seen</th><th scope="col">Last seen</th></tr></thead>
  <tbody>${u.names.map(
    (n) =>
      html`<tr><th scope="row">@${n.username}</th><td>${day(n.firstSeen)}</td><td>${day(n.lastSeen)}</td></tr>`,
  )}</tbody>
</table>
</div>
<p class="sub">${RENAME_NOTE}</p>
</section>`;
}
