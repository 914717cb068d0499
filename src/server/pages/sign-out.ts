// POST /sign-out: deletes the session row and the cookie, then shows sign-in.
import type { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { deleteSession } from "../../services/auth/sessions.js";
import { SESSION_COOKIE } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { clearSessionCookie } from "./page-context.js";

export function registerSignOut(pages: Hono<AppEnv>) {
  pages.post("/sign-out", async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.var.deps.db, token);
    clearSessionCookie(c);
    return c.redirect("/sign-in", 303);
  });
}
