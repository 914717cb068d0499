// An owner asks a failed job of their workspace to run again (after fixing what it
// needed, e.g. the SMTP settings). Another workspace's job, or one that has not
// failed, is not found: the page only offers this on its own failed jobs.
import { VouchError } from "../../core/errors.js";
import type { JobQueue } from "../../jobs/job-queue.js";

export async function retryWorkspaceJob(queue: JobQueue, workspaceId: number, jobId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) throw new VouchError("not_found", `no failed job ${jobId}`);
  const [job] = await queue.query<{ name: string }>(
    `select name from ${queue.schema}.job where id = $1 and data->>'workspaceId' = $2 and state = 'failed'`,
    [jobId, String(workspaceId)],
  );
  if (!job) throw new VouchError("not_found", `no failed job ${jobId} in this workspace`);
  await queue.retry(job.name, jobId);
}
