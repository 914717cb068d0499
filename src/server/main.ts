#!/usr/bin/env node
// `npm start`: one server process for pages, API and assets. It owns the embedded
// database (PGlite in VOUCH_DATA, served to CLI commands over the PostgreSQL
// protocol) or uses the PostgreSQL server in DATABASE_URL; creates the demo
// workspace on first run; prints the URL and the demo sign-in.
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { dataDir } from "../cli/config.js";
import type { Database } from "../db/open-database.js";
import { ensureDemoWorkspace } from "../services/ensure-demo-workspace.js";
import { createApp } from "./app.js";
import { parseTrustedProxies, type TrustedProxies } from "./client-address.js";
import { DEMO_PASSWORD_FILE, demoPassword } from "./demo-password.js";
import { servedHosts } from "./host-guard.js";
import { registerPages } from "./pages/register-pages.js";

const started = performance.now();
const env = process.env;

/** A numeric setting: its default when unset, else a positive number or a clear stop (NaN would switch a limit off). */
function positiveSetting(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`vouch-server: ${name} must be a positive number (got "${raw}")`);
    process.exit(1);
  }
  return n;
}
// Read before the database is opened, so a bad setting stops nothing half-started.
const limits = {
  maxUploadMb: positiveSetting("VOUCH_MAX_UPLOAD_MB", 200),
  authRateLimit: positiveSetting("VOUCH_AUTH_RATE_LIMIT", 10),
  kitRateLimit: positiveSetting("VOUCH_KIT_RATE_LIMIT", 30),
};
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? "127.0.0.1";

/** VOUCH_PUBLIC_URL: an http(s) URL, or a clear stop (links and the CSRF check depend on it). */
function publicUrlSetting(): string | null {
  const raw = env.VOUCH_PUBLIC_URL;
  if (!raw) return null;
  if (URL.canParse(raw) && /^https?:$/.test(new URL(raw).protocol)) return raw;
  console.error(`vouch-server: VOUCH_PUBLIC_URL must be an http or https URL (got "${raw}")`);
  process.exit(1);
}

/** VOUCH_ALLOWED_HOSTS (comma-separated names), and the listening address when it is one. */
function allowedHostsSetting(): string[] {
  const names = (env.VOUCH_ALLOWED_HOSTS ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names)
    if (!URL.canParse(`http://${name}`) || /[/?#@]/.test(name)) {
      console.error(`vouch-server: VOUCH_ALLOWED_HOSTS holds "${name}", which is not a host name`);
      process.exit(1);
    }
  // Listening on one address (not every one), the server answers to that address by its number.
  if (host !== "0.0.0.0" && host !== "::") names.push(host.includes(":") ? `[${host}]` : host);
  return names;
}

/** VOUCH_TRUSTED_PROXIES: addresses and CIDR ranges whose X-Forwarded-For names the client. */
function trustedProxiesSetting(): TrustedProxies | null {
  const raw = env.VOUCH_TRUSTED_PROXIES ?? "";
  try {
    return raw.trim() ? parseTrustedProxies(raw) : null;
  } catch (err) {
    console.error(`vouch-server: VOUCH_TRUSTED_PROXIES: ${(err as Error).message}`);
    process.exit(1);
  }
}
const publicUrl = publicUrlSetting();
const allowedHosts = allowedHostsSetting();
const trustedProxies = trustedProxiesSetting();

let database: Database;
if (env.DATABASE_URL) {
  const { openDatabase } = await import("../db/open-database.js");
  database = await openDatabase({ databaseUrl: env.DATABASE_URL });
} else {
  const { openEmbeddedServer } = await import("../db/embedded-server.js");
  database = await openEmbeddedServer({ dataDir: dataDir(env) });
}

// The demo sign-in: only on the embedded database and a loopback address, unless VOUCH_DEMO
// says otherwise (1 = always, 0 = never); its password is the data folder's own.
const loopback = host === "127.0.0.1" || host === "localhost" || host === "::1";
const wantDemo = env.VOUCH_DEMO === "1" || (env.VOUCH_DEMO !== "0" && !env.DATABASE_URL && loopback);
const demo = wantDemo
  ? await ensureDemoWorkspace(database.db, Date.now(), demoPassword(env.DATABASE_URL ? null : dataDir(env)))
  : null;
const app = createApp(
  {
    db: database.db,
    now: () => Date.now(),
    maxUploadBytes: limits.maxUploadMb * 1024 ** 2,
    authRateLimit: limits.authRateLimit,
    secureCookies: env.VOUCH_SECURE_COOKIES === "1",
    kitMail: env.VOUCH_SMTP_URL
      ? { smtpUrl: env.VOUCH_SMTP_URL, from: env.VOUCH_SMTP_FROM ?? "Vouch <no-reply@localhost>" }
      : null,
    kitRateLimit: limits.kitRateLimit,
    publicUrl,
    allowedHosts,
    trustedProxies,
  },
  registerPages,
);

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${info.port}/`;
  console.log(`Vouch is running at ${url} (started in ${Math.round(performance.now() - started)} ms)`);
  console.log(`Database: ${database.kind} at ${database.location}`);
  console.log(demoLine());
  console.log(
    `Answers to the names ${[...servedHosts(publicUrl, allowedHosts)].join(", ")} (others get 421; VOUCH_ALLOWED_HOSTS adds names).`,
  );
  console.log("API documentation: /docs (OpenAPI at /openapi.json). Stop with Ctrl+C.");
});

function demoLine(): string {
  if (!demo) return "No demo workspace (VOUCH_DEMO=1 creates one); sign up at /sign-up.";
  const created = demo.created ? " (demo workspace created)" : "";
  const kept = env.DATABASE_URL
    ? "a new password each start"
    : `the password is kept in ${join(dataDir(env), DEMO_PASSWORD_FILE)}`;
  return `Demo sign-in: ${demo.email} / ${demo.password}${created} (${kept})`;
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
