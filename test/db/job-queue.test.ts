// The job queue (pg-boss in its own schema) on both databases the server runs on:
// the embedded server's socket (a PGlite folder on disk) and PostgreSQL. A job
// scheduled before a restart runs once after it; a failing job is retried with
// growing delays and keeps its last error; a bad payload is refused when sent.
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJobKind, type JobKind, startJobQueue } from "../../src/jobs/job-queue.js";
import { JOB_PLACES, type JobPlace } from "../helpers/job-places.js";

const opened: JobPlace[] = [];
afterAll(async () => {
  for (const p of opened) await p.close();
});

async function until(check: () => boolean, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not done within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(JOB_PLACES)("the job queue on $kind", ({ open }) => {
  it("runs a job scheduled before a restart once, after it", async () => {
    const place = await open();
    opened.push(place);
    const runs: number[] = [];
    const kind = defineJobKind({
      name: "reminder",
      label: "a reminder",
      payload: z.object({ n: z.number().int() }),
      run: async (data) => {
        runs.push(data.n);
      },
    });
    // The first process only schedules (it stops before the job is due).
    const first = await startJobQueue(place.target(), [kind], { schema: place.schema, work: false });
    await first.send(kind, { n: 7 }, { startAfter: new Date(Date.now() + 1500) });
    await first.stop();
    await place.restart();

    const second = await startJobQueue(place.target(), [kind], { schema: place.schema, pollingSeconds: 0.5 });
    try {
      await until(() => runs.length > 0, 30);
      // Four more polls: a job that ran is not fetched again.
      await new Promise((r) => setTimeout(r, 2000));
      expect(runs).toEqual([7]);
      const [row] = await second.query<{ state: string }>(
        `select state from ${place.schema}.job where name = $1`,
        ["reminder"],
      );
      expect(row?.state).toBe("completed");
    } finally {
      await second.stop();
    }
  }, 60_000);

  it("retries a failing job with growing delays and keeps its last error", async () => {
    const place = await open();
    opened.push(place);
    const tries: number[] = [];
    const flaky: JobKind = {
      name: "flaky",
      label: "fails twice",
      payload: z.object({}),
      retryLimit: 3,
      retryDelaySeconds: 1,
      run: async () => {
        tries.push(Date.now());
        if (tries.length < 3) throw new Error(`mail server refused (try ${tries.length})`);
      },
    };
    const broken: JobKind = {
      name: "broken",
      label: "always fails",
      payload: z.object({}),
      retryLimit: 1,
      retryDelaySeconds: 1,
      run: async () => {
        throw new Error("no such deliverable");
      },
    };
    const queue = await startJobQueue(place.target(), [flaky, broken], {
      schema: place.schema,
      pollingSeconds: 0.5,
    });
    try {
      await queue.send(flaky, {});
      const brokenId = await queue.send(broken, {});
      await until(() => tries.length === 3, 40);
      // pg-boss's backoff waits between d·2^(n−1) and d·2^n seconds before try n+1 (d = 1 s).
      const [t0 = 0, t1 = 0, t2 = 0] = tries;
      const gaps = [t1 - t0, t2 - t1];
      expect(gaps[0]).toBeGreaterThanOrEqual(1000);
      expect(gaps[1]).toBeGreaterThanOrEqual(2000);

      const failed = async () =>
        (
          await queue.query<{ state: string; retry_count: number; output: { message?: string } }>(
            `select state, retry_count, output from ${place.schema}.job where id = $1`,
            [brokenId],
          )
        )[0];
      const end = Date.now() + 30_000;
      while ((await failed())?.state !== "failed" && Date.now() < end)
        await new Promise((r) => setTimeout(r, 250));
      const row = await failed();
      expect(row?.state).toBe("failed");
      expect(row?.retry_count).toBe(1);
      expect(row?.output?.message).toBe("no such deliverable");
    } finally {
      await queue.stop();
    }
  }, 90_000);

  it("refuses a payload its kind does not accept, before anything is stored", async () => {
    const place = await open();
    opened.push(place);
    const kind: JobKind = {
      name: "typed",
      label: "typed",
      payload: z.object({ id: z.number().int() }),
      run: async () => {},
    };
    const queue = await startJobQueue(place.target(), [kind], { schema: place.schema, work: false });
    try {
      await expect(queue.send(kind, { id: "seven" } as never)).rejects.toThrow(
        "job typed: bad payload: id: Invalid input: expected number, received string",
      );
      const rows = await queue.query(`select 1 from ${place.schema}.job where name = 'typed'`);
      expect(rows).toHaveLength(0);
      // Sent "once" per key: a second send with the key stores nothing; another key does.
      const first = await queue.send(kind, { id: 1 }, { once: "deliverable 7 due 2027-03-06" });
      expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await queue.send(kind, { id: 1 }, { once: "deliverable 7 due 2027-03-06" })).toBeNull();
      expect(await queue.send(kind, { id: 1 }, { once: "deliverable 8 due 2027-03-06" })).not.toBe(first);
      expect(await queue.query(`select 1 from ${place.schema}.job where name = 'typed'`)).toHaveLength(2);
    } finally {
      await queue.stop();
    }
  }, 30_000);
});
