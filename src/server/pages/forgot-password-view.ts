// The "forgot your password?" page: the email field, and after a request the same "check
// your mail" for every address. Without SMTP it says where the link goes instead (the
// server's output), the same for every address too.
import { RESET_LINK_MINUTES } from "../../services/auth/request-password-reset.js";
import { field } from "./form-field.js";
import { type Html, html } from "./html.js";

export interface ForgotPasswordState {
  email: string;
  error: string | null;
  sent: boolean;
  /** The server mails (VOUCH_SMTP_URL); else the link is printed on its output. */
  mails: boolean;
}

export function forgotPasswordView(s: ForgotPasswordState): Html {
  return html`<div class="narrow">
<h1>Forgot your password?</h1>
${s.sent ? sentNotice(s.mails) : ""}
<p>Enter the email you sign in with. If it has an account, a link to choose a new password is
sent to it; the link works once, for ${RESET_LINK_MINUTES} minutes.</p>
<form method="post" action="/forgot-password" class="stack">
  ${field({
    label: "Email",
    name: "email",
    type: "email",
    value: s.email,
    required: true,
    autocomplete: "email",
    error: s.error,
  })}
  <button type="submit">Send the link</button>
</form>
<p><a href="/sign-in">Back to sign in</a></p>
</div>`;
}

function sentNotice(mails: boolean): Html {
  return html`<div class="alert success" role="status">
<p><strong>Check your mail.</strong> If this address has a Vouch account, a link to choose a new
password is on its way. Nothing after a few minutes? Look in the spam folder, or ask again.</p>
${
  mails
    ? ""
    : html`<p>This server sends no mail: its administrator finds the link in the server's output and
can pass it on to you.</p>`
}
</div>`;
}
