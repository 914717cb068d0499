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
import { sql } from "kysely";
import pg from "pg";
import { openDatabase } from "../db/open-database.js";
import { createApp } from "../server/app.js";
import { registerPages } from "../server/pages/register-pages.js";
import { auditAccount } from "../services/audit-account.js";
import { createApiToken } from "../services/auth/api-tokens.js";
import { signUp } from "../services/auth/sign-up.js";
import { createBrandTarget } from "../services/brand-targets/create-brand-target.js";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const CREATORS = Number(process.env.BENCH_CREATORS ?? 1000);
const COMMENTS_PER_CREATOR = Number(process.env.BENCH_COMMENTS_PER_CREATOR ?? 1000);
const POSTS_PER_CREATOR = 20;
const REQUESTS = 200;
const SERVER = fileURLToPath(new URL("../server/main.js", import.meta.url));

const ms = (x: number) => `${x.toFixed(1)} ms`;
function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}
const median = (xs: number[]) => percentile(xs, 50);

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
    await generate(d.db as never, workspaceId);
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

/** Synthetic creators written with set-based SQL: 20 posts and N comments each, a tenth answered by the creator. */
async function generate(db: import("kysely").Kysely<unknown>, workspaceId: number) {
  await sql`insert into creators (workspace_id, name) select ${workspaceId}, 'bench_' || i from generate_series(1, ${CREATORS}) i`.execute(
    db,
  );
  await sql`insert into accounts (workspace_id, creator_id, platform, username, platform_user_id)
    select ${workspaceId}, c.id, 'instagram', c.name, (100000 + c.id)::text from creators c where c.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`insert into profile_snapshots (account_id, captured_at, followers, following, posts)
    select a.id, now(), 5000 + (a.id * 7919) % 25000, 300 + a.id % 900, 200 from accounts a where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`insert into posts (account_id, platform_post_id, taken_at, kind, likes, comments)
    select a.id, 'p' || j, now() - (j * interval '3 days'), 'image', 200 + (a.id * j * 31) % 600, ${COMMENTS_PER_CREATOR / POSTS_PER_CREATOR}
    from accounts a, generate_series(1, ${POSTS_PER_CREATOR}) j where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`insert into comments (account_id, platform_comment_id, platform_post_id, parent_id, author_id, author_username, text, created_at, likes)
    select a.id, 'c' || k, 'p' || (k % ${POSTS_PER_CREATOR} + 1),
      case when k % 10 = 5 then 'c' || (k - 1) end,
      case when k % 10 = 5 then (100000 + a.id)::text else (k * 13 % 5000)::text end,
      case when k % 10 = 5 then a.username else 'fan_' || (k * 13 % 5000) end,
      (array['love this place', 'where was this taken?', '🔥🔥', 'nice pic', 'how long did the trip take?', 'amazing light in this one'])[k % 6 + 1] || case when k % 3 = 0 then ' ' || k else '' end,
      now() - ((k % ${POSTS_PER_CREATOR} + 1) * interval '3 days') + (k % 500) * interval '1 minute', k % 4
    from accounts a, generate_series(1, ${COMMENTS_PER_CREATOR}) k where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`update accounts a set stored_posts = ${POSTS_PER_CREATOR}, stored_comments = ${COMMENTS_PER_CREATOR} where a.workspace_id = ${workspaceId}`.execute(
    db,
  );
  await sql`analyze`.execute(db);
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
