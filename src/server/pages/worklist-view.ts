// The working list on a creator's page: its status (a select that saves), its tags, its
// notes with author and time, archive or bring back, and the link to delete. Viewers see
// the same without the forms. A refused post comes back with what was typed and the
// error next to its field (WorklistTyped), never an error page that loses the input.
import { CREATOR_STATUSES, MAX_TAGS, STATUS_LABELS } from "../../core/worklist.js";
import type { CreatorNote } from "../../services/creators/list-creator-notes.js";
import type { WorklistEntry } from "../../services/creators/worklist-entry.js";
import { field, select, textArea } from "./form-field.js";
import { day } from "./format.js";
import { type Html, html } from "./html.js";

/** A refused post of one of the section's forms: what was typed and why it was refused. */
export interface WorklistTyped {
  field: "status" | "tags" | "text";
  value: string;
  error: string;
}

export function worklistSection(
  entry: WorklistEntry,
  notes: readonly CreatorNote[],
  canWrite: boolean,
  typed: WorklistTyped | null = null,
): Html {
  const typedIn = (f: WorklistTyped["field"]) => (typed?.field === f ? typed : null);
  const id = entry.creatorId;
  return html`<section class="worklist" id="worklist" aria-labelledby="worklist-h">
<h2 id="worklist-h">Working list</h2>
${entry.archivedAt ? html`<p class="archived-note">Archived on ${day(entry.archivedAt)}: hidden from the creators list unless its filter shows archived creators.</p>` : ""}
${
  canWrite
    ? html`<div class="worklist-forms">
<form method="post" action="/creators/${id}/status" class="inline-form">
  ${select({
    name: "status",
    label: "Status",
    options: CREATOR_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
    chosen: typedIn("status")?.value ?? entry.status,
    error: typedIn("status")?.error ?? null,
  })}
  <button type="submit" class="button-secondary">Save status</button>
</form>
<form method="post" action="/creators/${id}/tags" class="inline-form">
  ${field({
    name: "tags",
    label: "Tags",
    value: typedIn("tags")?.value ?? entry.tags.join(", "),
    error: typedIn("tags")?.error ?? null,
    hint: `Separated by commas, at most ${MAX_TAGS}.`,
    autocomplete: "off",
  })}
  <button type="submit" class="button-secondary">Save tags</button>
</form>
</div>`
    : html`<p>Status: <strong>${STATUS_LABELS[entry.status]}</strong>${
        entry.tags.length ? html` · Tags: ${entry.tags.join(", ")}` : ""
      }</p>`
}
<h3>Notes</h3>
${
  notes.length
    ? html`<ol class="creator-notes" reversed>${notes.map(
        (n) =>
          html`<li><p class="note-meta">${n.author}, <time datetime="${n.createdAt}">${dayTime(n.createdAt)}</time></p><p class="note-text">${n.text}</p></li>`,
      )}</ol>`
    : html`<p class="empty">No notes yet.</p>`
}
${
  canWrite
    ? html`<form method="post" action="/creators/${id}/notes" class="stack">
  ${textArea({
    name: "text",
    id: "note-text",
    label: "New note",
    optional: false,
    rows: 3,
    value: typedIn("text")?.value ?? null,
    error: typedIn("text")?.error ?? null,
  })}
  <button type="submit">Add the note</button>
</form>
<div class="actions">
  <form method="post" action="/creators/${id}/archive" class="inline-form">
    <input type="hidden" name="archived" value="${entry.archivedAt ? "false" : "true"}">
    <button type="submit" class="button-secondary">${entry.archivedAt ? "Bring back to the list" : "Archive"}</button>
  </form>
  <a class="button-link" href="/creators/${id}/delete">Delete with all its data…</a>
</div>`
    : ""
}
</section>`;
}

/** "2026-11-01 12:00 UTC": notes are read in order of writing, so the time counts. */
function dayTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The creators list's "add by handle" form: a creator before any data, to ask for a media kit. */
export function addCreatorForm(typed: { value: string; error: string } | null = null, open = false): Html {
  return html`<details class="add-creator"${typed || open ? html` open` : ""}>
<summary>Add a creator by handle</summary>
<form method="post" action="/creators/add" class="stack">
  ${field({
    name: "account",
    id: "add-account",
    label: "Platform and handle",
    required: true,
    autocomplete: "off",
    value: typed?.value ?? null,
    error: typed?.error ?? null,
    hint: "e.g. instagram:sunny_trails. The creator is added with no data, so you can ask for a media kit before importing anything.",
  })}
  <button type="submit">Add</button>
</form>
</details>`;
}
