// Small helpers every page handler uses: the signed-in caller (or a redirect to
// sign-in, through pageError), form fields as strings, multipart forms with their
// files, and the session cookie.
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import type { Permission } from "../../core/roles.js";
import { SESSION_DAYS } from "../../services/auth/sessions.js";
import { requireCaller, SESSION_COOKIE } from "../authenticate.js";
import type { AppEnv } from "../env.js";

export type PageContext = Context<AppEnv>;

/** The caller, who must be signed in (in the browser) and hold the permission. */
export function pageCaller(c: PageContext, permission: Permission = "read") {
  return requireCaller(c, permission);
}

/** A form body's text fields; files and repeated fields other than the first are ignored. */
export async function formFields(c: PageContext): Promise<Record<string, string>> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw new VouchError("invalid_input", "the form could not be read");
  }
  const out: Record<string, string> = {};
  // NUL cannot be stored and means nothing in a form: drop it rather than fail later.
  for (const [k, v] of Object.entries(body)) if (typeof v === "string") out[k] = cleanText(v);
  return out;
}

/**
 * A multipart form: its text fields (as formFields reads them) and the files under one
 * name, read into memory (the app's body limits bound them). The empty part a browser
 * sends for a file input left empty (no name, no bytes) is not a file.
 */
export async function multipartForm(
  c: PageContext,
  fileField = "files",
): Promise<{ fields: Record<string, string>; files: { name: string; bytes: Uint8Array }[] }> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new VouchError("invalid_input", "the upload could not be read");
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const first = [v].flat()[0];
    if (typeof first === "string") fields[k] = cleanText(first);
  }
  const files = [];
  for (const f of [body[fileField] ?? []].flat())
    if (f instanceof File && (f.name || f.size > 0))
      files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return { fields, files };
}

export function setSessionCookie(c: PageContext, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: c.var.deps.secureCookies,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: PageContext) {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: c.var.deps.secureCookies });
}

/**
 * A same-site path to go to after signing in; anything else becomes "/". Control
 * characters are refused too: browsers drop tabs and newlines, which would turn
 * "/\t/evil.example" into "//evil.example".
 */
export function safeNext(next: string | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  return next && /^\/(?![/\\])[^\u0000-\u001f\u007f\\]*$/.test(next) ? next : "/";
}
