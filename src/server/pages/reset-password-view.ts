// The page behind a reset link: the new password's field (checked as at sign-up, the error
// next to it), or, for a link that no longer works, why and where to ask for another.
import { MIN_PASSWORD_LENGTH } from "../../services/auth/passwords.js";
import { field, formError } from "./form-field.js";
import { type Html, html } from "./html.js";

export function resetPasswordView(token: string, email: string, error: string | null): Html {
  return html`<div class="narrow">
<h1>Choose a new password</h1>
<p>For <strong>${email}</strong>. Every session of this account is signed out when it changes;
then you sign in with the new password.</p>
${formError(error ? "The password was not changed: see the field below." : null)}
<form method="post" action="/reset-password/${token}" class="stack">
  ${field({
    label: "New password",
    name: "password",
    type: "password",
    required: true,
    autocomplete: "new-password",
    hint: `At least ${MIN_PASSWORD_LENGTH} characters, not easy to guess: a few unrelated words work well.`,
    attrs: html` minlength="${MIN_PASSWORD_LENGTH}"`,
    error,
  })}
  <button type="submit">Change the password</button>
</form>
</div>`;
}

export function resetLinkInvalidView(message: string): Html {
  return html`<div class="narrow">
<h1>This link does not work</h1>
<p class="error-message">${message[0]?.toUpperCase()}${message.slice(1)}.</p>
<p><a href="/forgot-password">Ask for a new link</a> · <a href="/sign-in">Sign in</a></p>
</div>`;
}
