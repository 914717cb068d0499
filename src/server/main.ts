#!/usr/bin/env node
// `npm start`: one server process for pages, API and assets. It owns the embedded
// database (PGlite in VOUCH_DATA, served to CLI commands over the PostgreSQL
// protocol) or uses the PostgreSQL server in DATABASE_URL; creates the demo
// workspace on first run; prints the URL and the demo sign-in. Stops gracefully on
// SIGTERM or Ctrl+C: requests in flight finish, new ones get 503, temporary files go,
// the database closes; a second signal stops at once.
import { existsSync, readdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { VouchError } from "../core/errors.js";
import { dataDir } from "../db/database-settings.js";
import type { EmbeddedServer } from "../db/embedded-server.js";
import { journalsFolder } from "../db/import-journals.js";
import type { Database } from "../db/open-database.js";
import { deliveryJobKinds } from "../jobs/delivery-jobs.js";
import { type JobQueue, startJobQueue } from "../jobs/job-queue.js";
import { startEmbeddedRedirect } from "../redirect/embedded-redirect.js";
import { ensureDemoWorkspace } from "../services/ensure-demo-workspace.js";
import { resumeImports } from "../services/import-in-steps.js";
import { workerUploadImporter } from "../services/import-upload-in-worker.js";
import { removeOwnTempFolders, removeStaleTempFolders } from "../services/temp-folders.js";
import { createApp } from "./app.js";
import { parseTrustedProxies, type TrustedProxies } from "./client-address.js";
import { DEMO_PASSWORD_FILE, demoPassword } from "./demo-password.js";
import type { AppDeps } from "./env.js";
import { servedHosts } from "./host-guard.js";
import { registerPages } from "./pages/register-pages.js";
import { trackRequests } from "./request-tracker.js";
import { signingSetting } from "./signing-setting.js";

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
  /** How long a stopping server lets requests in flight finish. */
  stopGraceSeconds: positiveSetting("VOUCH_STOP_GRACE_SECONDS", 30),
  /** How long a starting server waits for a CLI command that holds the data folder. */
  lockWaitSeconds: positiveSetting("VOUCH_LOCK_WAIT_SECONDS", 60),
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
const pdfSigner = await signingSetting(env, new Date()).catch((err: Error) => {
  console.error(`vouch-server: ${err.message}`);
  process.exit(1);
});

// Whatever stops the start (a folder in use, PostgreSQL down, a taken port) is said in
// one line, not a stack trace.
function cannotStart(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`vouch-server: cannot start: ${message}`);
  process.exit(err instanceof VouchError ? 1 : 2);
}

removeStaleTempFolders();
const database = await openServerDatabase().catch(cannotStart);

async function openServerDatabase(): Promise<Database> {
  if (env.DATABASE_URL) {
    const { openDatabase } = await import("../db/open-database.js");
    return openDatabase({ databaseUrl: env.DATABASE_URL });
  }
  const { openEmbeddedServer } = await import("../db/embedded-server.js");
  const { lockHolder } = await import("../db/data-folder-lock.js");
  const { runningServer } = await import("../db/server-file.js");
  const folder = dataDir(env);
  const deadline = Date.now() + limits.lockWaitSeconds * 1000;
  let told = false;
  for (;;) {
    try {
      return await openEmbeddedServer({ dataDir: folder });
    } catch (err) {
      // A CLI command holds the folder for as long as it runs: wait for it. Another
      // server holding it will not let go; neither will a folder past the deadline.
      const conflict = err instanceof VouchError && err.code === "conflict";
      if (!conflict || runningServer(folder) || Date.now() >= deadline) throw err;
      // No holder: the command let go between the open and this look, so try again.
      const holder = lockHolder(folder);
      if (!told && holder !== null) {
        console.log(
          `The data folder ${folder} is in use by a vouch command (pid ${holder}); waiting up to ${limits.lockWaitSeconds} s for it to finish…`,
        );
        told = true;
      }
      await new Promise((r) => setTimeout(r, holder === null ? 20 : 250));
    }
  }
}

// The demo sign-in: only on the embedded database and a loopback address, unless VOUCH_DEMO
// says otherwise (1 = always, 0 = never); its password is the data folder's own.
const loopback = host === "127.0.0.1" || host === "localhost" || host === "::1";
const wantDemo = env.VOUCH_DEMO === "1" || (env.VOUCH_DEMO !== "0" && !env.DATABASE_URL && loopback);
const demo = wantDemo
  ? await ensureDemoWorkspace(database.db, Date.now(), demoPassword(env.DATABASE_URL ? null : dataDir(env)))
  : null;
// An import that a killed server (or CLI command) was writing is finished before the
// first request, so no page shows it half-written.
// One that cannot be finished is said, and kept for the next start.
if (database.folder && readdirOr(journalsFolder(database.folder.path)).length) {
  console.log("Finishing the imports that a stopped process left half-written…");
  const finished = await resumeImports(database.db, database.folder.path).catch((err: Error) => {
    console.error(`vouch-server: an import that had stopped could not be finished: ${err.message}`);
    return [];
  });
  for (const summary of finished)
    console.log(`Finished an import that had stopped: ${summary.accounts.map((a) => a.account).join(", ")}.`);
}

function readdirOr(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder) : [];
}
// Tracked links' redirect on its own port (src/redirect/embedded-redirect.ts).
const redirect = await startEmbeddedRedirect(
  database.db,
  env,
  host,
  trustedProxies,
  env.VOUCH_CLICK_LOG && env.VOUCH_CLICK_LOG !== "off" ? env.VOUCH_CLICK_LOG : null,
);
/** Set on the first SIGTERM or Ctrl+C; from then on new requests get 503. */
let stopping = false;
// Workers and the job queue reach the embedded database through its socket, as CLI commands do.
const databaseTarget = env.DATABASE_URL || {
  host: (database as EmbeddedServer).socketDir,
  port: (database as EmbeddedServer).port,
  user: "postgres",
  database: "postgres",
};
const mail = env.VOUCH_SMTP_URL
  ? { smtpUrl: env.VOUCH_SMTP_URL, from: env.VOUCH_SMTP_FROM ?? "Vouch <no-reply@localhost>" }
  : null;
const deps: AppDeps = {
  db: database.db,
  now: () => Date.now(),
  maxUploadBytes: limits.maxUploadMb * 1024 ** 2,
  authRateLimit: limits.authRateLimit,
  secureCookies: env.VOUCH_SECURE_COOKIES === "1",
  kitMail: mail,
  kitRateLimit: limits.kitRateLimit,
  publicUrl,
  allowedHosts,
  trustedProxies,
  pdfSigner,
  redirectUrl: redirect?.url ?? env.VOUCH_REDIRECT_URL ?? null,
  isStopping: () => stopping,
  // Uploads are unpacked and imported in worker threads, off the requests' event loop;
  // a worker reaches the embedded database through its socket, as CLI commands do.
  // On the embedded database they share its one session with every request, so they
  // write in short transactions with a journal in the data folder (import-in-steps.ts).
  uploadImporter: workerUploadImporter(databaseTarget, sharedDataDir()),
};
const app = createApp(deps, registerPages);

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${info.port}/`;
  console.log(`Vouch is running at ${url} (started in ${Math.round(performance.now() - started)} ms)`);
  console.log(`Database: ${database.kind} at ${database.location}`);
  console.log(demoLine());
  console.log(
    `Answers to the names ${[...servedHosts(publicUrl, allowedHosts)].join(", ")} (others get 421; VOUCH_ALLOWED_HOSTS adds names).`,
  );
  if (pdfSigner)
    console.log(
      `Accepted contracts are signed by ${pdfSigner.name} (certificate valid until ${pdfSigner.notAfter}).`,
    );
  console.log("API documentation: /docs (OpenAPI at /openapi.json). Stop with Ctrl+C.");
}) as Server;
server.once("error", async (err: NodeJS.ErrnoException) => {
  await database.close().catch(() => {});
  cannotStart(
    err.code === "EADDRINUSE"
      ? new VouchError(
          "conflict",
          `port ${port} on ${host} is in use by another program; set PORT to another one`,
        )
      : err,
  );
});
const requests = trackRequests(server);

// Scheduled work (src/jobs): started once the server listens, so pages answer at once;
// until then the jobs page says the queue is not running. VOUCH_JOBS=0 runs none here
// (another process may run them: pg-boss shares the work between processes).
const jobsReady: Promise<JobQueue | null> =
  env.VOUCH_JOBS === "0"
    ? Promise.resolve(null)
    : (async () => {
        let queue: JobQueue | null = null;
        const kinds = deliveryJobKinds({
          db: database.db,
          now: () => Date.now(),
          mail,
          print: (line) => console.log(line),
          queue: () => queue as JobQueue,
        });
        queue = await startJobQueue(databaseTarget, kinds);
        deps.jobs = queue;
        return queue;
      })().catch((err: Error) => {
        console.error(`vouch-server: the job queue did not start: ${err.message}`);
        return null;
      });

/** The embedded database's folder, when it is one on disk (imports then run in steps and can be resumed). */
function sharedDataDir(): string | null {
  return database.folder?.path ?? null;
}

function demoLine(): string {
  if (!demo) return "No demo workspace (VOUCH_DEMO=1 creates one); sign up at /sign-up.";
  const created = demo.created ? " (demo workspace created)" : "";
  const kept = env.DATABASE_URL
    ? "a new password each start"
    : `the password is kept in ${join(dataDir(env), DEMO_PASSWORD_FILE)}`;
  return `Demo sign-in: ${demo.email} / ${demo.password}${created} (${kept})`;
}

async function stop(signal: NodeJS.Signals) {
  if (stopping) {
    console.error(
      `${signal} again: stopping at once; requests in flight are cut (an import is rolled back, or on the embedded database finished at the next start once its rows were being written).`,
    );
    removeOwnTempFolders();
    process.exit(1);
  }
  stopping = true;
  const running = requests.inFlight();
  console.log(
    `${signal}: stopping${running ? `; letting ${running} request(s) in flight finish (up to ${limits.stopGraceSeconds} s), new ones get 503` : ""}. Send ${signal} again to stop at once.`,
  );
  server.close(); // no new connections; idle ones close
  const finished = await requests.settled(limits.stopGraceSeconds * 1000);
  if (!finished)
    console.error(
      `vouch-server: ${requests.inFlight()} request(s) still running after ${limits.stopGraceSeconds} s were cut; an import among them is rolled back (on the embedded database, finished at the next start once its rows were being written).`,
    );
  server.closeAllConnections();
  // Running jobs finish (pg-boss waits up to 30 s) before the database closes.
  await jobsReady
    .then((queue) => queue?.stop())
    .catch((err: Error) => console.error(`vouch-server: stopping the job queue: ${err.message}`));
  // Every click the redirect answered is written before the database closes.
  await redirect?.stop();
  removeOwnTempFolders();
  // A transaction cut above may keep the database from closing at once: do not wait forever.
  await Promise.race([database.close(), new Promise((r) => setTimeout(r, 5000).unref())]).catch((err) =>
    console.error(`vouch-server: closing the database: ${(err as Error).message}`),
  );
  console.log("Stopped.");
  process.exit(finished ? 0 : 1);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
