// The scheduled work of delivery (issue 16). Every half hour a scan, over the whole
// installation, queues for each workspace with open deliverables a check (posts
// matched, states and problems stored: services/delivery/check-deliverables.ts) and,
// for each deliverable not yet posted whose draft or go-live day is within two days, a
// reminder — once per deliverable and day (the job id is made from them). A reminder
// goes by mail to the workspace's owners when SMTP is set, else to the server's log.
// Per-workspace jobs carry the workspace id, so the jobs page shows them to its owners.
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { DB } from "../db/schema.js";
import { checkDeliverables } from "../services/delivery/check-deliverables.js";
import { type MailConfig, sendPlainMail } from "../services/mail-transport.js";
import { defineJobKind, type JobKind, type JobQueue } from "./job-queue.js";

/** How many days ahead a reminder goes out. */
export const REMIND_DAYS = 2;

export interface DeliveryJobDeps {
  db: Kysely<DB>;
  now: () => number;
  mail: MailConfig | null;
  print: (line: string) => void;
  /** The queue the scan sends to (it exists once the kinds are registered). */
  queue: () => JobQueue;
}

export function deliveryJobKinds(deps: DeliveryJobDeps): JobKind[] {
  const check = defineJobKind({
    name: "check-deliverables",
    label: "check posts against the deliverables",
    payload: z.object({ workspaceId: z.number().int().positive() }),
    retryDelaySeconds: 60,
    run: (data) => checkDeliverables(deps.db, data.workspaceId, null, deps.now()),
  });
  const remind = defineJobKind({
    name: "deliverable-reminder",
    label: "reminder before a due day",
    payload: z.object({
      workspaceId: z.number().int().positive(),
      deliverableId: z.number().int().positive(),
    }),
    retryDelaySeconds: 300,
    run: (data) => sendReminder(deps, data.workspaceId, data.deliverableId),
  });
  const scan = defineJobKind({
    name: "delivery-scan",
    label: "find deliverables to check and remind",
    payload: z.object({}),
    cron: "*/30 * * * *",
    retryLimit: 2,
    run: async () => {
      const queue = deps.queue();
      const now = deps.now();
      const { rows: workspaces } = await sql<{ workspace_id: number }>`
        select distinct d.workspace_id from deliverables d join partnerships p on p.id = d.partnership_id
        where p.status not in ('cancelled', 'closed')`.execute(deps.db);
      for (const w of workspaces)
        await queue.send(check, { workspaceId: w.workspace_id }, { singletonKey: `check ${w.workspace_id}` });
      const soon = new Date(now + REMIND_DAYS * 86_400_000).toISOString().slice(0, 10);
      const today = new Date(now).toISOString().slice(0, 10);
      const { rows: due } = await sql<{ id: number; workspace_id: number; day: string }>`
        select d.id, d.workspace_id, to_char(coalesce(d.draft_due, d.go_live), 'YYYY-MM-DD') as day
        from deliverables d join partnerships p on p.id = d.partnership_id
        where p.status not in ('cancelled', 'closed') and d.status in ('due', 'changes_requested', 'approved')
          and ((d.status <> 'approved' and d.draft_due between ${today} and ${soon})
            or d.go_live between ${today} and ${soon})`.execute(deps.db);
      for (const d of due)
        await queue.send(
          remind,
          { workspaceId: d.workspace_id, deliverableId: d.id },
          { once: `deliverable ${d.id} ${today}` },
        );
    },
  });
  return [scan, check, remind];
}

async function sendReminder(deps: DeliveryJobDeps, workspaceId: number, deliverableId: number) {
  const { rows } = await sql<{
    number: number;
    kind: string;
    platform: string;
    status: string;
    draft_due: string | null;
    go_live: string;
    campaign: string;
    username: string | null;
  }>`
    select d.number, d.kind, d.platform, d.status, to_char(d.draft_due, 'YYYY-MM-DD') as draft_due,
      to_char(d.go_live, 'YYYY-MM-DD') as go_live, c.name as campaign,
      (select a.username from accounts a where a.creator_id = p.creator_id order by a.id limit 1) as username
    from deliverables d join partnerships p on p.id = d.partnership_id join campaigns c on c.id = p.campaign_id
    where d.id = ${deliverableId} and d.workspace_id = ${workspaceId}`.execute(deps.db);
  const d = rows[0];
  // Posted, done or gone since the scan: nothing to remind of.
  if (!d || !["due", "changes_requested", "approved"].includes(d.status)) return { sent: false };
  const what = `${d.kind.replace("_", " ")} ${d.number} on ${d.platform} by @${d.username ?? "?"} (${d.campaign})`;
  // The draft is named only when it is the day coming up (a past draft day is no reminder).
  const today = new Date(deps.now()).toISOString().slice(0, 10);
  const draftComing = d.draft_due !== null && d.draft_due >= today && d.status !== "approved";
  const when = draftComing ? `its draft is due on ${d.draft_due}` : `it goes live on ${d.go_live}`;
  const text = `Reminder: ${what}: ${when}.`;
  if (!deps.mail) {
    deps.print(`vouch jobs: ${text} (no SMTP set: not mailed)`);
    return { sent: false, printed: text };
  }
  const owners = await deps.db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("u.email")
    .where("m.workspace_id", "=", workspaceId)
    .where("m.role", "=", "owner")
    .execute();
  for (const o of owners)
    await sendPlainMail(deps.mail, { to: o.email, subject: `Vouch: ${what}`, text: `${text}\n` });
  return { sent: true, to: owners.length };
}
