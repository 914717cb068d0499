// /invite/:token — accepting an invitation link. Signed in: one button joins the
// workspace (and switches the session to it). Not signed in: sign up here and
// join, or sign in first and come back. An unknown, used or expired link is a
// 404 page. The view is invite-view.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import {
  acceptInvitation,
  findInvitation,
  type Invitation,
  signUpWithInvitation,
} from "../../services/auth/invitations.js";
import type { AppEnv } from "../env.js";
import { type InviteState, inviteView } from "./invite-view.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller, setSessionCookie } from "./page-context.js";
import { fieldErrors } from "./sign-up-form.js";

export function registerInvitePage(pages: Hono<AppEnv>) {
  pages.get("/invite/:token", async (c) => {
    const inv = await findInvitation(c.var.deps.db, c.req.param("token"), c.var.deps.now());
    return invitePage(c, inv, { email: "", name: "", error: null, fieldErrors: {} });
  });

  pages.post("/invite/:token", async (c) => {
    const caller = pageCaller(c);
    const token = c.req.param("token");
    const { db, now } = c.var.deps;
    if (caller.userId === null) throw new VouchError("forbidden", "an API token cannot accept an invitation");
    try {
      const { sessionToken } = await acceptInvitation(db, token, caller.userId, now());
      setSessionCookie(c, sessionToken);
      return c.redirect("/", 303);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code !== "conflict") throw err;
      return invitePage(
        c,
        await findInvitation(db, token, now()),
        { email: "", name: "", error: err.message, fieldErrors: {} },
        409,
      );
    }
  });

  pages.post("/invite/:token/sign-up", async (c) => {
    const token = c.req.param("token");
    const { db, now } = c.var.deps;
    const f = await formFields(c);
    const s = { email: f.email ?? "", name: f.name ?? "", error: null, fieldErrors: {} };
    try {
      const { sessionToken } = await signUpWithInvitation(
        db,
        token,
        { email: s.email, password: f.password ?? "", name: s.name },
        now(),
      );
      setSessionCookie(c, sessionToken);
      return c.redirect("/", 303);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code === "not_found") throw err;
      return invitePage(
        c,
        await findInvitation(db, token, now()),
        { ...s, ...fieldErrors(err) },
        err.status as 400,
      );
    }
  });
}

function invitePage(c: PageContext, inv: Invitation, s: InviteState, status: 200 | 400 | 409 = 200) {
  const caller = c.var.caller?.via === "session" ? c.var.caller : null;
  const token = c.req.param("token") ?? "";
  return c.html(
    layout({ title: `Join ${inv.workspaceName}`, caller, main: inviteView(inv, token, s, caller !== null) }),
    status,
  );
}
