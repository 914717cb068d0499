// `vouch campaigns …`: the campaigns of the workspace `local` and their partnerships, as
// the API has them (src/server/api/campaign-routes.ts): list, create from a JSON file (the
// API's body), show one, add a creator, move a partnership on, its timeline, and the check
// of its contract trail. Every input is checked by the same services the API calls, and
// an error names the file and the field.
import { basename } from "node:path";
import type { Command } from "commander";
import { GOAL_PLANS, type Goal, NEXT_STATUSES, PARTNERSHIP_STATUSES } from "../../core/campaign.js";
import { minor } from "../../core/check-contract-terms.js";
import { VouchError } from "../../core/errors.js";
import type { ChainBreak } from "../../core/trail-hash.js";
import { readText } from "../../ingest/read-text.js";
import type { CampaignDetail } from "../../services/campaigns/get-campaign.js";
import { localOwner, localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";
import { creatorIdOf, table } from "./creators-command.js";
import { withPlaceAsync } from "./targets-command.js";

/** Who the timeline and the trail name for a change made on the command line. */
const ACTOR = "command line";

export function registerCampaigns(program: Command, io: CliIo) {
  const campaigns = program
    .command("campaigns")
    .description("campaigns and their partnerships: one per creator, with its status and timeline");

  campaigns
    .command("list")
    .description("list the campaigns, newest first, with their partnerships by status")
    .option("--json", "print as JSON")
    .action(async (o: { json?: boolean }) => {
      const { listCampaigns } = await import("../../services/campaigns/list-campaigns.js");
      const items = await withDatabase(io, async (d) => listCampaigns(d.db, await localWorkspaceId(d.db)));
      if (o.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
      if (items.length === 0) return io.stdout("No campaigns yet: vouch campaigns create <json-file>\n");
      io.stdout(
        table(
          ["id", "name", "goal", "dates", "partnerships"],
          items.map((c) => [
            String(c.id),
            c.name,
            c.goal,
            `${c.startsOn} to ${c.endsOn}`,
            Object.entries(c.partnerships)
              .map(([status, n]) => `${n} ${status}`)
              .join(", ") || "none",
          ]),
          { left: true },
        ),
      );
    });

  campaigns
    .command("create")
    .description("create a campaign from a JSON file shaped like the API's body")
    .argument(
      "<json-file>",
      'e.g. {"name": "Spring launch", "startsOn": "2027-03-01", "endsOn": "2027-04-30", "currency": "EUR", "goal": "awareness", "kpis": []}',
    )
    .option("--json", "print the stored campaign as JSON")
    .action(async (path: string, o: { json?: boolean }) => {
      const file = basename(path);
      const body = parseJsonFile(file, await readText(path, file));
      const { createCampaign } = await import("../../services/campaigns/create-campaign.js");
      const campaign = await withDatabase(io, async (d) => {
        const caller = await localOwner(d.db);
        return withPlaceAsync(file, () =>
          createCampaign(d.db, caller.workspaceId, caller.userId, body, io.now()),
        );
      });
      if (o.json) return io.stdout(`${JSON.stringify(campaign, null, 2)}\n`);
      io.stdout(
        `created campaign "${campaign.name}" (id ${campaign.id}); its call to action: ${campaign.callToAction.join(", ")}\n`,
      );
    });

  campaigns
    .command("show")
    .description("one campaign: its terms and its partnerships")
    .argument("<campaign>", "the campaign's id")
    .option("--json", "print as JSON")
    .action(async (ref: string, o: { json?: boolean }) => {
      const id = idOf("campaign", ref);
      const { getCampaign } = await import("../../services/campaigns/get-campaign.js");
      const campaign = await withDatabase(io, async (d) =>
        getCampaign(d.db, await localWorkspaceId(d.db), id),
      );
      io.stdout(o.json ? `${JSON.stringify(campaign, null, 2)}\n` : describeCampaign(campaign));
    });

  campaigns
    .command("add")
    .description("add a creator to a campaign: a partnership, proposed")
    .argument("<campaign>", "the campaign's id")
    .argument("<creator>", "platform:username or the creator's id")
    .option("--json", "print as JSON")
    .action(async (campaignRef: string, creatorRef: string, o: { json?: boolean }) => {
      const campaignId = idOf("campaign", campaignRef);
      const { addPartnership } = await import("../../services/campaigns/add-partnership.js");
      const added = await withDatabase(io, async (d) => {
        const ws = await localWorkspaceId(d.db);
        return addPartnership(d.db, ws, campaignId, await creatorIdOf(d, ws, creatorRef), ACTOR, io.now());
      });
      if (o.json) return io.stdout(`${JSON.stringify(added, null, 2)}\n`);
      io.stdout(`partnership ${added.id}: ${creatorRef} in campaign ${campaignId}, ${added.status}\n`);
    });

  campaigns
    .command("status")
    .description("move a partnership on, e.g. to negotiating, accepted, live or cancelled")
    .argument("<partnership>", "the partnership's id")
    .argument("<status>", PARTNERSHIP_STATUSES.join(", "))
    .option("--note <text>", "why, kept in the timeline")
    .action(async (ref: string, status: string, o: { note?: string }) => {
      const id = idOf("partnership", ref);
      const { setPartnershipStatus } = await import("../../services/campaigns/set-partnership-status.js");
      const moved = await withDatabase(io, async (d) =>
        setPartnershipStatus(d.db, await localWorkspaceId(d.db), id, status, ACTOR, o.note ?? null, io.now()),
      );
      const next = NEXT_STATUSES[moved.status];
      io.stdout(
        `partnership ${moved.id} is ${moved.status}${next.length ? `; it can become ${next.join(", ")}` : " (final)"}\n`,
      );
    });

  campaigns
    .command("timeline")
    .description("every status change of a partnership, oldest first")
    .argument("<partnership>", "the partnership's id")
    .option("--json", "print as JSON")
    .action(async (ref: string, o: { json?: boolean }) => {
      const id = idOf("partnership", ref);
      const { getPartnershipTimeline } = await import("../../services/campaigns/get-partnership-timeline.js");
      const entries = await withDatabase(io, async (d) =>
        getPartnershipTimeline(d.db, await localWorkspaceId(d.db), id),
      );
      if (o.json) return io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      io.stdout(
        table(
          ["when", "change", "by", "note"],
          entries.map((e) => [e.at, `${e.from ?? "(new)"} → ${e.to}`, e.actor, e.note ?? ""]),
          { left: true },
        ),
      );
    });

  campaigns
    .command("verify-trail")
    .description("check a partnership's contract trail: every entry whole and linked to the one before")
    .argument("<partnership>", "the partnership's id")
    .action(async (ref: string) => {
      const id = idOf("partnership", ref);
      const { verifyTrail } = await import("../../services/campaigns/verify-trail.js");
      const check = await withDatabase(io, async (d) => verifyTrail(d.db, await localWorkspaceId(d.db), id));
      if (check.broken === null)
        return io.stdout(`the trail of partnership ${id} is whole: ${check.entries} entries\n`);
      throw new VouchError(
        "conflict",
        `the trail of partnership ${id} is broken: entry ${check.broken.seq} ${BREAKS[check.broken.problem]}`,
      );
    });
}

const BREAKS: Record<ChainBreak["problem"], string> = {
  edited: "was changed after it was written",
  missing: "is missing: it was deleted",
  relinked: "no longer links to the entry before it",
};

function idOf(what: string, ref: string): number {
  const text = ref.trim();
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2_147_483_647)
    throw new VouchError("invalid_input", `${what}: "${ref}" is not an id (a whole number from 1)`);
  return Number(text);
}

function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new VouchError("invalid_input", `${file}: not valid JSON (${(err as Error).message})`, { file });
  }
}

function describeCampaign(c: CampaignDetail): string {
  const lines = [
    `${c.name} (campaign ${c.id})`,
    `  dates:          ${c.startsOn} to ${c.endsOn}`,
    `  goal:           ${c.goal}, measured in ${GOAL_PLANS[c.goal as Goal]?.kpis.join(", ") ?? "?"}`,
    `  targets:        ${c.kpis.map((k) => `${k.target.toLocaleString("en-US")} ${k.metric}`).join(", ") || "none set"}`,
    `  call to action: ${c.callToAction.join(", ")}`,
    `  budget:         ${c.budget === null ? "not set" : minor(c.budget, c.currency)}`,
    `  landing page:   ${c.landingUrl ?? "none"}`,
    `  products:       ${c.products.join(", ") || "none"}`,
    "",
  ];
  if (c.partnerships.length === 0)
    return `${lines.join("\n")}No partnerships yet: vouch campaigns add ${c.id} <creator>\n`;
  return `${lines.join("\n")}${table(
    ["partnership", "creator", "status", "since"],
    c.partnerships.map((p) => [String(p.id), p.account ?? `creator ${p.creatorId}`, p.status, p.updatedAt]),
    { left: true },
  )}`;
}
