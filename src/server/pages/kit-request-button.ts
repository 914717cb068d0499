// The "Ask for a media kit" form on a creator's page, for callers who may write: an
// optional email (Vouch mails the link when the server has mail; otherwise the brand
// copies it from the answer, kit-requests-view.ts).
import { field } from "./form-field.js";
import { type Html, html } from "./html.js";

export function kitRequestButton(creatorIdValue: number, canWrite: boolean): Html {
  if (!canWrite) return html``;
  return html`<form method="post" action="/creators/${creatorIdValue}/media-kit-requests" class="stack kit-request-form">
  ${field({
    name: "email",
    id: `kit-email-${creatorIdValue}`,
    label: "Creator's email",
    type: "email",
    autocomplete: "off",
    hint: "With an email and mail configured on the server, Vouch sends the link; otherwise copy it and send it yourself.",
  })}
  <button type="submit">Ask for a media kit</button>
</form>`;
}
