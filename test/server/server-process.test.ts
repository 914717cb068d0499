// The compiled server in its own process, as `npm start` runs it. Uploads are imported in
// worker threads (their errors still name the file; on PostgreSQL too). Stopping it as
// users and process managers do (embedded PGlite): SIGTERM during an upload lets the import finish and
// answers it, refuses new connections, removes the upload's temporary folder and exits
// 0; a second signal stops at once and stores nothing; kill -9 while the upload is read
// stores nothing and the next start removes the folder it left; kill -9 while its rows are
// written (in steps, on the embedded database) leaves a journal the next start finishes. A server started while a CLI
// command holds the data folder waits for it, and past its wait says so in one line.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCreator } from "../../src/bench/generate-creator.js";
import { openDatabase } from "../../src/db/open-database.js";
import { createApp } from "../../src/server/app.js";
import { RETRY_AFTER_SECONDS } from "../../src/server/stop-gate.js";
import { openTestDatabase } from "../helpers/databases.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Beside src, as dist is: the demo fixtures are found from there.
const DIST = join(ROOT, `.test-dist-stop-${process.pid}`);
const SERVER = join(DIST, "server", "main.js");
// 20 posts × 2,000 comments: an import that takes a second or more on this machine.
const POSTS = 20;
const COMMENTS_PER_POST = 2000;

/**
 * Each test starts the compiled server (PGlite, migrations, the demo import) once or twice
 * as a new process: 5 s on a quiet machine, over 20 s on a loaded 2-core one.
 */
const SLOW = 180_000;

let work: string;
let zip: Uint8Array;
let comments: number;

beforeAll(() => {
  spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", DIST],
    { cwd: ROOT },
  );
  if (!existsSync(SERVER)) throw new Error(`building the server into ${DIST} failed`);
  work = mkdtempSync(join(tmpdir(), "vouch-stop-"));
  const creator = generateCreator(join(work, "creator"), POSTS, COMMENTS_PER_POST, 100);
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(creator.folder, { recursive: true, encoding: "utf8" })) {
    const path = join(creator.folder, name);
    if (!name.includes(".")) continue; // folders
    entries[`${creator.username}/${relative(creator.folder, path)}`] = readFileSync(path);
  }
  zip = zipSync(entries, { level: 1 });
  comments = creator.comments;
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  base: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** Starts the server on a data folder with its own temp folder (TMPDIR), once it prints its URL. */
function start(dataDir: string, tmp: string, env: Record<string, string> = {}): Promise<Running> {
  return launch(dataDir, tmp, env).ready;
}

function launch(dataDir: string, tmp: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      VOUCH_DATA: dataDir,
      DATABASE_URL: "",
      TMPDIR: tmp,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const base = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /Vouch is running at (http:\/\/\S+)/.exec(out);
      if (m && out.includes("Stop with Ctrl+C.")) {
        clearInterval(timer);
        resolve(m[1] as string);
      }
    }, 20);
    void exit.then((code) => {
      clearInterval(timer);
      reject(new Error(`the server exited (${code}) before it started:\n${out}`));
    });
  });
  const output = () => out;
  return { output, ready: base.then((url): Running => ({ child, base: url, output, exit })) };
}

async function signInDemo(s: Running): Promise<string> {
  const password = /Demo sign-in: demo@vouch\.local \/ (\S+)/.exec(s.output())?.[1] ?? "";
  const res = await fetch(new URL("/sign-in", s.base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: new URL(s.base).origin },
    body: new URLSearchParams({ email: "demo@vouch.local", password }),
  });
  expect(res.status).toBe(303);
  return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

function uploadZip(s: Running, cookie: string) {
  const body = new FormData();
  body.append("files", new File([zip], "creator.zip"));
  return fetch(new URL("/api/v1/imports", s.base), {
    method: "POST",
    headers: { cookie, origin: new URL(s.base).origin },
    body,
  });
}

/** Waits until the server has the upload unpacked in its temporary folder: the import is running. */
async function importRunning(tmp: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (uploadFolders(tmp).length > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the upload never reached the server's temporary folder");
}

const uploadFolders = (tmp: string) => readdirSync(tmp).filter((n) => n.startsWith("vouch-upload-"));

/** Counts of the demo creators' accounts and comments stored in a (stopped) data folder. */
async function stored(dataDir: string, username: string) {
  const d = await openDatabase({ dataDir });
  try {
    const accounts = await d.db
      .selectFrom("accounts")
      .select("id")
      .where("username", "=", username)
      .execute();
    const comments = await d.db
      .selectFrom("comments")
      .innerJoin("accounts", "accounts.id", "comments.account_id")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("accounts.username", "=", username)
      .executeTakeFirstOrThrow();
    return { accounts: accounts.length, comments: Number(comments.n) };
  } finally {
    await d.close();
  }
}

function folders() {
  const dataDir = join(work, `data-${Math.random().toString(36).slice(2)}`);
  const tmp = join(work, `tmp-${Math.random().toString(36).slice(2)}`);
  mkdirSync(tmp);
  return { dataDir, tmp };
}

describe("uploads imported in a worker thread", { timeout: SLOW }, () => {
  it("a bad file is refused naming it, and nothing is stored", async () => {
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp);
    try {
      const cookie = await signInDemo(s);
      const body = new FormData();
      const bad = JSON.stringify({
        format: "vouch.snapshot/v1",
        account: { platform: "instagram", username: "x" },
      });
      body.append("files", new File([bad], "broken.json"));
      const res = await fetch(new URL("/api/v1/imports", s.base), {
        method: "POST",
        headers: { cookie, origin: new URL(s.base).origin },
        body,
      });
      expect(res.status).toBe(422);
      const error = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe("invalid_file");
      expect(error.message).toMatch(/^broken\.json/);
      expect(uploadFolders(tmp)).toEqual([]);
    } finally {
      s.child.kill("SIGTERM");
      expect(await s.exit).toBe(0);
    }
    expect(await stored(dataDir, "x")).toEqual({ accounts: 0, comments: 0 });
  });

  it("on PostgreSQL, the worker connects to the server in DATABASE_URL", async () => {
    const d = await openTestDatabase("postgres");
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp, { ...d.env, VOUCH_DEMO: "1" });
    try {
      const cookie = await signInDemo(s);
      const res = await uploadZip(s, cookie);
      expect(res.status).toBe(201);
      expect(((await res.json()) as { accounts: { comments: number }[] }).accounts[0]?.comments).toBe(
        comments,
      );
    } finally {
      s.child.kill("SIGTERM");
      expect(await s.exit).toBe(0);
      await d.close();
    }
  });
});

describe("stopping the server", { timeout: SLOW }, () => {
  it("SIGTERM during an upload: the import finishes and is answered, new connections are refused, the temporary folder goes, exit 0", async () => {
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp);
    const cookie = await signInDemo(s);
    const answer = uploadZip(s, cookie);
    await importRunning(tmp);
    s.child.kill("SIGTERM");
    const res = await answer;
    expect(res.status).toBe(201);
    const summary = (await res.json()) as { accounts: { comments: number }[] };
    expect(summary.accounts[0]?.comments).toBe(comments);
    // Once stopping, the server takes no new connection: a refused fetch, never a 500.
    await expect(fetch(new URL("/api/v1/creators", s.base), { headers: { cookie } })).rejects.toThrow();
    expect(await s.exit).toBe(0);
    expect(s.output()).toMatch(/SIGTERM: stopping; letting 1 request\(s\) in flight finish/);
    expect(s.output()).not.toMatch(/destroyed|Error:|\n\s+at /);
    expect(uploadFolders(tmp)).toEqual([]);
    const generated = readdirSync(join(work, "creator"))[0] as string;
    expect(await stored(dataDir, generated)).toEqual({ accounts: 1, comments });
  });

  it("SIGTERM under load: every request is answered 200 or 503, or refused a connection; never a 500", async () => {
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp);
    const cookie = await signInDemo(s);
    const statuses = new Map<string, number>();
    const count = (k: string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);
    let stopped = false;
    // 16 clients, each sending requests one after another until the server is gone.
    const clients = Array.from({ length: 16 }, async () => {
      while (!stopped) {
        try {
          const res = await fetch(new URL("/api/v1/creators", s.base), { headers: { cookie } });
          await res.arrayBuffer();
          count(String(res.status));
        } catch {
          count("refused");
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
    s.child.kill("SIGTERM");
    expect(await s.exit).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    stopped = true;
    await Promise.all(clients);
    expect([...statuses.keys()].filter((k) => !["200", "503", "refused"].includes(k))).toEqual([]);
    expect(statuses.get("200")).toBeGreaterThan(0);
    expect(s.output()).not.toMatch(/destroyed|\n\s+at /);
  });

  it("a second SIGTERM stops at once: nothing of the import is stored, no temporary folder stays", async () => {
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp);
    const cookie = await signInDemo(s);
    const answer = uploadZip(s, cookie).catch((err: Error) => err);
    await importRunning(tmp);
    s.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 50));
    s.child.kill("SIGTERM");
    expect(await s.exit).toBe(1);
    expect(await answer).toBeInstanceOf(Error); // the connection was cut
    expect(s.output()).toMatch(/SIGTERM again: stopping at once/);
    expect(uploadFolders(tmp)).toEqual([]);
    const generated = readdirSync(join(work, "creator"))[0] as string;
    expect(await stored(dataDir, generated)).toEqual({ accounts: 0, comments: 0 });
  });

  it("kill -9 while the upload is read stores nothing; the next start removes the temporary folder and journal it left", async () => {
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp);
    const cookie = await signInDemo(s);
    const answer = uploadZip(s, cookie).catch((err: Error) => err);
    await importRunning(tmp);
    s.child.kill("SIGKILL");
    await s.exit;
    expect(await answer).toBeInstanceOf(Error);
    const left = uploadFolders(tmp);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain(`-${s.child.pid}-`);

    const again = await start(dataDir, tmp);
    expect(uploadFolders(tmp)).toEqual([]);
    await until(() => journals(dataDir).length === 0, "the journal to go");
    again.child.kill("SIGTERM");
    expect(await again.exit).toBe(0);
    const generated = readdirSync(join(work, "creator"))[0] as string;
    expect(await stored(dataDir, generated)).toEqual({ accounts: 0, comments: 0 });
  });

  it("kill -9 while the rows are written: the next start finishes the import, all of it once", async () => {
    const { dataDir, tmp } = folders();
    const s = await start(dataDir, tmp);
    const cookie = await signInDemo(s);
    const answer = uploadZip(s, cookie).catch((err: Error) => err);
    // The journal's manifest is written once everything was read and the account stored.
    await until(
      () => journals(dataDir).some((j) => existsSync(join(dataDir, "imports", j, "applied"))),
      "the first rows to be written",
    );
    s.child.kill("SIGKILL");
    await s.exit;
    expect(await answer).toBeInstanceOf(Error);
    const generated = readdirSync(join(work, "creator"))[0] as string;
    const partial = await stored(dataDir, generated);
    expect(partial.accounts).toBe(1);
    expect(partial.comments).toBeLessThan(comments);

    // Finished before the server answers its first request: no page shows it half-written.
    const again = await start(dataDir, tmp);
    expect(again.output()).toMatch(
      new RegExp(`Finished an import that had stopped: instagram:${generated}\\.[^]*Vouch is running at`),
    );
    expect(journals(dataDir)).toEqual([]);
    again.child.kill("SIGTERM");
    expect(await again.exit).toBe(0);
    expect(await stored(dataDir, generated)).toEqual({ accounts: 1, comments });
  }, 180_000); // two server starts and a 40,000-comment import: slow on a loaded 2-core machine
});

/** The import journals in a data folder (services/import-in-steps.ts). */
function journals(dataDir: string): string[] {
  return existsSync(join(dataDir, "imports")) ? readdirSync(join(dataDir, "imports")) : [];
}

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 4800; i++) {
    if (done()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`waited 120 s for ${what}`);
}

describe("stopping a CLI command", { timeout: SLOW }, () => {
  it("SIGTERM during vouch import: exit 143 with a line saying so; nothing stored, the folder's lock released", async () => {
    const { dataDir } = folders();
    const generated = readdirSync(join(work, "creator"))[0] as string;
    const child = spawn(
      process.execPath,
      [join(DIST, "cli", "main.js"), "import", join(work, "creator", generated), "--quiet"],
      { env: { ...process.env, VOUCH_DATA: dataDir, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    // The lock appears when the command opens the folder; the import starts right after.
    while (!existsSync(join(dataDir, "vouch.lock"))) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 1000));
    child.kill("SIGTERM");
    expect(await exit).toBe(143);
    expect(stderr).toBe(
      "vouch: stopped (SIGTERM); an unfinished import is rolled back, nothing of it is stored\n",
    );
    expect(existsSync(join(dataDir, "vouch.lock"))).toBe(false);
    expect(await stored(dataDir, generated)).toEqual({ accounts: 0, comments: 0 });
  });
});

describe("starting while a CLI command holds the data folder", { timeout: SLOW }, () => {
  /** A live process standing in for a CLI command: the lock names its pid. */
  function holdLock(dataDir: string) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    writeFileSync(join(dataDir, "vouch.lock"), String(holder.pid));
    return holder;
  }

  it("waits for it, saying so, and starts once it is done", async () => {
    const { dataDir, tmp } = folders();
    const holder = holdLock(dataDir);
    const starting = launch(dataDir, tmp);
    while (!starting.output().includes("waiting up to")) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    holder.kill();
    const s = await starting.ready;
    expect(s.output()).toContain(`in use by a vouch command (pid ${holder.pid}); waiting up to 60 s`);
    s.child.kill("SIGTERM");
    expect(await s.exit).toBe(0);
  });

  it("past its wait, says in one line why it cannot start (exit 1, no stack trace)", async () => {
    const { dataDir, tmp } = folders();
    const holder = holdLock(dataDir);
    try {
      const s = start(dataDir, tmp, { VOUCH_LOCK_WAIT_SECONDS: "1" });
      const err = (await s.catch((e: Error) => e)) as Error;
      expect(err.message).toMatch(/exited \(1\) before it started/);
      expect(err.message).toMatch(
        new RegExp(
          `vouch-server: cannot start: the data folder .* is in use by another vouch process \\(pid ${holder.pid}\\)`,
        ),
      );
      expect(err.message).not.toMatch(/\n\s+at /);
    } finally {
      holder.kill();
    }
  });
});

describe("requests that arrive while the server stops (in-process)", () => {
  it("get 503 with Retry-After and Connection: close, as JSON for the API and as a page for a browser", async () => {
    const d = await openDatabase({ dataDir: "memory://" });
    try {
      const app = createApp({
        db: d.db,
        now: () => Date.now(),
        maxUploadBytes: 1024,
        authRateLimit: 10,
        secureCookies: false,
        isStopping: () => true,
      });
      const api = await app.request("http://127.0.0.1/api/v1/creators");
      expect(api.status).toBe(503);
      expect(api.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(api.headers.get("connection")).toBe("close");
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe("unavailable");
      const page = await app.request("http://127.0.0.1/sign-in", { headers: { accept: "text/html" } });
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      expect(await page.text()).toContain("the server is stopping");
    } finally {
      await d.close();
    }
  });
});
