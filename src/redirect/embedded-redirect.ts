// The redirect inside `npm start` (issue 17): on the embedded database by default, on
// its own port (VOUCH_REDIRECT_PORT, default 3001; "off" for none), sharing the server's
// connection, polling for link changes. With DATABASE_URL it starts only when
// VOUCH_REDIRECT_PORT is set (else run `vouch redirect` processes of their own). A port
// in use is said in one line and the web server goes on without it.
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { TrustedProxies } from "../server/client-address.js";
import { startRedirect } from "./redirect-server.js";

export interface EmbeddedRedirect {
  /** The base URL links are shown under: VOUCH_REDIRECT_URL, else the listening address. */
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedRedirect(
  db: Kysely<DB>,
  env: NodeJS.ProcessEnv,
  host: string,
  trustedProxies: TrustedProxies | null,
  /** The click log's folder (VOUCH_CLICK_LOG); null for none. */
  clickLogDir: string | null,
): Promise<EmbeddedRedirect | null> {
  const setting = env.VOUCH_REDIRECT_PORT?.trim();
  if (setting === "off" || (env.DATABASE_URL && !setting)) return null;
  const port = Number(setting || 3001);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`vouch-server: VOUCH_REDIRECT_PORT must be a port number or "off" (got "${setting}")`);
    process.exit(1);
  }
  const redirect = await startRedirect({
    db,
    trustedProxies,
    listenUrl: env.DATABASE_URL || null,
    log: (line) => console.error(`vouch redirect: ${line}`),
    clickLogDir,
  });
  try {
    const bound = await redirect.listen(port, host);
    const url = env.VOUCH_REDIRECT_URL || `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
    console.log(`Tracked links are answered at ${url}/<slug> (VOUCH_REDIRECT_PORT).`);
    return { url, stop: () => redirect.stop() };
  } catch (err) {
    await redirect.stop(0);
    console.error(
      `vouch-server: the redirect could not listen on port ${port} (${(err as Error).message}); tracked links are not answered by this server`,
    );
    return null;
  }
}
