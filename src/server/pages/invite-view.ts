// The invitation page: signed in, one button joins the workspace; not signed in, the
// sign-up form (sign-up-view.ts's fields) that creates the account and joins, or a
// link to sign in first.
import type { Invitation } from "../../services/auth/invitations.js";
import { formError } from "./form-field.js";
import { when } from "./format.js";
import { type Html, html, query } from "./html.js";
import type { FieldErrors } from "./sign-up-form.js";
import { signUpFields } from "./sign-up-view.js";

export interface InviteState {
  email: string;
  name: string;
  error: string | null;
  fieldErrors: FieldErrors;
}

export function inviteView(inv: Invitation, token: string, s: InviteState, signedIn: boolean): Html {
  const path = `/invite/${encodeURIComponent(token)}`;
  return html`<div class="narrow">
<h1>Join ${inv.workspaceName}</h1>
<p>You are invited as a <strong>${inv.role}</strong>. The link works once, until ${when(inv.expiresAt)}.</p>
${formError(s.error)}
${
  signedIn
    ? html`<form method="post" action="${path}" class="stack"><button type="submit">Join ${inv.workspaceName}</button></form>`
    : html`<h2>New to Vouch? Create your account</h2>
<form method="post" action="${path}/sign-up" class="stack">
  ${signUpFields(s)}
  <button type="submit">Sign up and join</button>
</form>
<p>Have an account? <a href="/sign-in${query({ next: path })}">Sign in</a>, then open the link again.</p>`
}
</div>`;
}
