// The redirect's slug → destination map, in memory, so that no request waits on the
// database. Filled whole at start, then kept fresh: on PostgreSQL by LISTEN on
// `vouch_links` (migration 0017's trigger notifies each changed link's id), with a slow
// poll behind it for what sends no notice (a deleted partnership's links, a lost
// connection); on PGlite (embedded, one session, no notices across connections) by a
// short poll of the rows changed since the last one.
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import {
  countRedirectLinks,
  loadRedirectLinks,
  type RedirectLink,
} from "../services/links/load-redirect-links.js";

export interface CachedLink {
  id: number;
  enabled: boolean;
  expiresAt: number | null;
  /** The Location up to the click id: the target with "?…&vclid=" (or "?vclid="). */
  locationHead: string;
  /** The target's fragment ("#…" or ""), which goes after the click id. */
  locationTail: string;
}

export interface LinkCacheOptions {
  /** How often to poll, ms: the freshness on PGlite; the safety net behind LISTEN on PostgreSQL. */
  pollMs: number;
  /** A PostgreSQL URL to LISTEN on; null polls only. */
  listenUrl: string | null;
  log: (line: string) => void;
}

/** Rows changed this long before the newest seen are read again: a slower transaction may commit late. */
const LATE_COMMIT_MS = 5000;

export class LinkCache {
  private readonly links = new Map<string, CachedLink>();
  private newest = 0;
  private timer: NodeJS.Timeout | null = null;
  private listener: { end(): Promise<void> } | null = null;
  private stopped = false;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: LinkCacheOptions,
  ) {}

  get(slug: string): CachedLink | undefined {
    return this.links.get(slug);
  }

  get size(): number {
    return this.links.size;
  }

  async start(): Promise<void> {
    this.replaceAll(await loadRedirectLinks(this.db));
    if (this.options.listenUrl) await this.listen(this.options.listenUrl);
    this.timer = setInterval(() => {
      this.polling ??= this.poll()
        .catch((err: Error) => this.options.log(`link cache: poll failed: ${err.message}`))
        .finally(() => {
          this.polling = null;
        });
    }, this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.polling;
    // A LISTEN connection that went quiet must not hold a stopping redirect.
    await Promise.race([
      this.listener?.end().catch(() => {}),
      new Promise((r) => setTimeout(r, 2000).unref()),
    ]);
  }

  /** Reads the rows changed since the newest seen; everything again when links were deleted. */
  async poll(): Promise<void> {
    const changed = await loadRedirectLinks(this.db, { since: this.newest - LATE_COMMIT_MS });
    for (const link of changed) this.put(link);
    if ((await countRedirectLinks(this.db)) !== this.links.size)
      this.replaceAll(await loadRedirectLinks(this.db));
  }

  private async listen(url: string): Promise<void> {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    client.on("error", (err: Error) => {
      this.options.log(`link cache: LISTEN connection lost (${err.message}); reconnecting`);
      this.listener = null;
      this.relisten(url);
    });
    client.on("notification", (n) => {
      const id = Number(n.payload);
      if (!Number.isSafeInteger(id)) return;
      loadRedirectLinks(this.db, { id })
        .then((rows) => {
          for (const link of rows) this.put(link);
        })
        .catch((err: Error) => this.options.log(`link cache: reading link ${id} failed: ${err.message}`));
    });
    await client.connect();
    await client.query("listen vouch_links");
    this.listener = { end: () => client.end() };
  }

  private relisten(url: string) {
    if (this.stopped) return;
    setTimeout(() => {
      this.listen(url)
        .then(() => this.poll())
        .catch(() => this.relisten(url));
    }, 1000).unref();
  }

  private replaceAll(rows: RedirectLink[]) {
    this.links.clear();
    for (const link of rows) this.put(link);
  }

  private put(link: RedirectLink) {
    const hashAt = link.targetUrl.indexOf("#");
    const head = hashAt === -1 ? link.targetUrl : link.targetUrl.slice(0, hashAt);
    this.links.set(link.slug, {
      id: link.id,
      enabled: link.enabled,
      expiresAt: link.expiresAt,
      locationHead: `${head}${head.includes("?") ? "&" : "?"}vclid=`,
      locationTail: hashAt === -1 ? "" : link.targetUrl.slice(hashAt),
    });
    if (link.updatedAt > this.newest) this.newest = link.updatedAt;
  }
}
