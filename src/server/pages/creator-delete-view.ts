// The confirmation before a creator is deleted: its accounts and, table by table, how many
// rows go (only the tables with rows), then one button. Archiving is offered instead.
import type { CreatorDataSummary } from "../../services/creators/count-creator-data.js";
import { CREATOR_DATA_TABLES, creatorDataWords } from "../../services/creators/creator-data.js";
import { type Html, html } from "./html.js";

export function creatorDeleteView(username: string, summary: CreatorDataSummary): Html {
  const id = summary.creatorId;
  // The creator and its accounts are named above; the rest only where it has rows.
  const rows = CREATOR_DATA_TABLES.filter((t) => summary.rows[t] > 0 && t !== "creators" && t !== "accounts");
  return html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Creators</a> › <a href="/creators/${id}">${username}</a> › <span aria-current="page">Delete</span></nav>
<h1>Delete ${username}?</h1>
<p>This deletes the creator and everything stored about it, at once and for good:</p>
<ul class="deletion-list">
  <li>the account${summary.accounts.length === 1 ? "" : "s"} ${summary.accounts.join(", ")}</li>
  ${rows.map((t) => html`<li>${creatorDataWords(t, summary.rows[t])}</li>`)}
</ul>
<p>To keep the data but take the creator off the list, archive it instead.</p>
<div class="actions">
  <form method="post" action="/creators/${id}/delete" class="inline-form">
    <button type="submit" class="button-danger">Delete ${username} and its data</button>
  </form>
  <a class="button-link" href="/creators/${id}">Cancel</a>
</div>`;
}
