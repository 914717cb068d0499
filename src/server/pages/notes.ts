// "Not enough data" notes: the audit's messages, as a list where the figures
// that lack data are (each message starts with the figure it is about).
import type { AuditResult } from "../../core/audit.js";
import { type Html, html } from "./html.js";

export function notesFor(r: AuditResult, figures: string[]): string[] {
  return r.notEnoughData.filter((n) => figures.some((f) => n.startsWith(`${f}:`)));
}

export function notes(messages: string[], id?: string, title?: string): Html {
  if (messages.length === 0) return html``;
  return html`<div class="notes"${id ? html` id="${id}"` : ""} role="note">
  <p class="notes-title">${title ?? "Not enough data"}</p>
  <ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>
</div>`;
}
