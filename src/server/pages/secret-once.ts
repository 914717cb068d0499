// The panel that shows a new secret (an API token, an invitation link) the only
// time it exists in clear, with a copy button (public/copy.js).
import { type Html, html } from "./html.js";

export function secretOnce(message: Html, id: string, label: string, value: string): Html {
  return html`<div class="alert success" role="status">
  <p>${message}</p>
  <div class="copy-row">
    <label for="${id}" class="visually-hidden">${label}</label>
    <input id="${id}" class="secret" type="text" value="${value}" readonly>
    <button type="button" class="button-secondary" data-copy="${id}">Copy</button>
  </div>
  <p class="hint" id="copy-status" role="status"></p>
</div>`;
}
