// `npm run bench` (fourth part): does an import stall the other requests? The server
// runs as `npm start` does (a separate process, with its demo workspace), on PGlite and
// on PostgreSQL. A probe sends requests one after another (GET /api/v1/creators with a
// session cookie, then the sign-in page, in turn) while a generated creator of 110,000
// comments is imported, once uploaded as a zip (POST /api/v1/imports) and once by
// `vouch import` in its own process on the same database. Reports each import's
// duration, the probes during it, their p99 and the slowest, against issue 12's target:
// the slowest other request during a 100,000-comment import ≤ 200 ms.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import pg from "pg";
import { openDatabase } from "../db/open-database.js";
import { createApiToken } from "../services/auth/api-tokens.js";
import { createSession } from "../services/auth/sessions.js";
import { DEMO_EMAIL } from "../services/ensure-demo-workspace.js";
import { ms, percentile } from "./bench-stats.js";
import { generateCreator } from "./generate-creator.js";
import { freePort, startServer } from "./server-process.js";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 3);
/** Issue 12: the slowest other request during a 100,000-comment import. */
const TARGET_MS = 200;
const ACCOUNT = "instagram:bench_creator";
const _SERVER = fileURLToPath(new URL("../server/main.js", import.meta.url));
const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));

interface Probe {
  label: string;
  startedAt: number;
  ms: number;
  status: number;
}

interface Phase {
  label: string;
  /** null for the idle baseline. */
  importMs: number | null;
  probes: Probe[];
}

async function main() {
  console.log(
    `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  const root = mkdtempSync(join(tmpdir(), "vouch-import-latency-"));
  const admin = new pg.Client({ connectionString: PG_URL });
  const pgUp = await admin.connect().then(
    () => true,
    () => false,
  );
  const all: [string, Phase[]][] = [];
  try {
    const gen = generateCreator(join(root, "creator"));
    const zip = zipFolder(gen.folder);
    console.log(
      `Data: one creator, 50 posts, ${gen.comments.toLocaleString()} comments (${gen.compressed ? "metadata .json.xz" : "metadata .json: no xz tool"}) and a 5,000-row follower CSV; the upload is a ${(zip.length / 1024 ** 2).toFixed(1)} MB zip of the folder plus the CSV. Probes one after another: GET /api/v1/creators (session) and GET /sign-in in turn; idle baseline ${IDLE_SECONDS} s\n`,
    );
    const upload = { zip, followersCsv: gen.followersCsv, folder: gen.folder };

    const dataDir = join(root, "pglite");
    all.push([
      "PGlite",
      await benchDatabase(
        { VOUCH_DATA: dataDir, DATABASE_URL: "" },
        { dataDir },
        { VOUCH_DATA: dataDir, DATABASE_URL: "" },
        upload,
      ),
    ]);
    if (pgUp) {
      const schema = `vouch_bench_import_latency_${process.pid}`;
      await admin.query(`create schema ${schema}`);
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      try {
        all.push([
          "PostgreSQL",
          await benchDatabase({ DATABASE_URL: url }, { databaseUrl: url }, { DATABASE_URL: url }, upload),
        ]);
      } finally {
        await admin.query(`drop schema ${schema} cascade`);
      }
    } else console.log("PostgreSQL: skipped, no server at BENCH_PG_URL");
  } finally {
    if (pgUp) await admin.end();
    rmSync(root, { recursive: true, force: true });
  }

  for (const [database, phases] of all) {
    console.log(database);
    for (const p of phases) console.log(`  ${phaseLine(p)}`);
  }
}

function phaseLine(p: Phase): string {
  const times = p.probes.map((x) => x.ms);
  const slowest = p.probes.reduce((a, b) => (b.ms > a.ms ? b : a), p.probes[0] as Probe);
  const failed = p.probes.filter((x) => x.status !== 200);
  const slowestOf = (label: string) =>
    ms(Math.max(...p.probes.filter((x) => x.label === label).map((x) => x.ms)));
  const head = `${p.label.padEnd(30)} ${p.importMs === null ? "".padEnd(17) : `import ${ms(p.importMs).padStart(8)}  `}`;
  const figures = `probes ${String(p.probes.length).padStart(5)}  p99 ${ms(percentile(times, 99)).padStart(8)}  slowest ${ms(slowest.ms).padStart(8)} (API ${slowestOf("api")}, page ${slowestOf("page")})`;
  const verdict =
    p.importMs === null
      ? ""
      : `  ${(slowest.ms / TARGET_MS).toFixed(1)}× target ≤ ${TARGET_MS} ms: ${slowest.ms <= TARGET_MS ? "met" : "MISSED"}`;
  const errors = failed.length
    ? `  ${failed.length} probes failed (HTTP ${[...new Set(failed.map((x) => x.status))].join(", ")})`
    : "";
  return head + figures + verdict + errors;
}

/** One database: the server on it, a session and a token of its demo workspace, then idle, upload, CLI. */
async function benchDatabase(
  serverEnv: Record<string, string>,
  dbOptions: { dataDir?: string; databaseUrl?: string },
  cliEnv: Record<string, string>,
  upload: { zip: Uint8Array; followersCsv: string; folder: string },
): Promise<Phase[]> {
  const port = await freePort();
  const server = await startServer({ ...serverEnv, PORT: String(port), VOUCH_DEMO: "1" }, port);
  try {
    // With the server running, a PGlite folder is reached through the server's socket.
    const d = await openDatabase(dbOptions);
    let sessionToken: string;
    let token: string;
    try {
      const owner = await d.db
        .selectFrom("users as u")
        .innerJoin("memberships as m", "m.user_id", "u.id")
        .innerJoin("workspaces as w", "w.id", "m.workspace_id")
        .select(["u.id as userId", "m.workspace_id as workspaceId", "w.name as workspaceName"])
        .where("u.email", "=", DEMO_EMAIL)
        .executeTakeFirstOrThrow();
      sessionToken = await createSession(d.db, owner.userId, owner.workspaceId, Date.now());
      ({ token } = await createApiToken(
        d.db,
        { ...owner, email: DEMO_EMAIL, role: "owner", via: "session" },
        { name: "import latency", role: "member" },
      ));
    } finally {
      await d.close();
    }
    const base = `http://127.0.0.1:${port}`;
    const probe = probeLoop(base, sessionToken);

    const phases: Phase[] = [];
    phases.push(
      await during("idle, no import", () => new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000)), probe),
    );
    const form = new FormData();
    form.append("files", new Blob([upload.zip]), "bench_creator.zip");
    form.append("files", new Blob([readFileSync(upload.followersCsv)]), basename(upload.followersCsv));
    form.append("account", ACCOUNT);
    phases.push(
      await during(
        "upload, POST /api/v1/imports",
        async () => {
          const res = await fetch(`${base}/api/v1/imports`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}` },
            body: form,
          });
          const text = await res.text();
          if (res.status !== 201) throw new Error(`the upload answered HTTP ${res.status}: ${text}`);
        },
        probe,
      ),
    );
    phases.push(
      await during(
        "CLI, vouch import",
        () => runCli(["import", upload.folder, upload.followersCsv, "--account", ACCOUNT, "--quiet"], cliEnv),
        probe,
      ),
    );
    return phases;
  } finally {
    await server.stop();
  }
}

type ProbeLoop = (isDone: () => boolean) => Promise<Probe[]>;

/** Requests one after another, each waiting for the last, until told to stop. */
function probeLoop(base: string, sessionToken: string): ProbeLoop {
  const requests: { label: string; url: string; headers: Record<string, string> }[] = [
    { label: "api", url: `${base}/api/v1/creators`, headers: { cookie: `vouch_session=${sessionToken}` } },
    { label: "page", url: `${base}/sign-in`, headers: { accept: "text/html" } },
  ];
  return async (isDone) => {
    const probes: Probe[] = [];
    for (let i = 0; !isDone(); i++) {
      const r = requests[i % requests.length] as (typeof requests)[number];
      const startedAt = performance.now();
      let status = 0;
      try {
        const res = await fetch(r.url, { headers: r.headers });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        // no answer at all: a failed probe (status 0)
      }
      probes.push({ label: r.label, startedAt, ms: performance.now() - startedAt, status });
    }
    return probes;
  };
}

/** Runs `work` with the probe going; keeps the probes that started before the work ended. */
async function during(label: string, work: () => Promise<unknown>, probe: ProbeLoop): Promise<Phase> {
  let done = false;
  const probes = probe(() => done);
  const start = performance.now();
  try {
    await work();
  } finally {
    done = true;
  }
  const end = performance.now();
  const kept = (await probes).filter((p) => p.startedAt <= end);
  // Let the server settle (collect garbage, finish writing) before the next phase.
  await new Promise((r) => setTimeout(r, 1000));
  return { label, importMs: label.startsWith("idle") ? null : end - start, probes: kept };
}

function runCli(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => {
      stderr += b.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`vouch ${args[0]} exited with ${code}:\n${stderr}`)),
    );
  });
}

/** The Instaloader folder as one zip, its files under the folder's name, as a user would pack it. */
function zipFolder(folder: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(folder))
    entries[`${basename(folder)}/${name}`] = readFileSync(join(folder, name));
  return zipSync(entries, { level: 6 });
}

await main();
