// The owner of a PGlite data folder serves it over the PostgreSQL protocol; CLI
// commands in other processes reach it through server.json instead of failing
// with "in use". It listens on a Unix socket in an owner-only directory, never on
// TCP. The children run the CLI built from src into test-artifacts/.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedServer, openEmbeddedServer } from "../../src/db/embedded-server.js";
import { openDatabase } from "../../src/db/open-database.js";
import { isPglite } from "../../src/db/pglite-dialect.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// One build per run: other test runs may be building theirs at the same time.
const DIST = join(ROOT, "test-artifacts", `embedded-dist-${process.pid}`);
const CLI = join(DIST, "cli", "main.js");
const TINY_BAKER = join(ROOT, "fixtures", "instaloader", "tiny_baker");

let dir: string;
let owner: EmbeddedServer;

beforeAll(async () => {
  // Type errors elsewhere do not stop tsc from emitting; a missing CLI does stop the tests.
  spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", DIST],
    { cwd: ROOT },
  );
  if (!existsSync(CLI)) throw new Error(`building the CLI into ${DIST} failed`);
  dir = mkdtempSync(join(tmpdir(), "vouch-embedded-"));
  owner = await openEmbeddedServer({ dataDir: dir });
});

afterAll(async () => {
  await owner?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
});

describe("a served PGlite data folder", () => {
  it("announces itself next to the lock", () => {
    expect(JSON.parse(readFileSync(join(dir, "server.json"), "utf8"))).toEqual({
      pid: process.pid,
      socketDir: join(dir, "socket"),
      port: 5432,
    });
    expect(owner.socketPath).toBe(join(dir, "socket", ".s.PGSQL.5432"));
    expect(readFileSync(join(dir, "vouch.lock"), "utf8")).toBe(String(process.pid));
    expect(owner.kind).toBe("pglite");
    expect(isPglite(owner.db as Kysely<unknown>)).toBe(false);
  });

  it("is the owner's alone: folder and socket directory 0700, server.json 0600", () => {
    expect(mode(dir)).toBe(0o700);
    expect(mode(owner.socketDir)).toBe(0o700);
    expect(mode(join(dir, "server.json"))).toBe(0o600);
    expect(statSync(owner.socketPath).isSocket()).toBe(true);
  });

  it.skipIf(process.platform !== "linux")("listens on no TCP port", () => {
    const own = new Set(
      readdirSync("/proc/self/fd").flatMap((fd) => {
        try {
          return [readlinkSync(join("/proc/self/fd", fd)).match(/^socket:\[(\d+)\]$/)?.[1] ?? ""];
        } catch {
          return []; // closed meanwhile
        }
      }),
    );
    const listening = ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((table) =>
      existsSync(table)
        ? readFileSync(table, "utf8")
            .split("\n")
            .slice(1)
            .map((line) => line.trim().split(/\s+/))
            .filter((cols) => cols[3] === "0A") // LISTEN
            .map((cols) => cols[9])
        : [],
    );
    expect(listening.filter((inode) => own.has(inode ?? ""))).toEqual([]);
    // While the Unix socket is there and answers (the other tests use it).
    expect(readFileSync("/proc/net/unix", "utf8")).toContain(owner.socketPath);
  });

  it("lets the CLI import and audit from other processes while the owner holds the folder", async () => {
    const imported = await run(
      [CLI, "import", TINY_BAKER, "--captured-at", "2026-10-07T08:00:00Z", "--quiet"],
      { VOUCH_DATA: dir },
    );
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const accounts = await owner.db.selectFrom("accounts").select("username").execute();
    expect(accounts.map((a) => a.username)).toEqual(["tiny_baker"]);
    expect(
      Number((await sql<{ n: number }>`select count(*) as n from posts`.execute(owner.db)).rows[0]?.n),
    ).toBe(3);

    // Over pg the audit reads comments as JSON, not with PGlite's COPY to /dev/blob.
    const audited = await run([CLI, "audit", "instagram:tiny_baker", "--json"], { VOUCH_DATA: dir });
    expect(audited.stderr).toBe("");
    expect(audited.code).toBe(0);
    expect(JSON.parse(audited.stdout).engagement.medianRate).toBeCloseTo(0.03075, 12);
  });

  it("is reached through the server by openDatabase in any process, the owner's included", async () => {
    const client = await openDatabase({ dataDir: dir });
    try {
      expect(client.kind).toBe("pglite");
      expect(client.location).toBe(`${dir} (via the running server at ${owner.socketPath})`);
      expect(isPglite(client.db as Kysely<unknown>)).toBe(false);
      expect((await client.db.selectFrom("accounts").select("username").execute()).length).toBe(1);
    } finally {
      await client.close();
    }
  });

  it("keeps the owner's transaction whole: another process's insert waits for it", async () => {
    await sql`create table embedded_probe (who text not null)`.execute(owner.db);
    // The child connects first, then inserts when told to and says so.
    const child = spawnNode(
      [
        "--input-type=module",
        "-e",
        `import { openDatabase } from ${JSON.stringify(join(DIST, "db", "open-database.js"))};
         const d = await openDatabase({ dataDir: process.env.VOUCH_DATA });
         console.log("ready");
         process.stdin.once("data", async () => {
           await d.db.insertInto("embedded_probe").values({ who: "child" }).execute();
           console.log("inserted");
           await d.close();
         });`,
      ],
      { VOUCH_DATA: dir },
    );
    const exit = exited(child);
    await child.output("ready");
    await expect(
      owner.db.transaction().execute(async (trx) => {
        await sql`insert into embedded_probe values ('owner')`.execute(trx);
        child.process.stdin?.end("go\n");
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(child.stdout()).not.toContain("inserted");
        const seen = await sql<{ who: string }>`select who from embedded_probe`.execute(trx);
        expect(seen.rows).toEqual([{ who: "owner" }]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const done = await exit;
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(child.stdout()).toContain("inserted");
    const rows = await sql<{ who: string }>`select who from embedded_probe`.execute(owner.db);
    expect(rows.rows).toEqual([{ who: "child" }]);
  });

  it("keeps one connection's extended-protocol batch whole (one unnamed statement per session)", async () => {
    // Connection A parses an unnamed statement and stops before Bind; B's query must wait,
    // or its own Parse would replace A's statement.
    const a = await rawConnection(owner.socketPath);
    try {
      a.send(message("P", cstr(""), cstr("select 'from A' as who"), int16(0)));
      const b = sql<{ who: string }>`select ${"from B"}::text as who`.execute(owner.db);
      let bDone = false;
      void b.then(() => {
        bDone = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(bDone).toBe(false);
      a.send(
        message("B", cstr(""), cstr(""), int16(0), int16(0), int16(0)),
        message("D", Buffer.from("P"), cstr("")),
        message("E", cstr(""), int32(0)),
        message("S"),
      );
      const reply = await a.untilReady();
      expect(reply).toContain("from A");
      expect(reply).not.toContain("ERROR");
      expect((await b).rows).toEqual([{ who: "from B" }]);
    } finally {
      a.close();
    }
  });

  it("frees the folder on close: no server.json, no lock, and PGlite opens directly again", async () => {
    await owner.close();
    expect(existsSync(join(dir, "server.json"))).toBe(false);
    expect(existsSync(join(dir, "vouch.lock"))).toBe(false);
    expect(existsSync(owner.socketPath)).toBe(false);
    const direct = await openDatabase({ dataDir: dir });
    try {
      expect(direct.location).toBe(dir);
      expect(isPglite(direct.db as Kysely<unknown>)).toBe(true);
      expect((await direct.db.selectFrom("accounts").select("username").execute()).length).toBe(1);
    } finally {
      await direct.close();
    }
    // A CLI command holding the folder runs no server: another one is still refused.
    const held = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(
        `is in use by another vouch process (pid ${process.pid})`,
      );
    } finally {
      await held.close();
    }
  });
});

describe("a folder left by an owner that died", () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), "vouch-embedded-stale-"));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("takes over its stale socket, and makes an existing folder 0700", async () => {
    const folder = join(base, "short");
    mkdirSync(join(folder, "socket"), { recursive: true });
    chmodSync(folder, 0o755);
    chmodSync(join(folder, "socket"), 0o755);
    const stale = join(folder, "socket", ".s.PGSQL.5432");
    crashWhileListening(stale, folder);
    expect(statSync(stale).isSocket()).toBe(true);

    const server = await openEmbeddedServer({ dataDir: folder });
    try {
      expect(server.socketPath).toBe(stale);
      expect(mode(folder)).toBe(0o700);
      expect(mode(join(folder, "socket"))).toBe(0o700);
      const client = await openDatabase({ dataDir: folder });
      try {
        expect(client.location).toBe(`${folder} (via the running server at ${stale})`);
      } finally {
        await client.close();
      }
    } finally {
      await server.close();
    }
    expect(existsSync(stale)).toBe(false);
  });

  it("serves a folder whose path is too long for a socket from a 0700 directory under tmpdir", async () => {
    const folder = join(base, "x".repeat(110));
    mkdirSync(folder);
    // The crashed owner's own temporary socket directory, named in its server.json.
    const staleDir = mkdtempSync(join(tmpdir(), "vouch-socket-"));
    crashWhileListening(join(staleDir, ".s.PGSQL.5432"), folder);
    writeFileSync(join(folder, "server.json"), JSON.stringify({ pid: 1e7, socketDir: staleDir, port: 5432 }));

    const server = await openEmbeddedServer({ dataDir: folder });
    try {
      expect(existsSync(staleDir)).toBe(false);
      expect(existsSync(join(folder, "socket"))).toBe(false);
      expect(dirname(server.socketDir)).toBe(tmpdir());
      expect(mode(server.socketDir)).toBe(0o700);
      expect(mode(join(folder, "server.json"))).toBe(0o600);
      expect(JSON.parse(readFileSync(join(folder, "server.json"), "utf8"))).toEqual({
        pid: process.pid,
        socketDir: server.socketDir,
        port: 5432,
      });
      const client = await openDatabase({ dataDir: folder });
      try {
        expect(client.location).toBe(`${folder} (via the running server at ${server.socketPath})`);
        expect(await client.db.selectFrom("accounts").select("username").execute()).toEqual([]);
      } finally {
        await client.close();
      }
    } finally {
      await server.close();
    }
    expect(existsSync(server.socketDir)).toBe(false);
    expect(existsSync(join(folder, "server.json"))).toBe(false);
  });
});

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** An owner that dies holding the folder's lock, its socket file left behind. */
function crashWhileListening(socket: string, folder: string): void {
  const child = spawnSync(process.execPath, [
    "-e",
    `const { createServer } = require("node:net");
     require("node:fs").writeFileSync(${JSON.stringify(join(folder, "vouch.lock"))}, String(process.pid));
     createServer().listen(${JSON.stringify(socket)}, () => process.kill(process.pid, "SIGKILL"));`,
  ]);
  expect(child.signal).toBe("SIGKILL");
}

function spawnNode(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout.on("data", (d) => {
    stdout += d;
    for (const w of waiting.filter((w) => stdout.includes(w.text))) w.resolve();
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  return {
    process: child,
    stdout: () => stdout,
    stderr: () => stderr,
    output: (text: string) =>
      new Promise<void>((resolve, reject) => {
        if (stdout.includes(text)) return resolve();
        waiting.push({ text, resolve });
        child.once("exit", () => reject(new Error(`child exited before printing ${text}: ${stderr}`)));
      }),
  };
}

function exited(child: ReturnType<typeof spawnNode>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.process.once("close", (code) => resolve({ code, stdout: child.stdout(), stderr: child.stderr() })),
  );
}

function run(args: string[], env: Record<string, string>) {
  const child = spawnNode(args, env);
  child.process.stdin?.end();
  return exited(child);
}

// Just enough of the PostgreSQL wire protocol to pause between Parse and Bind.
const cstr = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
}

async function rawConnection(path: string) {
  const socket = connect(path);
  let received = Buffer.alloc(0);
  let onData = () => {};
  socket.on("data", (d) => {
    received = Buffer.concat([received, d]);
    onData();
  });
  /** Everything received until ReadyForQuery, as latin1 text. */
  const untilReady = () =>
    new Promise<string>((resolve) => {
      onData = () => {
        const z = received.lastIndexOf(Buffer.from([0x5a, 0, 0, 0, 5]));
        if (z >= 0 && z + 6 <= received.length) {
          const text = received.subarray(0, z + 6).toString("latin1");
          received = received.subarray(z + 6);
          resolve(text);
        }
      };
      onData();
    });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  const startup = Buffer.concat([
    int32(196608),
    cstr("user"),
    cstr("postgres"),
    cstr("database"),
    cstr("postgres"),
    cstr(""),
  ]);
  socket.write(Buffer.concat([int32(startup.length + 4), startup]));
  await untilReady();
  return {
    send: (...messages: Buffer[]) => socket.write(Buffer.concat(messages)),
    untilReady,
    close: () => {
      socket.write(message("X"));
      socket.end();
    },
  };
}
