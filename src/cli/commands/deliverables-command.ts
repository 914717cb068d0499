// `vouch deliverables list --partnership <id>`: the pieces of content a partnership's
// accepted contract asks for, stored at acceptance, with their days and where each
// stands; as the API's GET …/deliverables has them. The delivery issue (16) adds the
// commands that move them on.
import type { Command } from "commander";
import { VouchError } from "../../core/errors.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";
import { table } from "./creators-command.js";

export function registerDeliverables(program: Command, io: CliIo) {
  const deliverables = program
    .command("deliverables")
    .description("what an accepted contract asks the creator to post, one row per piece of content");
  deliverables
    .command("list")
    .description("a partnership's deliverables, in the contract's order")
    .requiredOption("--partnership <id>", "the partnership's id")
    .option("--json", "print as JSON")
    .action(async (o: { partnership: string; json?: boolean }) => {
      const id = partnershipId(o.partnership);
      const { listDeliverables } = await import("../../services/contracts/list-deliverables.js");
      const items = await withDatabase(io, async (d) =>
        listDeliverables(d.db, await localWorkspaceId(d.db), id),
      );
      if (o.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
      if (items.length === 0)
        return io.stdout(
          `partnership ${id} has no deliverables yet: they are stored when a contract is accepted\n`,
        );
      io.stdout(
        table(
          ["#", "deliverable", "draft due", "live by", "up until", "highlight until", "disclosure", "status"],
          items.map((d) => [
            String(d.number),
            `${d.platform} ${d.kind} ${d.ofTerm.index}/${d.ofTerm.count}${d.frames === null ? "" : `, ${d.frames} frames`}`,
            d.draftDue ?? "-",
            d.goLive,
            d.upUntil ?? "-",
            d.highlightUntil ?? "-",
            d.disclosure.wording,
            d.status,
          ]),
          { left: true },
        ),
      );
    });
  deliverables
    .command("check")
    .description("match the creators' imported posts to the deliverables and say where each stands")
    .option("--partnership <id>", "only this partnership (default: every open one)")
    .option("--at <time>", "check as of this time (ISO 8601; default: now)")
    .option("--json", "print as JSON")
    .action(async (o: { partnership?: string; at?: string; json?: boolean }) => {
      const id = o.partnership === undefined ? null : partnershipId(o.partnership);
      const at = o.at === undefined ? Date.now() : Date.parse(o.at);
      if (!Number.isFinite(at))
        throw new VouchError("invalid_input", `--at: "${o.at}" is not a time (e.g. 2027-03-12T09:00:00Z)`, {
          field: "--at",
        });
      const { checkDeliverables } = await import("../../services/delivery/check-deliverables.js");
      const { listDeliverables } = await import("../../services/contracts/list-deliverables.js");
      const result = await withDatabase(io, async (d) => {
        const ws = await localWorkspaceId(d.db);
        const summary = await checkDeliverables(d.db, ws, id, at);
        const rows = id === null ? [] : await listDeliverables(d.db, ws, id);
        return { summary, rows };
      });
      if (o.json) return io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      const { summary } = result;
      const counts = Object.entries(summary.byStatus)
        .map(([status, n]) => `${n} ${status.replace("_", " ")}`)
        .join(", ");
      io.stdout(
        `checked ${summary.deliverables} deliverable${summary.deliverables === 1 ? "" : "s"} of ${summary.partnerships} partnership${summary.partnerships === 1 ? "" : "s"}${counts ? `: ${counts}` : ""}\n`,
      );
      for (const d of result.rows)
        for (const p of d.problems) io.stdout(`  #${d.number} ${d.platform} ${d.kind}: ${p.message}\n`);
    });
}

function partnershipId(ref: string): number {
  const text = ref.trim();
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2_147_483_647)
    throw new VouchError("invalid_input", `--partnership: "${ref}" is not an id (a whole number from 1)`, {
      field: "--partnership",
    });
  return Number(text);
}
