// /jobs — for owners: the workspace's scheduled work (jobs-view.ts), and "run again"
// on a job that failed for good. The queue runs inside `npm start`; an app without
// one (tests, a CLI-only setup) says so instead.
import type { Hono } from "hono";
import { listWorkspaceJobs } from "../../services/jobs/list-workspace-jobs.js";
import { retryWorkspaceJob } from "../../services/jobs/retry-workspace-job.js";
import type { AppEnv } from "../env.js";
import { jobsView } from "./jobs-view.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";

export function registerJobsPage(pages: Hono<AppEnv>) {
  pages.get("/jobs", async (c) => {
    const caller = pageCaller(c, "manage");
    const queue = c.var.deps.jobs ?? null;
    const jobs = queue ? await listWorkspaceJobs(queue, caller.workspaceId) : null;
    const main = jobsView(jobs, queue?.labels ?? new Map());
    return c.html(layout({ title: "Jobs", caller, current: "jobs", main }));
  });

  pages.post("/jobs/:jobId/retry", async (c) => {
    const caller = pageCaller(c, "manage");
    const queue = c.var.deps.jobs;
    if (!queue) return c.redirect("/jobs", 303);
    await retryWorkspaceJob(queue, caller.workspaceId, c.req.param("jobId"));
    return c.redirect("/jobs", 303);
  });
}
