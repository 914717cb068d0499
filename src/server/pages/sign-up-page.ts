// /sign-up: a new user with a new workspace they own, then the sign-in page. A taken
// email gets that same answer (its owner is mailed, with SMTP), so the form does not
// tell who has an account. Invalid input (a short password, no workspace name) shows the
// form again with the message, keeping what was typed except the password. Rate-limited
// in app.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { MIN_PASSWORD_LENGTH } from "../../services/auth/passwords.js";
import { requestSignUp } from "../../services/auth/request-sign-up.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { field, formError } from "./form-field.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { formFields, type PageContext } from "./page-context.js";

export function registerSignUpPage(pages: Hono<AppEnv>) {
  pages.get("/sign-up", (c) =>
    signUpPage(c, { email: "", name: "", workspaceName: "", error: null, fieldErrors: {} }),
  );

  pages.post("/sign-up", async (c) => {
    const f = await formFields(c);
    const s = {
      email: f.email ?? "",
      name: f.name ?? "",
      workspaceName: f.workspaceName ?? "",
      error: null,
      fieldErrors: {},
    };
    try {
      if (!/^[^\s@]+@[^\s@]+$/.test(s.email.trim()))
        throw new VouchError("invalid_input", "enter an email address", { field: "email" });
      if (!s.workspaceName.trim())
        throw new VouchError("invalid_input", "name your workspace (your brand or agency)", {
          field: "workspaceName",
        });
      const { db, now, kitMail, publicUrl } = c.var.deps;
      await requestSignUp(
        db,
        {
          email: s.email,
          password: f.password ?? "",
          name: s.name.trim() || null,
          workspaceName: s.workspaceName,
        },
        now(),
        { config: kitMail ?? null, origin: linkOrigin(publicUrl, c.req.url) },
      );
      return c.redirect("/sign-in?signed-up=1", 303);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "rate_limited") throw err;
      return signUpPage(c, { ...s, ...fieldErrors(err) }, 400);
    }
  });
}

interface SignUpState {
  email: string;
  name: string;
  workspaceName: string;
  error: string | null;
  fieldErrors: FieldErrors;
}

function signUpPage(c: PageContext, s: SignUpState, status: 200 | 400 = 200) {
  return c.html(layout({ title: "Sign up", caller: null, main: signUpForm(s) }), status);
}

/** The error of the field a VouchError names (details.field), else of the form as a whole. */
export function fieldErrors(err: VouchError): { error: string | null; fieldErrors: FieldErrors } {
  const name = err.details.field;
  return typeof name === "string" && ["name", "email", "password", "workspaceName"].includes(name)
    ? { error: null, fieldErrors: { [name]: err.message } }
    : { error: err.message, fieldErrors: {} };
}

export type FieldErrors = Partial<Record<"name" | "email" | "password" | "workspaceName", string>>;

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

function signUpForm(s: SignUpState): Html {
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
