// Finds the caller: an API token (Authorization: Bearer vch_…) or the browser's
// session cookie. Handlers then ask `requireCaller(c, permission)`.
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { VouchError } from "../core/errors.js";
import { can, type Permission } from "../core/roles.js";
import { authenticateApiToken } from "../services/auth/api-tokens.js";
import { type Caller, validateSession } from "../services/auth/sessions.js";
import type { AppEnv } from "./env.js";

export const SESSION_COOKIE = "vouch_session";

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, now } = c.var.deps;
  const header = bearerHeader(c);
  let caller: Caller | null = null;
  if (header) {
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    caller = token ? await authenticateApiToken(db, token, now()) : null;
    if (!caller) throw new VouchError("unauthorized", "the API token is missing, unknown or revoked");
  } else {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) caller = await validateSession(db, token, now());
  }
  c.set("caller", caller);
  await next();
};

/** The Authorization header when it carries a bearer token; other schemes (a proxy's Basic auth) are not ours. */
export function bearerHeader(c: Context): string | undefined {
  const header = c.req.header("authorization");
  return header && /^Bearer\s/i.test(header) ? header : undefined;
}

export function requireCaller(c: Context<AppEnv>, permission: Permission): Caller {
  const caller = c.var.caller;
  if (!caller)
    throw new VouchError("unauthorized", "sign in, or send an API token as Authorization: Bearer <token>");
  if (!can(caller.role, permission))
    throw new VouchError("forbidden", `your role (${caller.role}) may not do this`, {
      role: caller.role,
      needs: permission,
    });
  return caller;
}
