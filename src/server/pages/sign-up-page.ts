// /sign-up: a new user with a new workspace they own, then the sign-in page. A taken
// email gets that same answer (its owner is mailed, with SMTP), so the form does not
// tell who has an account. Invalid input (a short password, no workspace name) shows the
// form again with each error next to its field, keeping what was typed except the
// password. Rate-limited in app.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { requestSignUp } from "../../services/auth/request-sign-up.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { layout } from "./layout.js";
import { formFields, type PageContext } from "./page-context.js";
import { fieldErrors, signUpFormErrors } from "./sign-up-form.js";
import { type SignUpState, signUpView } from "./sign-up-view.js";

export function registerSignUpPage(pages: Hono<AppEnv>) {
  pages.get("/sign-up", (c) =>
    signUpPage(c, { email: "", name: "", workspaceName: "", error: null, fieldErrors: {} }),
  );

  pages.post("/sign-up", async (c) => {
    const f = await formFields(c);
    const s = { email: f.email ?? "", name: f.name ?? "", workspaceName: f.workspaceName ?? "" };
    const errors = signUpFormErrors(f);
    if (errors) return signUpPage(c, { ...s, error: null, fieldErrors: errors }, 400);
    try {
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

function signUpPage(c: PageContext, s: SignUpState, status: 200 | 400 = 200) {
  return c.html(layout({ title: "Sign up", caller: null, main: signUpView(s) }), status);
}
