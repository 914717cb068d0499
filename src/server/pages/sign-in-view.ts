// The sign-in form: email and password, the page to go back to in a hidden field, the
// failure's message above the form, the note after sign-up or a reset, and the way to a
// reset link.
import { field, formError } from "./form-field.js";
import { type Html, html } from "./html.js";
import { safeNext } from "./page-context.js";

export interface SignInState {
  email: string;
  next: string;
  error: string | null;
  notice: string | null;
}

export function signInView(s: SignInState): Html {
  return html`<div class="narrow">
<h1>Sign in</h1>
${s.notice ? html`<div class="alert success" role="status"><p>${s.notice}</p></div>` : ""}
${formError(s.error)}
<form method="post" action="/sign-in" class="stack">
  ${field({ label: "Email", name: "email", type: "email", value: s.email, required: true, autocomplete: "email" })}
  ${field({ label: "Password", name: "password", type: "password", required: true, autocomplete: "current-password" })}
  <input type="hidden" name="next" value="${safeNext(s.next)}">
  <button type="submit">Sign in</button>
</form>
<p><a href="/forgot-password">Forgot your password?</a></p>
<p>New to Vouch? <a href="/sign-up">Create a workspace</a>.</p>
</div>`;
}
