// The jobs page: this workspace's scheduled work counted by kind and state, then the
// jobs that need a look — waiting to retry (when next) or failed for good (with a
// "run again" button) — each with its last error.
import type { JobProblem, WorkspaceJobs } from "../../services/jobs/list-workspace-jobs.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";

const STATE_WORDS: Record<string, string> = {
  created: "waiting",
  retry: "to retry",
  active: "running",
  completed: "done",
  cancelled: "cancelled",
  failed: "failed",
};

export function jobsView(jobs: WorkspaceJobs | null, labels: ReadonlyMap<string, string>): Html {
  if (!jobs)
    return html`<h1>Jobs</h1>
<p class="empty">The job queue does not run in this process (it starts with <code>npm start</code>).</p>`;
  const label = (kind: string) => labels.get(kind) ?? kind;
  return html`<h1>Jobs</h1>
<p>Reminders, overdue checks and re-checks run on their own, on schedule. A job that fails is tried again
after a growing wait; one that keeps failing stops here with its error.</p>
<section aria-labelledby="counts-h">
<h2 id="counts-h">By kind</h2>
${
  jobs.counts.length
    ? html`<table class="data"><thead><tr><th scope="col">Kind</th><th scope="col">State</th><th scope="col" class="num">Jobs</th></tr></thead>
<tbody>${jobs.counts.map(
        (c) =>
          html`<tr><td data-label="Kind">${label(c.kind)}</td><td data-label="State">${STATE_WORDS[c.state] ?? c.state}</td><td data-label="Jobs" class="num">${c.count}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">No jobs yet.</p>`
}
</section>
<section aria-labelledby="problems-h">
<h2 id="problems-h">Needing a look</h2>
${jobs.problems.length ? problemsTable(jobs.problems, label) : html`<p class="empty">None: every job ran.</p>`}
</section>`;
}

function problemsTable(problems: JobProblem[], label: (kind: string) => string): Html {
  return html`<table class="data"><thead><tr><th scope="col">Kind</th><th scope="col">State</th><th scope="col">Tries</th>
<th scope="col">When</th><th scope="col">Last error</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
<tbody>${problems.map(
    (p) => html`<tr id="job-${p.id}"><td data-label="Kind">${label(p.kind)}</td>
<td data-label="State">${p.state === "retry" ? "to retry" : "failed"}</td>
<td data-label="Tries">${p.retryCount + 1} of ${p.retryLimit + 1}</td>
<td data-label="When">${p.state === "retry" ? html`next ${when(p.at.toISOString())}` : when(p.at.toISOString())}</td>
<td data-label="Last error"><code>${p.error}</code></td>
<td>${
      p.state === "failed"
        ? html`<form method="post" action="/jobs/${p.id}/retry"><button type="submit">Run again</button></form>`
        : ""
    }</td></tr>`,
  )}</tbody></table>`;
}
