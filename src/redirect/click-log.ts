// The redirect's append-only log of answered clicks, so that a crash (kill -9, a power
// cut of the process, not of the machine) loses none: each click is appended as one
// JSON line right after its 302, before it waits in memory for its batch. At every
// flush the log moves to a new segment; a segment is deleted once all its clicks are
// stored. A starting redirect replays the segments of processes that are gone; clicks
// carry their click id, which the table keeps unique, so a segment written just before
// a crash is not stored twice. The lines hold the address and user agent until their
// batch is written (a fraction of a second): the folder is 0700, each file 0600.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { PendingClick } from "./click-recorder.js";

const SEGMENT = /^clicks-(\d+)-(\d+)\.jsonl$/;

export class ClickLog {
  private fd: number;
  private seq = 0;
  private current: string;
  /** Closed segments whose clicks are not all stored yet. */
  private closed: string[] = [];

  constructor(private readonly folder: string) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    this.current = this.segmentPath();
    this.fd = openSync(this.current, "a", 0o600);
  }

  append(click: PendingClick) {
    writeSync(this.fd, `${JSON.stringify(click)}\n`);
  }

  /** Starts a new segment; what was appended so far waits in closed segments. */
  rotate() {
    closeSync(this.fd);
    this.closed.push(this.current);
    this.seq++;
    this.current = this.segmentPath();
    this.fd = openSync(this.current, "a", 0o600);
  }

  /** Every closed segment's clicks are stored: delete them. */
  removeClosed() {
    for (const path of this.closed) rmSync(path, { force: true });
    this.closed = [];
  }

  close() {
    closeSync(this.fd);
    rmSync(this.current, { force: true });
    this.removeClosed();
  }

  /** The clicks in segments of processes that are gone; their files join the closed ones. */
  leftovers(): PendingClick[] {
    const clicks: PendingClick[] = [];
    for (const name of readdirSync(this.folder).sort(bySegment)) {
      const m = SEGMENT.exec(name);
      if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
      const path = join(this.folder, name);
      for (const line of readFileSync(path, "utf8").split("\n")) {
        // A line cut by the crash is the click whose 302 may not have been sent whole.
        if (!line) continue;
        try {
          clicks.push(JSON.parse(line) as PendingClick);
        } catch {}
      }
      this.closed.push(path);
    }
    return clicks;
  }

  private segmentPath() {
    return join(this.folder, `clicks-${process.pid}-${this.seq}.jsonl`);
  }
}

function bySegment(a: string, b: string): number {
  const x = SEGMENT.exec(a);
  const y = SEGMENT.exec(b);
  if (!x || !y) return a < b ? -1 : 1;
  return Number(x[1]) - Number(y[1]) || Number(x[2]) - Number(y[2]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
