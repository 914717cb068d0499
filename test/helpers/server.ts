// The web app in-process for API tests: a fresh test database of one kind, the app
// from createApp on it with a clock the test moves, and workspaces, sessions and
// API tokens made through the services (no HTTP round trip for the setup).
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { DatabaseKind } from "../../src/db/open-database.js";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { createApiToken } from "../../src/services/auth/api-tokens.js";
import { type Caller, validateSession } from "../../src/services/auth/sessions.js";
import { signUp } from "../../src/services/auth/sign-up.js";
import { openTestDatabase, type TestDatabase } from "./databases.js";
import { FIXTURES } from "./fixtures.js";

/** A parsed JSON answer: tests check it by value, so it is not typed further. */
// biome-ignore lint/suspicious/noExplicitAny: answers are compared by value with expect()
export type Json = any;

/** The clock every API test starts at. */
export const NOW = Date.parse("2026-11-01T12:00:00Z");

export type App = ReturnType<typeof createApp>;

export interface TestServer {
  d: TestDatabase;
  app: App;
  clock: { now: number };
  /** Another app on the same database, e.g. with a small upload limit or rate limit. */
  appWith(deps: Partial<AppDeps>): App;
  close(): Promise<void>;
}

export async function openTestServer(kind: DatabaseKind, deps: Partial<AppDeps> = {}): Promise<TestServer> {
  const d = await openTestDatabase(kind);
  const clock = { now: NOW };
  const appWith = (more: Partial<AppDeps>) =>
    createApp({
      db: d.db,
      now: () => clock.now,
      maxUploadBytes: 50 * 1024 ** 2,
      // High enough that no test but the rate-limit test meets it.
      authRateLimit: 10_000,
      secureCookies: false,
      ...deps,
      ...more,
    });
  return { d, app: appWith({}), clock, appWith, close: () => d.close() };
}

export interface TestWorkspace {
  workspaceId: number;
  userId: number;
  /** The owner's session token (the vouch_session cookie). */
  sessionToken: string;
  owner: Caller;
}

let workspaces = 0;

/** A new user who owns a new workspace, signed in. */
export async function signUpWorkspace(s: TestServer, name: string): Promise<TestWorkspace> {
  workspaces++;
  const email = `owner-${workspaces}-${Math.random().toString(36).slice(2, 8)}@example.invalid`;
  const { userId, workspaceId, sessionToken } = await signUp(
    s.d.db,
    { email, password: "correct horse battery", workspaceName: name },
    s.clock.now,
  );
  const owner = await validateSession(s.d.db, sessionToken, s.clock.now);
  if (!owner) throw new Error("the new session is not valid");
  return { workspaceId, userId, sessionToken, owner };
}

/** An API token of the workspace with this role; returns the secret. */
export async function createToken(
  s: TestServer,
  ws: TestWorkspace,
  role: "member" | "viewer",
  name = `${role} token`,
): Promise<{ id: number; token: string }> {
  const t = await createApiToken(s.d.db, ws.owner, { name, role });
  return { id: t.id, token: t.token };
}

/** Headers of a script calling with an API token. */
export function bearer(token: string, more: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...more };
}

/**
 * Headers of a browser signed in with a session: the cookie, and the Origin a browser
 * sends with a same-origin POST (app.request's URLs are http://localhost/…).
 */
export function session(ws: TestWorkspace, more: Record<string, string> = {}): Record<string, string> {
  return { cookie: `vouch_session=${ws.sessionToken}`, origin: "http://localhost", ...more };
}

/** A fixture file as an uploaded File, named as on disk (or as `name`). */
export function fixtureFile(relative: string, name = basename(relative)): File {
  return new File([readFileSync(join(FIXTURES, relative))], name);
}

/** Every file of a fixture folder, name → bytes. */
export function fixtureFolder(relative: string): Record<string, Uint8Array> {
  const dir = join(FIXTURES, relative);
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) out[name] = new Uint8Array(readFileSync(join(dir, name)));
  return out;
}

export function form(files: File[], fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const file of files) f.append("files", file);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

/** POST /api/v1/imports; the answer's status and JSON body. */
export async function upload(
  app: App,
  headers: Record<string, string>,
  files: File[],
  fields: Record<string, string> = {},
) {
  const res = await app.request("/api/v1/imports", { method: "POST", headers, body: form(files, fields) });
  return { status: res.status, body: (await res.json()) as Json };
}

/**
 * A request (with a JSON body when `json` is given); the status, headers, text and parsed JSON
 * (null for an answer that is not JSON, e.g. a PDF: its text is then the bytes as read).
 */
export async function call(
  app: App,
  method: string,
  path: string,
  headers: Record<string, string>,
  json?: unknown,
) {
  const res = await app.request(
    path,
    json === undefined
      ? { method, headers }
      : {
          method,
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(json),
        },
  );
  const text = await res.text();
  const isJson = /json/.test(res.headers.get("content-type") ?? "");
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: text && isJson ? (JSON.parse(text) as Json) : null,
  };
}

/** The tiny_baker Instaloader folder as uploaded files, imported as of 2026-10-07T08:00:00Z. */
export const TINY_BAKER_CAPTURED_AT = "2026-10-07T08:00:00Z";
export function tinyBakerFiles(): File[] {
  return Object.entries(fixtureFolder("instaloader/tiny_baker")).map(
    ([name, bytes]) => new File([bytes], name),
  );
}
