// The redirect (issue 17): `GET /<slug>` → 302 to the link's destination plus a
// first-party click id (`vclid`), answered from memory (link-cache.ts) before anything
// is written; the click is queued and written in batches after (click-recorder.ts).
// Plain node:http: no framework on the hot path. An unknown, disabled or expired slug,
// or a path that is no slug at all (`//evil.com`, `/%2F%2Fevil.com`), answers 404 at
// once and is recorded nowhere. stop() closes the port, lets requests in flight finish,
// then writes every queued click.
import { randomFillSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Kysely } from "kysely";
import { SLUG_PATH_PATTERN } from "../core/link-slug.js";
import type { DB } from "../db/schema.js";
import { addressBehindProxies, type TrustedProxies } from "../server/client-address.js";
import { ClickLog } from "./click-log.js";
import { ClickRecorder } from "./click-recorder.js";
import { type IpCountries, loadIpCountries } from "./ip-country.js";
import { LinkCache } from "./link-cache.js";

export interface RedirectOptions {
  db: Kysely<DB>;
  now?: () => number;
  trustedProxies?: TrustedProxies | null;
  /** A PostgreSQL URL to LISTEN on for link changes; null (PGlite) polls. */
  listenUrl?: string | null;
  pollMs?: number;
  flushMs?: number;
  batchSize?: number;
  /** The country ranges, or null for none; by default loaded from the package before listening. */
  countries?: Promise<IpCountries | null>;
  log?: (line: string) => void;
  /** A folder for the append-only click log (click-log.ts), replayed at start; null for none. */
  clickLogDir?: string | null;
}

export interface Redirect {
  server: Server;
  cache: LinkCache;
  recorder: ClickRecorder;
  /** 302s answered since start. */
  answered(): number;
  listen(port: number, host: string): Promise<number>;
  stop(graceMs?: number): Promise<void>;
}

const NOT_FOUND_HEADERS = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

export async function startRedirect(options: RedirectOptions): Promise<Redirect> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(`vouch redirect: ${line}`));
  const cache = new LinkCache(options.db, {
    pollMs: options.pollMs ?? (options.listenUrl ? 10_000 : 1000),
    listenUrl: options.listenUrl ?? null,
    log,
  });
  await cache.start();
  // Loaded before the port opens: parsing the ranges holds the event loop for about a
  // second, which would stall every request answered meanwhile (p99 ≈ 900 ms in the bench).
  const loaded = await (options.countries ??
    loadIpCountries().catch((err: Error) => {
      log(`country ranges not loaded (${err.message}); clicks are stored without a country`);
      return null;
    }));
  const countries = Promise.resolve(loaded);
  const clickLog = options.clickLogDir ? new ClickLog(options.clickLogDir) : null;
  const recorder = new ClickRecorder(options.db, {
    flushMs: options.flushMs ?? 100,
    batchSize: options.batchSize ?? 1000,
    countries,
    log,
    clickLog,
  });
  // What a crashed redirect answered but had not stored, before anything new.
  const leftovers = clickLog?.leftovers() ?? [];
  if (leftovers.length) {
    recorder.adopt(leftovers);
    await recorder.flush();
    log(`stored ${leftovers.length} click(s) a stopped redirect had answered but not written`);
  }
  let answered = 0;
  /** Once stopping, every answer closes its connection, so keep-alive clients go elsewhere. */
  let stopping = false;
  const clickIds = clickIdSource();

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const match = SLUG_PATH_PATTERN.exec(q === -1 ? url : url.slice(0, q));
    const link = match ? cache.get((match[1] as string).toLowerCase()) : undefined;
    const at = now();
    if (stopping) res.shouldKeepAlive = false;
    if (
      link === undefined ||
      !link.enabled ||
      (link.expiresAt !== null && link.expiresAt <= at) ||
      (req.method !== "GET" && req.method !== "HEAD")
    ) {
      res.writeHead(404, NOT_FOUND_HEADERS);
      res.end("Not found\n");
      return;
    }
    const clickId = clickIds();
    res.writeHead(302, {
      location: `${link.locationHead}${clickId}${link.locationTail}`,
      // Every click must reach the redirect to be counted: no cache may answer for it.
      "cache-control": "private, no-store",
      "content-length": "0",
    });
    res.end();
    answered++;
    recorder.push({
      linkId: link.id,
      at,
      clickId,
      method: req.method,
      address: addressBehindProxies(
        req.socket.remoteAddress ?? "unknown",
        headerText(req.headers["x-forwarded-for"]),
        options.trustedProxies,
      ),
      userAgent: req.headers["user-agent"] ?? null,
      referer: req.headers.referer ?? null,
    });
  }

  const server = createServer({ keepAliveTimeout: 5000 }, handle);
  return {
    server,
    cache,
    recorder,
    answered: () => answered,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    async stop(graceMs = 5000) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(cut);
      await cache.stop();
      await recorder.drain();
    },
  };
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

/** 16-character click ids (12 random bytes, base64url), from a pool refilled 4 KB at a time. */
function clickIdSource(): () => string {
  const pool = Buffer.alloc(12 * 341);
  let offset = pool.length;
  return () => {
    if (offset + 12 > pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const id = pool.toString("base64url", offset, offset + 12);
    offset += 12;
    return id;
  };
}
