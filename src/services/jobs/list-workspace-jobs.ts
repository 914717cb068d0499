// What the jobs page shows an owner: this workspace's jobs counted by kind and state,
// and the ones that need a look (waiting to retry, or failed for good) with their
// last error. A job belongs to the workspace named in its payload; the queue's
// installation-wide scans have none and are not listed (their errors go to the
// server's log), so nothing of another workspace shows here.
import type { JobQueue } from "../../jobs/job-queue.js";

export interface JobCount {
  kind: string;
  state: string;
  count: number;
}

export interface JobProblem {
  id: string;
  kind: string;
  state: "retry" | "failed";
  retryCount: number;
  retryLimit: number;
  /** When it runs again (retry), or when it last ran (failed). */
  at: Date;
  error: string;
}

export interface WorkspaceJobs {
  counts: JobCount[];
  problems: JobProblem[];
}

/** The most recent problems shown; the counts cover every job. */
export const PROBLEMS_SHOWN = 50;

export async function listWorkspaceJobs(queue: JobQueue, workspaceId: number): Promise<WorkspaceJobs> {
  const t = `${queue.schema}.job`;
  const counts = await queue.query<{ kind: string; state: string; count: string }>(
    `select name as kind, state::text as state, count(*) as count from ${t}
     where data->>'workspaceId' = $1 group by name, state order by name, state`,
    [String(workspaceId)],
  );
  const problems = await queue.query<{
    id: string;
    kind: string;
    state: "retry" | "failed";
    retry_count: number;
    retry_limit: number;
    at: Date;
    output: { message?: unknown } | null;
  }>(
    `select id, name as kind, state::text as state, retry_count, retry_limit,
       case when state = 'retry' then start_after else coalesce(completed_on, started_on, created_on) end as at,
       output
     from ${t} where data->>'workspaceId' = $1 and state in ('retry', 'failed')
     order by at desc limit ${PROBLEMS_SHOWN}`,
    [String(workspaceId)],
  );
  return {
    counts: counts.map((c) => ({ kind: c.kind, state: c.state, count: Number(c.count) })),
    problems: problems.map((p) => ({
      id: p.id,
      kind: p.kind,
      state: p.state,
      retryCount: p.retry_count,
      retryLimit: p.retry_limit,
      at: new Date(p.at),
      error: typeof p.output?.message === "string" ? p.output.message : "(no message)",
    })),
  };
}
