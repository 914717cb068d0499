// The jobs page, with a real queue on each database: an owner sees their workspace's
// jobs counted by kind and state and the failed one with its error and a "run again"
// button that queues it again; another workspace's job shows nowhere and cannot be
// run again (404); a member may not see the page (403); without a queue it says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJobKind, type JobQueue, startJobQueue } from "../../src/jobs/job-queue.js";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { JOB_PLACES, type JobPlace } from "../helpers/job-places.js";
import {
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

/** How many times each job ran. */
const runs = new Map<string, number>();

const failing = defineJobKind({
  name: "mail-reminder",
  label: "reminder before a due date",
  payload: z.object({ workspaceId: z.number().int() }),
  retryLimit: 0,
  run: async (data, job) => {
    runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
    throw new Error(`SMTP refused the reminder of workspace ${data.workspaceId}`);
  },
});

describe.each(JOB_PLACES)("the jobs page on $kind", ({ kind, open }) => {
  let s: TestServer;
  let place: JobPlace;
  let queue: JobQueue;
  let app: ReturnType<typeof createApp>;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let aFailed: string;
  let bFailed: string;

  beforeAll(async () => {
    s = await openTestServer(kind);
    place = await open();
    queue = await startJobQueue(place.target(), [failing], { schema: place.schema, pollingSeconds: 0.5 });
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        jobs: queue,
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Alpha brand");
    b = await signUpWorkspace(s, "Bravo brand");
    aFailed = (await queue.send(failing, { workspaceId: a.workspaceId })) ?? "";
    bFailed = (await queue.send(failing, { workspaceId: b.workspaceId })) ?? "";
    // One more of A's, due next year: waiting.
    await queue.send(
      failing,
      { workspaceId: a.workspaceId },
      { startAfter: new Date(Date.now() + 365 * 86_400_000) },
    );
    const end = Date.now() + 30_000;
    for (;;) {
      const rows = await queue.query<{ n: string }>(
        `select count(*) as n from ${place.schema}.job where state = 'failed'`,
      );
      if (Number(rows[0]?.n) === 2) break;
      if (Date.now() > end) throw new Error("the jobs did not fail in time");
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 60_000);

  afterAll(async () => {
    await queue?.stop();
    await place?.close();
    await s?.close();
  });

  it("shows the owner their jobs by kind and state, and the failed one with its error", async () => {
    const r = await app.request("/jobs", { headers: session(a) });
    expect(r.status).toBe(200);
    const page = await r.text();
    expect(page).toContain("reminder before a due date");
    // A's two jobs: one failed, one waiting; B's is not counted.
    expect(page).toMatch(/<td data-label="State">failed<\/td><td data-label="Jobs" class="num">1<\/td>/);
    expect(page).toMatch(/<td data-label="State">waiting<\/td><td data-label="Jobs" class="num">1<\/td>/);
    expect(page).toContain(`SMTP refused the reminder of workspace ${a.workspaceId}`);
    expect(page).toContain("1 of 1");
    expect(page).toContain(`action="/jobs/${aFailed}/retry"`);
    expect(page).not.toContain(`SMTP refused the reminder of workspace ${b.workspaceId}`);
    expect(page).not.toContain(bFailed);
  });

  it("runs a failed job again, only the workspace's own", async () => {
    const other = await app.request(`/jobs/${bFailed}/retry`, { method: "POST", headers: session(a) });
    expect(other.status).toBe(404);
    const [bRow] = await queue.query<{ state: string }>(
      `select state::text from ${place.schema}.job where id = $1`,
      [bFailed],
    );
    expect(bRow?.state).toBe("failed");

    const own = await app.request(`/jobs/${aFailed}/retry`, { method: "POST", headers: session(a) });
    expect(own.status).toBe(303);
    expect(runs.get(aFailed)).toBe(1);
    const end = Date.now() + 30_000;
    while (runs.get(aFailed) !== 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    expect(runs.get(aFailed)).toBe(2);
    expect(runs.get(bFailed)).toBe(1);
    expect((await app.request("/jobs/not-a-job/retry", { method: "POST", headers: session(a) })).status).toBe(
      404,
    );
  });

  it("is for owners only, and says when no queue runs", async () => {
    const member = (await createToken(s, a, "member")).token;
    const r = await app.request("/jobs", { headers: { authorization: `Bearer ${member}` } });
    expect(r.status).toBe(403);
    const bare = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    const page = await (await bare.request("/jobs", { headers: session(a) })).text();
    expect(page).toContain("The job queue does not run in this process");
  });
});
