// `npm run bench` (second part): the web server with 1,000 creators and 1,000,000
// comments in PostgreSQL. Reports server time (in-process app.request, p50 and
// p95 over 200 requests after 20 warm-ups) for the creators list and the creator
// page (HTML and JSON), the time to audit all creators, and `npm start` to the
// first page served on a fresh data folder (a new process each run).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase } from "../db/open-database.js";
import { createApp } from "../server/app.js";
import { registerPages } from "../server/pages/register-pages.js";
import { auditAccount } from "../services/audit-account.js";
import { createApiToken } from "../services/auth/api-tokens.js";
import { signUp } from "../services/auth/sign-up.js";
import { createBrandTarget } from "../services/brand-targets/create-brand-target.js";
import { median, percentile } from "./bench-stats.js";
import { seedCreators } from "./seed-creators.js";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const CREATORS = Number(process.env.BENCH_CREATORS ?? 1000);
const COMMENTS_PER_CREATOR = Number(process.env.BENCH_COMMENTS_PER_CREATOR ?? 1000);
const POSTS_PER_CREATOR = 20;
const REQUESTS = 200;
const SERVER = fileURLToPath(new URL("../server/main.js", import.meta.url));

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  console.log(
    `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const schema = `vouch_bench_server_${process.pid}`;
  await admin.query(`create schema ${schema}`);
  const d = await openDatabase({
    databaseUrl: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  });
  try {
    const now = Date.now();
    const { workspaceId, sessionToken, userId } = await signUp(
      d.db,
      { email: "bench@vouch.local", password: "bench-password-1", workspaceName: "Bench" },
      now,
    );
    const { token } = await createApiToken(
      d.db,
      { userId, email: null, workspaceId, workspaceName: "Bench", role: "owner", via: "session" },
      { name: "bench", role: "member" },
    );

    let t = performance.now();
    await seedCreators(d.db, workspaceId, {
      creators: CREATORS,
      postsPerCreator: POSTS_PER_CREATOR,
      commentsPerCreator: COMMENTS_PER_CREATOR,
      prefix: "bench",
    });
    const genMs = performance.now() - t;
    const ids = (
      await d.db.selectFrom("creators").select("id").where("workspace_id", "=", workspaceId).execute()
    ).map((r) => r.id);
    t = performance.now();
    for (const id of ids) await auditAccount(d.db, workspaceId, { creatorId: id }, { now });
    const auditMs = performance.now() - t;
    console.log(
      `Data: ${ids.length.toLocaleString()} creators, ${(ids.length * COMMENTS_PER_CREATOR).toLocaleString()} comments, ${(ids.length * POSTS_PER_CREATOR).toLocaleString()} posts in PostgreSQL (generated in ${(genMs / 1000).toFixed(1)} s); audited all in ${(auditMs / 1000).toFixed(1)} s (${ms(auditMs / ids.length)} each)\n`,
    );

    const app = createApp(
      {
        db: d.db,
        now: () => Date.now(),
        maxUploadBytes: 200 * 1024 ** 2,
        authRateLimit: 1e9,
        secureCookies: false,
      },
      registerPages,
    );
    // A brand target, so the list can rank all 1,000 creators by audience fit (computed when read).
    const target = await createBrandTarget(
      d.db,
      workspaceId,
      { name: "Bench target", countries: ["DE"], niches: ["travel"], languages: ["en", "de"] },
      now,
    );
    const api = { headers: { authorization: `Bearer ${token}` } };
    const page = { headers: { cookie: `vouch_session=${sessionToken}` } };
    let i = 0;
    const nextId = () => ids[(i++ * 7919) % ids.length] as number;
    const cases: [string, () => string, RequestInit][] = [
      ["creators list page    GET /", () => "/?sort=medianRate&order=desc", page],
      ["creator page          GET /creators/{id}", () => `/creators/${nextId()}`, page],
      [
        "creators list (API)   GET /api/v1/creators",
        () => "/api/v1/creators?sort=medianRate&order=desc",
        api,
      ],
      ["creator (API)         GET /api/v1/creators/{id}", () => `/api/v1/creators/${nextId()}`, api],
      [
        "list ranked by fit    GET /?target={id}&sort=fit",
        () => `/?target=${target.id}&sort=fit&order=desc`,
        page,
      ],
      [
        "list by fit (API)     GET /api/v1/creators?targetId=",
        () => `/api/v1/creators?targetId=${target.id}&sort=fit&order=desc`,
        api,
      ],
    ];
    for (const [label, path, init] of cases) {
      const times: number[] = [];
      let status = 0;
      for (let k = 0; k < 20 + REQUESTS; k++) {
        const start = performance.now();
        const res = await app.request(path(), init);
        await res.arrayBuffer();
        status = res.status;
        if (k >= 20) times.push(performance.now() - start);
      }
      const p95 = percentile(times, 95);
      console.log(
        `${label.padEnd(48)} p50 ${ms(median(times))}  p95 ${ms(p95)}  (HTTP ${status})  target p95 ≤ 50 ms: ${p95 <= 50 ? "met" : "MISSED"}`,
      );
    }
  } finally {
    await d.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }

  const starts: number[] = [];
  for (let run = 0; run < 3; run++) starts.push(await startToFirstPage());
  const s = median(starts);
  console.log(
    `\nnpm start to first page, fresh data folder: median ${ms(s)} (runs ${starts.map(ms).join(", ")})  target ≤ 5 s: ${s <= 5000 ? "met" : "MISSED"}`,
  );
}

/** A fresh data folder: spawn the server, poll until the sign-in page answers. */
async function startToFirstPage(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "vouch-start-"));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const start = performance.now();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, VOUCH_DATA: dir, PORT: String(port), DATABASE_URL: "" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (performance.now() - start > 60_000) throw new Error("the server did not answer within 60 s");
      try {
        const res = await fetch(`http://127.0.0.1:${port}/sign-in`);
        await res.arrayBuffer();
        if (res.status < 500) return performance.now() - start;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
