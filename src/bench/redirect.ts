// `npm run bench`: the tracked links' redirect under wrk (Debian's; installed here when
// missing) against a bare node:http server that answers the same 302, with the same wrk
// settings: requests/s and p99 latency (targets ≥ 0.9× and ≤ 1.5× the bare server's),
// and the clicks stored against the 302s answered after a graceful stop, on PostgreSQL
// and on PGlite (a data folder). Then kill -9 in the middle of a run: the clicks lost
// (302s wrk received − clicks stored). Medians of RUNS runs; the load average is printed
// with each figure, since the machine may be shared.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase } from "../db/open-database.js";
import { addPartnership } from "../services/campaigns/add-partnership.js";
import { createCampaign } from "../services/campaigns/create-campaign.js";
import { importSources } from "../services/import-sources.js";
import { createLink } from "../services/links/create-link.js";
import { localWorkspaceId } from "../services/local-workspace.js";
import { median } from "./bench-stats.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist/cli/main.js");
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const RUNS = Number(process.env.BENCH_REDIRECT_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_REDIRECT_SECONDS ?? 8);
/** One wrk for both servers: 1 thread, 16 keep-alive connections (2 cores are shared with wrk). */
const WRK = ["-t1", "-c16", `-d${SECONDS}s`, "--latency"];
const NOW = Date.parse("2027-03-02T10:00:00Z");

const BARE = `
const { createServer } = require("node:http");
const { randomFillSync } = require("node:crypto");
const pool = Buffer.alloc(12 * 341); let offset = pool.length;
const head = "https://shop.example/spring?utm_source=instagram&utm_medium=influencer&utm_campaign=spring-bake&utm_content=tiny_baker&vclid=";
const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => {
  if (offset + 12 > pool.length) { randomFillSync(pool); offset = 0; }
  const id = pool.toString("base64url", offset, offset + 12); offset += 12;
  res.writeHead(302, { location: head + id, "cache-control": "private, no-store", "content-length": "0" });
  res.end();
});
server.listen(0, "127.0.0.1", () => console.log("answering 1 link(s) at http://127.0.0.1:" + server.address().port + "/"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
`;

interface WrkResult {
  rps: number;
  p99: number;
  requests: number;
}

function ensureWrk() {
  if (spawnSync("wrk", ["--version"]).error === undefined) return;
  console.log("Installing wrk (apt-get install -y wrk)…");
  spawnSync("apt-get", ["install", "-y", "wrk"], { stdio: "inherit" });
  if (spawnSync("wrk", ["--version"]).error) {
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "wrk"], { stdio: "inherit" });
  }
}

function runWrk(url: string): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", [...WRK, url]);
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.on("error", reject);
    child.on("exit", () => {
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
      const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
      const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
      if (!p99 || !Number.isFinite(rps)) return reject(new Error(`wrk said:\n${out}`));
      const unit = { us: 0.001, ms: 1, s: 1000 }[p99[2] as "us" | "ms" | "s"];
      resolve({ rps, p99: Number(p99[1]) * unit, requests });
    });
  });
}

function start(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const read = (c: Buffer) => {
      output += c.toString();
      const m = /answering \d+ link\(s\) at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (m) resolve({ child, port: Number(m[1]), output: () => output });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

async function seed(env: { databaseUrl?: string; dataDir?: string }) {
  const d = await openDatabase(env);
  const ws = await localWorkspaceId(d.db);
  await importSources(d.db, ws, [join(ROOT, "fixtures/instaloader/tiny_baker")], { now: NOW });
  const creator = (await d.db.selectFrom("creators").select("id").executeTakeFirstOrThrow()).id;
  const campaign = await createCampaign(
    d.db,
    ws,
    null,
    {
      name: "Spring bake",
      startsOn: "2027-03-01",
      endsOn: "2027-03-31",
      currency: "EUR",
      goal: "visits",
      kpis: [],
      landingUrl: "https://shop.example/spring",
    },
    NOW,
  );
  const partnership = (await addPartnership(d.db, ws, campaign.id, creator, "bench", NOW)).id;
  await createLink(d.db, ws, partnership, { slug: "bench" }, "bench", NOW);
  return d;
}

async function clicksStored(env: { databaseUrl?: string; dataDir?: string }): Promise<number> {
  const d = await openDatabase(env);
  try {
    return (
      await d.db
        .selectFrom("clicks")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n as unknown as number;
  } finally {
    await d.close();
  }
}

const load = () => loadavg()[0]?.toFixed(2);

async function main() {
  ensureWrk();
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const schema = `vouch_bench_redirect_${process.pid}`;
  await admin.query(`create schema ${schema}`);
  const pgEnv = { databaseUrl: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` };
  const folder = mkdtempSync(join(tmpdir(), "vouch-bench-redirect-"));
  const liteEnv = { dataDir: folder };
  try {
    await (await seed(pgEnv)).close();
    await (await seed(liteEnv)).close();
    const kinds: { name: string; db: typeof pgEnv | typeof liteEnv; env: Record<string, string> }[] = [
      { name: "PostgreSQL", db: pgEnv, env: { DATABASE_URL: pgEnv.databaseUrl } },
      {
        name: "PostgreSQL, click log",
        db: pgEnv,
        env: { DATABASE_URL: pgEnv.databaseUrl, VOUCH_CLICK_LOG: join(folder, "click-log") },
      },
      { name: "PGlite", db: liteEnv, env: { VOUCH_DATA: folder } },
    ];
    const figures: Record<string, { rps: number[]; p99: number[]; load: string[] }> = {};
    const note = (key: string, r: WrkResult) => {
      figures[key] ??= { rps: [], p99: [], load: [] };
      figures[key].rps.push(r.rps);
      figures[key].p99.push(r.p99);
      figures[key].load.push(load() ?? "?");
    };
    console.log(`Redirect: wrk ${WRK.join(" ")}; medians of ${RUNS} runs (load average at each run's end)`);
    for (let run = 1; run <= RUNS; run++) {
      const bare = await start(["-e", BARE], {});
      note("bare node:http", await runWrk(`http://127.0.0.1:${bare.port}/bench`));
      await stop(bare.child, "SIGTERM");
      for (const kind of kinds) {
        const before = Number(await clicksStored(kind.db));
        const r = await start([CLI, "redirect", "--port", "0"], kind.env);
        const result = await runWrk(`http://127.0.0.1:${r.port}/bench`);
        note(`vouch redirect, ${kind.name}`, result);
        await stop(r.child, "SIGTERM");
        const said = /(\d+) answered, (\d+) stored/.exec(r.output());
        const stored = Number(await clicksStored(kind.db)) - before;
        console.log(
          `  run ${run}, ${kind.name}: wrk received ${result.requests} 302s; the redirect answered ${said?.[1]} and wrote ${said?.[2]}; ${stored} rows stored (${stored === Number(said?.[1]) ? "every answered click stored" : "MISMATCH"})`,
        );
      }
    }
    const bareRps = median(figures["bare node:http"]?.rps ?? []);
    const bareP99 = median(figures["bare node:http"]?.p99 ?? []);
    for (const [key, f] of Object.entries(figures)) {
      const rps = median(f.rps);
      const p99 = median(f.p99);
      console.log(
        `  ${key.padEnd(28)} ${rps.toFixed(0).padStart(7)} requests/s (${(rps / bareRps).toFixed(2)}×)  p99 ${p99.toFixed(2)} ms (${(p99 / bareP99).toFixed(2)}×)  load ${f.load.join(", ")}`,
      );
    }
    for (const kind of kinds) {
      const before = Number(await clicksStored(kind.db));
      const r = await start([CLI, "redirect", "--port", "0"], kind.env);
      // Kill -9 two thirds into a run: wrk's 302s until then, against the rows stored.
      const killed = new Promise<void>((resolve) =>
        setTimeout(
          () => {
            r.child.kill("SIGKILL");
            resolve();
          },
          (SECONDS * 1000 * 2) / 3,
        ),
      );
      const result = await runWrk(`http://127.0.0.1:${r.port}/bench`);
      await killed;
      const atCrash = Number(await clicksStored(kind.db)) - before;
      // The next start replays the click log (when there is one); a graceful stop then.
      const again = await start([CLI, "redirect", "--port", "0"], kind.env);
      await stop(again.child, "SIGTERM");
      const stored = Number(await clicksStored(kind.db)) - before;
      console.log(
        `  kill -9 under load, ${kind.name}: ${result.requests} 302s received; ${atCrash} clicks stored at the crash (${result.requests - atCrash} not yet written), ${stored} after the next start (${result.requests - stored} lost) (load ${load()})`,
      );
    }
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
