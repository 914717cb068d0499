// `vouch redirect`: the tracked links' redirect as its own process (src/redirect), on
// the configured database: PostgreSQL (LISTEN/NOTIFY keeps its links fresh) or the
// embedded one (through the running server's socket when there is one; a short poll).
// It runs until SIGTERM or Ctrl+C, then stops taking connections, lets requests in
// flight finish and writes every click it answered before it exits; a second signal
// exits at once. The CLI's usual stop (close within 3 s, stop-signals.ts) would cut that
// last write, so this command answers the signals itself.
import { resolve } from "node:path";
import type { Command } from "commander";
import { VouchError } from "../../core/errors.js";
import { databaseOptions } from "../../db/database-settings.js";
import type { CliIo } from "../io.js";

/**
 * The click log's folder, as given (--click-log, else VOUCH_CLICK_LOG); none by default
 * or with "off": it costs a write per click, which took requests/s below the target
 * in `npm run bench` (docs/links.md).
 */
export function clickLogFolder(given: string | undefined): string | null {
  return given && given !== "off" ? resolve(given) : null;
}

export function registerRedirect(program: Command, io: CliIo) {
  program
    .command("redirect")
    .description("answer the tracked links (GET /<slug> → 302) and record every click; runs until stopped")
    .option("--port <port>", "the port (default: VOUCH_REDIRECT_PORT, else 3001)")
    .option("--host <host>", "the address to listen on (default: HOST, else 127.0.0.1)")
    .option(
      "--click-log <folder>",
      "a folder for the append-only log that keeps answered clicks across a crash (default: VOUCH_CLICK_LOG; none when unset)",
    )
    .action(async (o: { port?: string; host?: string; clickLog?: string }) => {
      const port = Number(o.port ?? io.env.VOUCH_REDIRECT_PORT ?? 3001);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new VouchError("invalid_input", `the port must be a number 0–65535 (got "${o.port}")`);
      const host = o.host ?? io.env.HOST ?? "127.0.0.1";
      const { openDatabase } = await import("../../db/open-database.js");
      const { startRedirect } = await import("../../redirect/redirect-server.js");
      const { parseTrustedProxies } = await import("../../server/client-address.js");
      const trusted = io.env.VOUCH_TRUSTED_PROXIES?.trim();
      const database = await openDatabase(databaseOptions(io.env));
      const redirect = await startRedirect({
        db: database.db,
        trustedProxies: trusted ? parseTrustedProxies(trusted) : null,
        listenUrl: database.kind === "postgres" ? (io.env.DATABASE_URL ?? null) : null,
        log: (line) => io.stderr(`vouch redirect: ${line}\n`),
        clickLogDir: clickLogFolder(o.clickLog ?? io.env.VOUCH_CLICK_LOG),
      });
      const bound = await redirect.listen(port, host).catch(async (err: NodeJS.ErrnoException) => {
        await redirect.stop(0);
        await database.close();
        throw err.code === "EADDRINUSE"
          ? new VouchError("conflict", `port ${port} on ${host} is in use; pass --port`)
          : err;
      });
      io.stdout(
        `vouch redirect: answering ${redirect.cache.size} link(s) at http://${host}:${bound}/<slug> (${database.kind}; ${database.kind === "postgres" ? "LISTEN vouch_links" : "polling every second"}). Stop with Ctrl+C.\n`,
      );
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) process.exit(1);
          stopping = true;
          io.stderr(
            `vouch redirect: ${signal}: writing ${redirect.recorder.pending} pending click(s), then stopping\n`,
          );
          redirect
            .stop()
            // PGlite may take its time to close after recovering from a crash: do not wait forever.
            .then(() => Promise.race([database.close(), new Promise((r) => setTimeout(r, 5000).unref())]))
            .then(() => {
              io.stdout(
                `vouch redirect: stopped; ${redirect.answered()} answered, ${redirect.recorder.stored} stored\n`,
              );
              resolve();
              // Like the web server: a stopped server exits, whatever handle a library left open.
              setImmediate(() => process.exit(0));
            });
        };
        for (const signal of ["SIGINT", "SIGTERM"] as const) {
          process.removeAllListeners(signal);
          process.on(signal, stop);
        }
      });
    });
}
