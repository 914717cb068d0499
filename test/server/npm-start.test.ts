// `npm start` as a user runs it: the compiled server in a process of its own, on a fresh
// data folder. In-process tests load modules in another order than dist/server/main.js
// does (a zod schema made before @hono/zod-openapi loads has no .openapi(): that broke
// the start once while every in-process test passed), so this one compiles src into
// .test-dist and starts it there: the demo workspace is created, pages and the OpenAPI
// document answer, SIGTERM stops it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(ROOT, ".test-dist");

describe("npm start (the compiled server in its own process)", () => {
  let child: ChildProcess;
  let base = "";
  let output = "";
  const dataDir = mkdtempSync(join(tmpdir(), "vouch-start-"));

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", OUT],
      {
        cwd: ROOT,
        stdio: "inherit",
      },
    );
    child = spawn(process.execPath, [join(OUT, "server/main.js")], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", VOUCH_DATA: dataDir, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /Vouch is running at (http:\/\/\S+)/.exec(output);
        // The last line of the start-up message.
        if (m && output.includes("Stop with Ctrl+C.")) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      };
      child.stdout?.on("data", read);
      child.stderr?.on("data", read);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code}) before it started:\n${output}`));
      });
    });
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts with the demo workspace and answers pages and the API document", async () => {
    // The password is the data folder's own, random, never the published one of old.
    const password = /Demo sign-in: demo@vouch\.local \/ (\S+) \(demo workspace created\)/.exec(output)?.[1];
    expect(password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    expect(readFileSync(join(dataDir, "demo-password"), "utf8")).toBe(`${password}\n`);
    const demo = await fetch(new URL("/sign-in", base), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: new URL(base).origin },
      body: new URLSearchParams({ email: "demo@vouch.local", password: password ?? "" }),
    });
    expect(demo.status).toBe(303);
    const signIn = await fetch(new URL("/sign-in", base));
    expect(signIn.status).toBe(200);
    const doc = (await (await fetch(new URL("/openapi.json", base))).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/brand-targets", "/api/v1/creators/{creatorId}/fit"]),
    );
  });
});
