// /sign-in: email and password → a session cookie (httpOnly, SameSite=Lax) and
// back to the page that asked for it; after sign-up or a password reset, a note to sign
// in. A failure shows the form again with the message and the email kept. Rate-limited
// in app.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { signIn } from "../../services/auth/sign-in.js";
import type { AppEnv } from "../env.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, safeNext, setSessionCookie } from "./page-context.js";
import { type SignInState, signInView } from "./sign-in-view.js";

export function registerSignInPage(pages: Hono<AppEnv>) {
  pages.get("/sign-in", (c) => {
    if (c.var.caller?.via === "session") return c.redirect(safeNext(c.req.query("next")), 303);
    const notice =
      c.req.query("signed-up") !== undefined ? SIGNED_UP : c.req.query("reset") !== undefined ? RESET : null;
    return signInPage(c, { email: "", next: c.req.query("next") ?? "", error: null, notice });
  });

  pages.post("/sign-in", async (c) => {
    const f = await formFields(c);
    const email = f.email ?? "";
    try {
      const { sessionToken } = await signIn(c.var.deps.db, email, f.password ?? "", c.var.deps.now());
      setSessionCookie(c, sessionToken);
      return c.redirect(safeNext(f.next), 303);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "rate_limited") throw err;
      return signInPage(
        c,
        { email, next: f.next ?? "", error: err.message, notice: null },
        err.status === 403 ? 403 : 401,
      );
    }
  });
}

/** After the sign-up form, whether the email was new or taken (the same words for both). */
const SIGNED_UP =
  "Thank you. Sign in with your email and the password you chose to open your workspace. If this email had an account already, nothing was changed: sign in with its password.";

/** After a new password through a reset link (reset-password.ts signed every session out). */
const RESET =
  "Your password was changed and every session of your account was signed out. Sign in with the new password.";

function signInPage(c: PageContext, s: SignInState, status: 200 | 401 | 403 = 200) {
  return c.html(layout({ title: "Sign in", caller: null, main: signInView(s) }), status);
}
