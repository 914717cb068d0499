// /settings — the signed-in user's own account: name, password (the current one first;
// the other sessions end), sessions with "sign out the others", and the workspace's
// settings (API tokens and members for owners) and leaving it. Browser sessions only: an
// API token has no user (403). Each change redirects back here (303) with a notice; a
// refused one shows the page again with the error next to its field. POST
// /settings/password is rate-limited per address in app.ts (it checks a password).
import type { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { VouchError } from "../../core/errors.js";
import { changePassword } from "../../services/auth/change-password.js";
import { getUserProfile } from "../../services/auth/get-user-profile.js";
import { leaveWorkspace } from "../../services/auth/leave-workspace.js";
import { listUserSessions } from "../../services/auth/list-user-sessions.js";
import { renameUser } from "../../services/auth/rename-user.js";
import { signOutOtherSessions } from "../../services/auth/sign-out-other-sessions.js";
import { SESSION_COOKIE } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { checkForm, type FormIssues } from "./form-issues.js";
import { layout } from "./layout.js";
import { clearSessionCookie, formFields, type PageContext, pageCaller } from "./page-context.js";
import { NameForm, PasswordForm, SETTINGS_FIELDS } from "./settings-form.js";
import { leaveView, settingsView } from "./settings-view.js";

/** What each `?done=` says after a redirect. */
const NOTICES: Record<string, string> = {
  name: "Your name was saved.",
  password: "Your password was changed; your other sessions were signed out.",
  sessions: "Your other sessions were signed out.",
};

export function registerSettingsPage(pages: Hono<AppEnv>) {
  pages.get("/settings", (c) => settingsPage(c, NOTICES[c.req.query("done") ?? ""] ?? null, {}));

  pages.post("/settings/name", async (c) => {
    const { userId } = userCaller(c);
    const f = await formFields(c);
    const form = checkForm(NameForm, f);
    if (!form.data) return settingsPage(c, null, form.issues, f.name);
    await renameUser(c.var.deps.db, userId, form.data.name);
    return c.redirect("/settings?done=name", 303);
  });

  pages.post("/settings/password", async (c) => {
    const { userId, token } = userCaller(c);
    const form = checkForm(PasswordForm, await formFields(c));
    if (!form.data) return settingsPage(c, null, form.issues);
    try {
      await changePassword(c.var.deps.db, userId, token, {
        current: form.data.currentPassword,
        next: form.data.newPassword,
      });
    } catch (err) {
      const field = err instanceof VouchError ? err.details.field : null;
      if (!(err instanceof VouchError) || !(SETTINGS_FIELDS as readonly unknown[]).includes(field)) throw err;
      return settingsPage(c, null, { [field as string]: err.message });
    }
    return c.redirect("/settings?done=password", 303);
  });

  pages.post("/settings/sessions/sign-out-others", async (c) => {
    const { userId, token } = userCaller(c);
    await signOutOtherSessions(c.var.deps.db, userId, token);
    return c.redirect("/settings?done=sessions", 303);
  });

  pages.get("/settings/leave", (c) => {
    const caller = pageCaller(c);
    userCaller(c);
    return c.html(
      layout({ title: "Leave the workspace", caller, current: "settings", main: leaveView(caller) }),
    );
  });

  pages.post("/settings/leave", async (c) => {
    const caller = pageCaller(c);
    const { userId } = userCaller(c);
    const next = await leaveWorkspace(c.var.deps.db, userId, caller.workspaceId);
    if (next !== null) return c.redirect("/", 303);
    clearSessionCookie(c);
    return c.redirect("/sign-in", 303);
  });
}

/** The signed-in user and their session token; an API token has neither (403). */
function userCaller(c: PageContext) {
  const caller = pageCaller(c);
  const token = getCookie(c, SESSION_COOKIE);
  if (caller.userId === null || caller.via !== "session" || !token)
    throw new VouchError("forbidden", "settings belong to a signed-in user; an API token has none");
  return { userId: caller.userId, token };
}

async function settingsPage(c: PageContext, notice: string | null, errors: FormIssues, typedName?: string) {
  const caller = pageCaller(c);
  const { userId, token } = userCaller(c);
  const { db, now } = c.var.deps;
  const profile = await getUserProfile(db, userId, caller.workspaceId);
  const sessions = await listUserSessions(db, userId, token, now());
  const main = settingsView(caller, {
    email: profile.email,
    name: typedName ?? profile.name ?? "",
    onlyOwner: profile.onlyOwner,
    sessions,
    notice,
    errors,
  });
  const status = Object.keys(errors).length ? 400 : 200;
  return c.html(layout({ title: "Settings", caller, current: "settings", main }), status);
}
