// `npm run bench` (third part): load on the running server, as `npm start` runs it (a
// separate process), with wrk from Debian at 32 connections. For GET /api/v1/creators
// and a creator's page, on PGlite and on PostgreSQL, with an API token and with a
// session cookie: requests/s and p99, each the median of a few runs (token and session
// interleaved, so a busy neighbour slows both alike), and the token/session ratio
// (issue 12: a token's last use is written at most once a minute, so within 10%).
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { openDatabase } from "../db/open-database.js";
import type { DB } from "../db/schema.js";
import { auditAccount } from "../services/audit-account.js";
import { createApiToken } from "../services/auth/api-tokens.js";
import { signUp } from "../services/auth/sign-up.js";
import { median } from "./bench-stats.js";
import { seedCreators } from "./seed-creators.js";
import { freePort, startServer } from "./server-process.js";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const CONNECTIONS = 32;
const CREATORS = 40;
const POSTS_PER_CREATOR = 20;
const COMMENTS_PER_CREATOR = 1000;
/** Issue 12: throughput with a token within 10% of a session's. */
const TOKEN_RATIO_TARGET = 0.9;
const _SERVER = fileURLToPath(new URL("../server/main.js", import.meta.url));
const ENSURE_PACKAGE = fileURLToPath(new URL("../../scripts/ensure-debian-package.sh", import.meta.url));
const run = promisify(execFile);

interface WrkResult {
  requestsPerSecond: number;
  p99Ms: number;
}

interface Target {
  label: string;
  path: string;
  accept: string;
}

interface Figures {
  label: string;
  token: WrkResult[];
  session: WrkResult[];
}

async function main() {
  console.log(
    `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  execFileSync("bash", [ENSURE_PACKAGE, "wrk", "wrk"], { stdio: ["ignore", "ignore", "inherit"] });
  const wrkVersion = /wrk (\S+)/.exec(await wrkOutput(["--version"]))?.[1] ?? "?";
  console.log(
    `Load: wrk ${wrkVersion}, 2 threads, ${CONNECTIONS} connections, ${SECONDS} s a run, median of ${RUNS} runs (token and session interleaved, 1 s warm-up each unmeasured); server started as npm start; ${CREATORS} creators, ${(CREATORS * COMMENTS_PER_CREATOR).toLocaleString()} comments, all audited\n`,
  );

  const admin = new pg.Client({ connectionString: PG_URL });
  const pgUp = await admin.connect().then(
    () => true,
    () => false,
  );
  const all: [string, Figures[]][] = [];
  const dir = mkdtempSync(join(tmpdir(), "vouch-load-"));
  try {
    all.push(["PGlite", await benchDatabase({ VOUCH_DATA: dir, DATABASE_URL: "" }, { dataDir: dir })]);
    if (pgUp) {
      const schema = `vouch_bench_load_${process.pid}`;
      await admin.query(`create schema ${schema}`);
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      try {
        all.push(["PostgreSQL", await benchDatabase({ DATABASE_URL: url }, { databaseUrl: url })]);
      } finally {
        await admin.query(`drop schema ${schema} cascade`);
      }
    } else console.log("PostgreSQL: skipped, no server at BENCH_PG_URL");
  } finally {
    if (pgUp) await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }

  const perSecond = (x: number) => `${Math.round(x).toLocaleString()} req/s`.padStart(11);
  const p99 = (x: number) => `p99 ${x.toFixed(1)} ms`.padEnd(15);
  for (const [database, figures] of all) {
    console.log(database);
    for (const f of figures) {
      const token = median(f.token.map((r) => r.requestsPerSecond));
      const session = median(f.session.map((r) => r.requestsPerSecond));
      const ratio = token / session;
      console.log(
        `  ${f.label.padEnd(24)} token ${perSecond(token)} ${p99(median(f.token.map((r) => r.p99Ms)))} session ${perSecond(session)} ${p99(median(f.session.map((r) => r.p99Ms)))} token/session ${ratio.toFixed(2)}  target ≥ ${TOKEN_RATIO_TARGET}: ${ratio >= TOKEN_RATIO_TARGET ? "met" : "MISSED"}`,
      );
    }
  }
  for (const [database, figures] of all)
    for (const f of figures)
      console.log(
        `runs: ${database} ${f.label}: token ${f.token.map(runText).join(", ")} | session ${f.session.map(runText).join(", ")}`,
      );
}

const runText = (r: WrkResult) => `${Math.round(r.requestsPerSecond)}/s ${r.p99Ms.toFixed(0)} ms`;

/** One database: start the server on it, seed a workspace, measure each target with each credential. */
async function benchDatabase(
  serverEnv: Record<string, string>,
  dbOptions: { dataDir?: string; databaseUrl?: string },
): Promise<Figures[]> {
  const port = await freePort();
  const server = await startServer({ ...serverEnv, PORT: String(port), VOUCH_DEMO: "0" }, port);
  try {
    // With the server running, a PGlite folder is reached through the server's socket.
    const d = await openDatabase(dbOptions);
    let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
    try {
      seeded = await seedWorkspace(d.db);
    } finally {
      await d.close();
    }
    const base = `http://127.0.0.1:${port}`;
    const credentials = {
      token: `Authorization: Bearer ${seeded.token}`,
      session: `Cookie: vouch_session=${seeded.sessionToken}`,
    };
    const targets: Target[] = [
      { label: "GET /api/v1/creators", path: "/api/v1/creators", accept: "application/json" },
      { label: "GET /creators/{id}", path: `/creators/${seeded.creatorId}`, accept: "text/html" },
    ];
    const figures: Figures[] = [];
    for (const t of targets) {
      const url = `${base}${t.path}`;
      for (const header of Object.values(credentials)) {
        await expectOk(url, header, t.accept);
        await wrk(url, [header, `Accept: ${t.accept}`], 1);
      }
      const f: Figures = { label: t.label, token: [], session: [] };
      for (let i = 0; i < RUNS; i++) {
        f.token.push(await wrk(url, [credentials.token, `Accept: ${t.accept}`], SECONDS));
        f.session.push(await wrk(url, [credentials.session, `Accept: ${t.accept}`], SECONDS));
      }
      figures.push(f);
    }
    return figures;
  } finally {
    await server.stop();
  }
}

/** A user with a session and a member token, and a workspace of audited creators (seed-creators.ts). */
async function seedWorkspace(db: Kysely<DB>) {
  const now = Date.now();
  const { workspaceId, sessionToken, userId } = await signUp(
    db,
    { email: "load@vouch.local", password: "quartz-harbour-violet-8142", workspaceName: "Load" },
    now,
  );
  const { token } = await createApiToken(
    db,
    { userId, email: null, workspaceId, workspaceName: "Load", role: "owner", via: "session" },
    { name: "load", role: "member" },
  );
  await seedCreators(db, workspaceId, {
    creators: CREATORS,
    postsPerCreator: POSTS_PER_CREATOR,
    commentsPerCreator: COMMENTS_PER_CREATOR,
    prefix: "load",
  });
  const ids = (
    await db
      .selectFrom("creators")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .orderBy("id")
      .execute()
  ).map((r) => r.id);
  for (const id of ids) await auditAccount(db, workspaceId, { creatorId: id }, { now });
  await sql`analyze`.execute(db);
  return { token, sessionToken, creatorId: ids[0] as number };
}

/** Refuses to measure a URL that does not answer 200 (a wrong credential would bench the 401 page). */
async function expectOk(url: string, header: string, accept: string) {
  const [name, value] = header.split(/:\s*/, 2) as [string, string];
  const res = await fetch(url, { headers: { [name]: value, accept } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} with ${name} answered HTTP ${res.status}, not 200`);
}

async function wrk(url: string, headers: string[], seconds: number): Promise<WrkResult> {
  const out = await wrkOutput([
    "-t2",
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    "--latency",
    // wrk's default of 2 s would drop the slowest answers from the percentiles.
    "--timeout",
    "60s",
    ...headers.flatMap((h) => ["-H", h]),
    url,
  ]);
  const requestsPerSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = /\n\s*99%\s+([\d.]+)(us|ms|s)\b/.exec(out);
  if (!p99 || !Number.isFinite(requestsPerSecond)) throw new Error(`could not read wrk's output:\n${out}`);
  const scale = { us: 0.001, ms: 1, s: 1000 }[p99[2] as "us" | "ms" | "s"];
  // Non-2xx/3xx answers and socket errors: a run with any is not a measurement.
  const failures = [/Non-2xx or 3xx responses:.*/.exec(out)?.[0], /Socket errors:.*/.exec(out)?.[0]]
    .filter(Boolean)
    .join("; ");
  if (failures) throw new Error(`wrk ${url}: ${failures}`);
  return { requestsPerSecond, p99Ms: Number(p99[1]) * scale };
}

async function wrkOutput(args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run("wrk", args, { maxBuffer: 1024 ** 2 });
    return stdout + stderr;
  } catch (err) {
    // `wrk --version` prints its banner and exits 1.
    const e = err as { stdout?: string; stderr?: string };
    if (args[0] === "--version") return `${e.stdout ?? ""}${e.stderr ?? ""}`;
    throw err;
  }
}

await main();
