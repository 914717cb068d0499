// `vouch links …`: the tracked links of a partnership of the workspace `local`, as the
// API has them (src/server/api/link-routes.ts): make one (a custom slug, a destination
// and an expiry, each optional), list them with their clicks, switch one off or on.
// The same services check the same rules; `vouch redirect` answers the links.
import type { Command } from "commander";
import { VouchError } from "../../core/errors.js";
import type { LinkSummary } from "../../services/links/link-summary.js";
import { localOwner, localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";
import { table } from "./creators-command.js";

/** Who a link made on the command line names as its maker. */
const ACTOR = "command line";

function idArgument(raw: string, what: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 2_147_483_647)
    throw new VouchError("invalid_input", `${what} must be a whole number (got "${raw}")`);
  return Number(raw);
}

function print(io: CliIo, links: LinkSummary[]) {
  io.stdout(
    table(
      ["id", "slug", "state", "counted", "clicks", "bots", "repeats", "goes to"],
      links.map((l) => [
        String(l.id),
        l.slug,
        !l.enabled ? "off" : l.expiresAt ? `until ${l.expiresAt.slice(0, 16)}Z` : "on",
        String(l.counted),
        String(l.clicks),
        String(l.bots),
        String(l.duplicates),
        l.targetUrl,
      ]),
      { left: true },
    ),
  );
}

export function registerLinks(program: Command, io: CliIo) {
  const links = program
    .command("links")
    .description("tracked links of a partnership: short URLs answered by `vouch redirect`, clicks counted");

  links
    .command("create")
    .description("make a tracked link for a partnership; the destination gets UTM parameters")
    .argument("<partnership-id>", "the partnership (vouch campaigns show <id> lists them)")
    .option("--slug <slug>", "3–64 lowercase letters, digits and hyphens (default: 7 random characters)")
    .option("--destination <url>", "an http(s) URL (default: the campaign's landing page)")
    .option("--expires <time>", "an ISO 8601 time with its offset, e.g. 2027-04-30T23:59:00Z")
    .option("--json", "print the link as JSON")
    .action(
      async (raw: string, o: { slug?: string; destination?: string; expires?: string; json?: boolean }) => {
        const partnershipId = idArgument(raw, "the partnership id");
        const { createLink } = await import("../../services/links/create-link.js");
        const link = await withDatabase(io, async (d) => {
          const caller = await localOwner(d.db);
          const input = {
            slug: o.slug ?? null,
            destination: o.destination ?? null,
            expiresAt: o.expires ?? null,
          };
          return createLink(d.db, caller.workspaceId, partnershipId, input, ACTOR, io.now());
        });
        if (o.json) return io.stdout(`${JSON.stringify(link, null, 2)}\n`);
        io.stdout(`made link ${link.id}: /${link.slug} → ${link.targetUrl}\n`);
      },
    );

  links
    .command("list")
    .description("a partnership's links with their clicks: counted, every one, bots, repeats within the hour")
    .argument("<partnership-id>")
    .option("--json", "print as JSON")
    .action(async (raw: string, o: { json?: boolean }) => {
      const partnershipId = idArgument(raw, "the partnership id");
      const { listLinks } = await import("../../services/links/list-links.js");
      const items = await withDatabase(io, async (d) =>
        listLinks(d.db, await localWorkspaceId(d.db), partnershipId),
      );
      if (o.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
      if (items.length === 0) return io.stdout(`No links yet: vouch links create ${partnershipId}\n`);
      print(io, items);
    });

  for (const [name, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const)
    links
      .command(name)
      .description(
        enabled
          ? "switch a link back on"
          : "switch a link off: the redirect answers 404 within moments; its clicks stay",
      )
      .argument("<link-id>")
      .action(async (raw: string) => {
        const linkId = idArgument(raw, "the link id");
        const { updateLink } = await import("../../services/links/update-link.js");
        const link = await withDatabase(io, async (d) =>
          updateLink(d.db, await localWorkspaceId(d.db), linkId, { enabled }, io.now()),
        );
        io.stdout(`link ${link.id} (/${link.slug}) is ${link.enabled ? "on" : "off"}\n`);
      });
}
