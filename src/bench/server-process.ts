// The server as benchmarks run it: `npm start`'s compiled entry in a process of its own,
// on a port nothing else uses, ready once the sign-in page answers.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const SERVER = fileURLToPath(new URL("../server/main.js", import.meta.url));

/** `npm start` on the given database: resolves once the sign-in page answers; stop() sends SIGTERM and waits. */
export async function startServer(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (b: Buffer) => {
    stderr += b.toString();
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const start = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${stderr}`);
    if (performance.now() - start > 60_000) {
      await stop();
      throw new Error(`the server did not answer within 60 s:\n${stderr}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/sign-in`);
      await res.arrayBuffer();
      if (res.status < 500) return { stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port nothing listens on now: the system's choice for port 0, released again. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
