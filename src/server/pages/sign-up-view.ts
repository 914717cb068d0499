// The sign-up form: name, email and a password (shared with the invitation page's
// form) and, on the public form, the new workspace's name. Each error next to its field.
import { MIN_PASSWORD_LENGTH } from "../../services/auth/passwords.js";
import { field, formError } from "./form-field.js";
import { type Html, html } from "./html.js";
import type { FieldErrors } from "./sign-up-form.js";

export interface SignUpState {
  email: string;
  name: string;
  workspaceName: string;
  error: string | null;
  fieldErrors: FieldErrors;
}

export function signUpFields(s: { email: string; name: string; fieldErrors?: FieldErrors }): Html {
  const errors = s.fieldErrors ?? {};
  return html`${field({ label: "Your name", name: "name", value: s.name, autocomplete: "name", error: errors.name })}
  ${field({
    label: "Email",
    name: "email",
    type: "email",
    value: s.email,
    required: true,
    autocomplete: "email",
    error: errors.email,
  })}
  ${field({
    label: "Password",
    name: "password",
    type: "password",
    required: true,
    autocomplete: "new-password",
    hint: `At least ${MIN_PASSWORD_LENGTH} characters, not easy to guess: a few unrelated words work well.`,
    attrs: html` minlength="${MIN_PASSWORD_LENGTH}"`,
    error: errors.password,
  })}`;
}

export function signUpView(s: SignUpState): Html {
  return html`<div class="narrow">
<h1>Create your workspace</h1>
${formError(s.error)}
<form method="post" action="/sign-up" class="stack">
  ${signUpFields(s)}
  ${field({
    label: "Workspace name",
    name: "workspaceName",
    value: s.workspaceName,
    required: true,
    autocomplete: "organization",
    hint: "Your brand or agency; you can invite colleagues later.",
    error: s.fieldErrors.workspaceName,
  })}
  <button type="submit">Sign up</button>
</form>
<p>Have an account? <a href="/sign-in">Sign in</a>.</p>
</div>`;
}
