// /forgot-password and /reset-password/{token}: a reset link by mail (or on the server's
// output without SMTP), then a new password through it. The request answers "check your
// mail" for every address and redirects (303) before the link is made, so reloading sends
// nothing twice and the answer's time does not depend on the address. The link's
// page is no-store: its token is a secret until used. Both posts are rate-limited per
// address in app.ts; a link is one hour and one use (request-password-reset.ts).
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { findPasswordReset, RESET_LINK_INVALID } from "../../services/auth/find-password-reset.js";
import { requestPasswordReset } from "../../services/auth/request-password-reset.js";
import { resetPassword } from "../../services/auth/reset-password.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { ForgotPasswordForm } from "./forgot-password-form.js";
import { forgotPasswordView } from "./forgot-password-view.js";
import { checkForm } from "./form-issues.js";
import { layout } from "./layout.js";
import { formFields, type PageContext } from "./page-context.js";
import { RESET_TOKEN, ResetPasswordForm } from "./reset-password-form.js";
import { resetLinkInvalidView, resetPasswordView } from "./reset-password-view.js";

/** The reset requests of this process, in the order they came. */
let resets: Promise<void> = Promise.resolve();

export function registerForgotPasswordPage(pages: Hono<AppEnv>) {
  pages.get("/forgot-password", (c) =>
    forgotPage(c, { email: "", error: null, sent: c.req.query("sent") !== undefined }),
  );

  pages.post("/forgot-password", async (c) => {
    const f = await formFields(c);
    const form = checkForm(ForgotPasswordForm, f);
    if (!form.data)
      return forgotPage(c, { email: f.email ?? "", error: form.issues.email ?? null, sent: false }, 400);
    const { db, now, kitMail, publicUrl } = c.var.deps;
    const print = c.var.deps.print ?? console.log;
    const delivery = { config: kitMail ?? null, origin: linkOrigin(publicUrl, c.req.url), print };
    const [email, at] = [form.data.email, now()];
    // Worked out after the answer, so neither its words nor its time say whether the address
    // has an account (an account's link costs a count and an insert). One request at a time
    // in this process, so the per-account cap counts every request before it.
    resets = resets
      .then(() => requestPasswordReset(db, email, at, delivery))
      .catch((err: unknown) => print(`password reset request failed: ${(err as Error).message}`));
    return c.redirect("/forgot-password?sent=1", 303);
  });

  pages.get("/reset-password/:token", async (c) => {
    const token = c.req.param("token");
    c.header("Cache-Control", "no-store");
    if (!RESET_TOKEN.test(token)) return invalidLink(c, RESET_LINK_INVALID);
    try {
      const account = await findPasswordReset(c.var.deps.db, token, c.var.deps.now());
      return resetPage(c, token, account.email, null);
    } catch (err) {
      if (err instanceof VouchError && err.code === "not_found") return invalidLink(c, err.message);
      throw err;
    }
  });

  pages.post("/reset-password/:token", async (c) => {
    const token = c.req.param("token");
    c.header("Cache-Control", "no-store");
    if (!RESET_TOKEN.test(token)) return invalidLink(c, RESET_LINK_INVALID);
    const form = checkForm(ResetPasswordForm, await formFields(c));
    const { db, now } = c.var.deps;
    try {
      if (!form.data) {
        const account = await findPasswordReset(db, token, now());
        return resetPage(c, token, account.email, form.issues.password ?? null, 400);
      }
      await resetPassword(db, token, form.data.password, now());
      return c.redirect("/sign-in?reset=1", 303);
    } catch (err) {
      if (!(err instanceof VouchError)) throw err;
      if (err.code === "not_found") return invalidLink(c, err.message);
      if (err.code !== "invalid_input") throw err;
      const account = await findPasswordReset(db, token, now());
      return resetPage(c, token, account.email, err.message, 400);
    }
  });
}

function forgotPage(
  c: PageContext,
  s: { email: string; error: string | null; sent: boolean },
  status: 200 | 400 = 200,
) {
  const main = forgotPasswordView({ ...s, mails: Boolean(c.var.deps.kitMail) });
  return c.html(layout({ title: "Forgot your password?", caller: null, main }), status);
}

function resetPage(
  c: PageContext,
  token: string,
  email: string,
  error: string | null,
  status: 200 | 400 = 200,
) {
  return c.html(
    layout({ title: "Choose a new password", caller: null, main: resetPasswordView(token, email, error) }),
    status,
  );
}

function invalidLink(c: PageContext, message: string) {
  return c.html(layout({ title: "Link not valid", caller: null, main: resetLinkInvalidView(message) }), 404);
}
