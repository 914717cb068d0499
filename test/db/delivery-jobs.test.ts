// The delivery jobs through a real queue, on the embedded server and PostgreSQL: the scan
// queues the workspace's check (which stores the deliverables' states) and a reminder for
// each deliverable due within two days, once per deliverable and day however often it
// scans; the reminder, without SMTP, goes to the server's log in words. springTerms: 2
// reels live by 5 March, a story by 10 March, a video by 20 March; "today" is 4 March.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryJobKinds } from "../../src/jobs/delivery-jobs.js";
import { type JobKind, type JobQueue, startJobQueue } from "../../src/jobs/job-queue.js";
import { acceptContractVersion } from "../../src/services/contracts/accept-contract-version.js";
import { importSources } from "../../src/services/import-sources.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { springTerms } from "../helpers/contract-fixture.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { issuedContract } from "../helpers/issued-contract.js";
import { JOB_PLACES, type JobPlace } from "../helpers/job-places.js";

const ISSUED = Date.parse("2027-02-01T09:30:00.000Z");
const TODAY = Date.parse("2027-03-04T08:00:00.000Z");
const PHONE = { ipHash: "b".repeat(64), userAgent: "Phone browser" };

describe.each(JOB_PLACES)("the delivery jobs on $kind", ({ open }) => {
  let place: JobPlace;
  let queue: JobQueue;
  let ws: number;
  let kinds: JobKind[];
  const printed: string[] = [];

  const jobs = async (name: string) =>
    queue.query<{ state: string; data: { workspaceId: number; deliverableId?: number } }>(
      `select state::text as state, data from ${place.schema}.job where name = $1 order by created_on`,
      [name],
    );
  async function until(check: () => Promise<boolean>) {
    const end = Date.now() + 60_000;
    while (!(await check())) {
      if (Date.now() > end) throw new Error("the jobs did not finish in time");
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    place = await open();
    const db = place.database().db;
    ws = await localWorkspaceId(db);
    await importSources(db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: ISSUED });
    const { token } = await issuedContract(db, ws, "Spring", springTerms(), ISSUED);
    await acceptContractVersion(
      db,
      token,
      { version: 1, fullName: "Tina Baker", consent: true },
      PHONE,
      ISSUED,
    );
    let q: JobQueue | null = null;
    kinds = deliveryJobKinds({
      db,
      now: () => TODAY,
      mail: null,
      print: (line) => printed.push(line),
      queue: () => q as JobQueue,
    });
    q = await startJobQueue(place.target(), kinds, { schema: place.schema, pollingSeconds: 0.5 });
    queue = q;
  }, 120_000);
  afterAll(async () => {
    await queue?.stop();
    await place?.close();
  });

  it("checks the workspace and reminds of the two reels due tomorrow, once", async () => {
    const scan = kinds.find((k) => k.name === "delivery-scan") as JobKind;
    await queue.send(scan, {});
    await until(
      async () => (await jobs("deliverable-reminder")).filter((j) => j.state === "completed").length === 2,
    );
    await until(async () => (await jobs("check-deliverables")).some((j) => j.state === "completed"));
    // (The half-hourly schedule may add a scan of its own: every check is this workspace's.)
    expect((await jobs("check-deliverables")).every((j) => j.data.workspaceId === ws)).toBe(true);
    expect(printed.sort()).toEqual([
      "vouch jobs: Reminder: reel 1 on instagram by @tiny_baker (Spring): it goes live on 2027-03-05. (no SMTP set: not mailed)",
      "vouch jobs: Reminder: reel 2 on instagram by @tiny_baker (Spring): it goes live on 2027-03-05. (no SMTP set: not mailed)",
    ]);
    const { rows } = await sql<{ status: string; checked: boolean }>`
      select status, checked_at is not null as checked from deliverables where workspace_id = ${ws} order by number`.execute(
      place.database().db,
    );
    expect(rows).toEqual([
      { status: "due", checked: true },
      { status: "due", checked: true },
      { status: "due", checked: true },
      { status: "due", checked: true },
    ]);

    // The next scan of the same day sends no second reminder.
    await queue.send(scan, {});
    await until(async () => (await jobs("delivery-scan")).filter((j) => j.state === "completed").length >= 2);
    expect(await jobs("deliverable-reminder")).toHaveLength(2);
  }, 120_000);
});
