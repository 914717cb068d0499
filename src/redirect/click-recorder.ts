// Records the clicks the redirect has already answered: queued in memory, written in
// batches (every flushMs, or at once when batchSize wait), one multi-row INSERT each. The
// judging happens here, off the request: bot or person (core/click-verdict.ts), the
// visitor's hash with the day's salt (never the address), a repeat within the hour, the
// country (ip-country.ts) and the referrer's host. A failed write keeps its clicks for
// the next try; drain() writes everything left before a graceful stop.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { botReason, referrerDomain } from "../core/click-verdict.js";
import type { DB } from "../db/schema.js";
import { daySalt } from "../services/links/day-salt.js";
import { type ClickRow, recordClicks } from "../services/links/record-clicks.js";
import type { ClickLog } from "./click-log.js";
import type { IpCountries } from "./ip-country.js";

/** A click as the request left it: raw, judged only when written. */
export interface PendingClick {
  linkId: number;
  at: number;
  clickId: string;
  method: string;
  address: string;
  userAgent: string | null;
  referer: string | null;
}

export interface ClickRecorderOptions {
  flushMs: number;
  batchSize: number;
  /** Resolves once the country ranges are loaded; clicks wait for it, requests never do. */
  countries: Promise<IpCountries | null>;
  log: (line: string) => void;
  /** The append-only log that keeps queued clicks across a crash (click-log.ts); null for none. */
  clickLog?: ClickLog | null;
}

const HOUR_MS = 3_600_000;

export class ClickRecorder {
  private queue: PendingClick[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout;
  private readonly salts = new Map<string, string>();
  /** link id + visitor hash → when their last counted click was. */
  private readonly counted = new Map<string, number>();
  /** Clicks written so far. */
  stored = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: ClickRecorderOptions,
  ) {
    this.timer = setInterval(() => this.flush(), options.flushMs);
  }

  get pending(): number {
    return this.queue.length;
  }

  push(click: PendingClick) {
    this.options.clickLog?.append(click);
    this.queue.push(click);
    if (this.queue.length >= this.options.batchSize) setImmediate(() => this.flush());
  }

  /** Writes what is queued, a batch at a time; one flush runs at once. */
  flush(): Promise<void> {
    this.flushing ??= this.writeQueued()
      .catch((err: Error) =>
        this.options.log(`clicks: writing failed, kept for the next try: ${err.message}`),
      )
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  /** Stops the timer and writes every queued click; tries a few times if the database stumbles. */
  async drain(): Promise<void> {
    clearInterval(this.timer);
    for (let tries = 0; tries < 20 && (this.queue.length > 0 || this.flushing); tries++) {
      await this.flush();
      if (this.queue.length > 0) await new Promise((r) => setTimeout(r, 100));
    }
    if (this.queue.length > 0)
      this.options.log(
        `clicks: ${this.queue.length} could not be written; kept in the click log for the next start`,
      );
    else this.options.clickLog?.close();
  }

  /** Clicks a crashed process left in its log: queued first, written with the next batch. */
  adopt(clicks: PendingClick[]) {
    this.queue.unshift(...clicks);
  }

  private async writeQueued() {
    const countries = await this.options.countries;
    // The clicks queued now are those of the closed segments: once they are stored, the
    // segments go. Clicks answered meanwhile wait in the new segment for the next flush.
    let left = this.queue.length;
    if (left === 0) return;
    this.options.clickLog?.rotate();
    while (left > 0) {
      const batch = this.queue.slice(0, Math.min(left, this.options.batchSize));
      const rows: ClickRow[] = [];
      for (const click of batch) rows.push(await this.judge(click, countries));
      await recordClicks(this.db, rows);
      // Only now: a failed write leaves the batch queued, to be judged and written again.
      this.queue.splice(0, batch.length);
      this.stored += batch.length;
      left -= batch.length;
    }
    this.options.clickLog?.removeClosed();
  }

  private async judge(click: PendingClick, countries: IpCountries | null): Promise<ClickRow> {
    const day = new Date(click.at).toISOString().slice(0, 10);
    let salt = this.salts.get(day);
    if (salt === undefined) {
      salt = await daySalt(this.db, day);
      this.salts.set(day, salt);
    }
    const visitorHash = createHash("sha256")
      .update(`${salt}\n${click.address}\n${click.userAgent ?? ""}`)
      .digest("hex");
    const bot = botReason(click.method, click.userAgent);
    let duplicate = false;
    if (bot === null) {
      const key = `${click.linkId} ${visitorHash}`;
      const last = this.counted.get(key);
      duplicate = last !== undefined && click.at - last < HOUR_MS && click.at >= last;
      if (!duplicate) this.counted.set(key, click.at);
      if (this.counted.size > 100_000) this.forgetBefore(click.at - HOUR_MS);
    }
    return {
      linkId: click.linkId,
      at: click.at,
      clickId: click.clickId,
      visitorHash,
      botReason: bot,
      duplicate,
      country: countries?.lookup(click.address) ?? null,
      referrerDomain: referrerDomain(click.referer),
    };
  }

  private forgetBefore(at: number) {
    for (const [key, last] of this.counted) if (last < at) this.counted.delete(key);
  }
}
