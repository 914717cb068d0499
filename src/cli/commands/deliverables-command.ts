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
}

function partnershipId(ref: string): number {
  const text = ref.trim();
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2_147_483_647)
    throw new VouchError("invalid_input", `--partnership: "${ref}" is not an id (a whole number from 1)`, {
      field: "--partnership",
    });
  return Number(text);
}
