// Scheduled work (reminders before due dates, overdue flags, re-checks, expiry alerts)
// runs from a PostgreSQL-backed queue: pg-boss 10 (11 and later need Node 22), in its
// own schema, through its own small pool to the same database as the app — the
// PostgreSQL server of DATABASE_URL, or the embedded server's socket, where PGlite
// runs it as well (its partitioned job table, SKIP LOCKED fetches and advisory locks
// were checked there). Jobs are rows, so they survive a restart; a job that throws is
// retried with exponential backoff and keeps the error as its output, which the jobs
// page shows. Each kind validates its payload with zod before it runs.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { z } from "zod";

/** Where the queue connects: a PostgreSQL URL, or the embedded server's socket. */
export type QueueTarget = string | { host: string; port: number; user: string; database: string };

export interface JobKind<S extends z.ZodType = z.ZodType> {
  name: string;
  /** What it does, in words for the jobs page ("reminder before a due date"). */
  label: string;
  payload: S;
  /** Tries after the first (default 5), spaced retryDelaySeconds × 2^n (default 60 s). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A cron line (UTC) when the kind also runs on a schedule, with an empty payload. */
  cron?: string;
  run(data: z.infer<S>, job: { id: string; retryCount: number }): Promise<unknown>;
}

/** A kind with its payload's type inferred from the schema. */
export function defineJobKind<S extends z.ZodType>(kind: JobKind<S>): JobKind<S> {
  return kind;
}

export interface SendOptions {
  startAfter?: Date;
  /** One job per key among those not yet finished (pg-boss's singleton key). */
  singletonKey?: string;
  /**
   * One job per key ever (while pg-boss keeps it, 14 days after it ends): the job's id is
   * made from the key, and pg-boss inserts nothing when that id exists. A reminder sent
   * by every scan is then sent once.
   */
  once?: string;
}

export interface JobQueue {
  readonly schema: string;
  /** Each registered kind's label by name. */
  readonly labels: ReadonlyMap<string, string>;
  send<S extends z.ZodType>(
    kind: JobKind<S>,
    data: z.infer<S>,
    options?: SendOptions,
  ): Promise<string | null>;
  /** Runs SQL on the queue's own connection (the jobs page reads its tables). */
  query<R>(text: string, values?: unknown[]): Promise<R[]>;
  retry(name: string, id: string): Promise<void>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** The schema of pg-boss's tables (default "vouch_jobs"). */
  schema?: string;
  /** How often an idle worker looks for due jobs (default 5 s). */
  pollingSeconds?: number;
  /** Whether this process runs the jobs (default true); false only schedules them. */
  work?: boolean;
  onError?: (err: Error) => void;
}

export const DEFAULT_JOBS_SCHEMA = "vouch_jobs";

export async function startJobQueue(
  target: QueueTarget,
  kinds: JobKind[],
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  const schema = options.schema ?? DEFAULT_JOBS_SCHEMA;
  const connection = typeof target === "string" ? { connectionString: target } : target;
  const boss = new PgBoss({ ...connection, schema, max: 2, application_name: "vouch-jobs" });
  boss.on("error", options.onError ?? ((err: Error) => console.error(`vouch jobs: ${err.message}`)));
  await boss.start();
  for (const kind of kinds) {
    await boss.createQueue(kind.name, {
      name: kind.name,
      retryLimit: kind.retryLimit ?? 5,
      retryDelay: kind.retryDelaySeconds ?? 60,
      retryBackoff: true,
    });
    if (kind.cron) await boss.schedule(kind.name, kind.cron, {}, { tz: "UTC" });
    if (options.work === false) continue;
    const polling = { pollingIntervalSeconds: options.pollingSeconds ?? 5, includeMetadata: true as const };
    await boss.work(kind.name, polling, async (jobs) => {
      for (const job of jobs) {
        const parsed = kind.payload.safeParse(job.data);
        if (!parsed.success)
          throw new Error(`job ${kind.name} ${job.id}: bad payload: ${issueText(parsed.error)}`);
        await kind.run(parsed.data, { id: job.id, retryCount: job.retryCount });
      }
    });
  }
  return {
    schema,
    labels: new Map(kinds.map((k) => [k.name, k.label])),
    send: async (kind, data, o = {}) => {
      const parsed = kind.payload.safeParse(data);
      if (!parsed.success) throw new Error(`job ${kind.name}: bad payload: ${issueText(parsed.error)}`);
      return boss.send(kind.name, parsed.data as object, {
        ...(o.startAfter ? { startAfter: o.startAfter } : {}),
        ...(o.singletonKey ? { singletonKey: o.singletonKey } : {}),
        ...(o.once ? { id: idFor(kind.name, o.once) } : {}),
      });
    },
    query: async <R>(text: string, values: unknown[] = []) =>
      (await boss.getDb().executeSql(text, values)).rows as R[],
    retry: (name, id) => boss.retry(name, id).then(() => undefined),
    // Graceful: running jobs finish (up to 30 s) before the pool closes.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(payload)"}: ${issue.message}` : "invalid";
}

/** A UUID (version 5 layout) made from the kind and the key: the same pair, the same id. */
export function idFor(kind: string, key: string): string {
  const h = createHash("sha256").update(`${kind}\u0000${key}`).digest("hex");
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
