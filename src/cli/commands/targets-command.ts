// `vouch targets list [--json]` and `vouch targets add <json-file> [--json]`: the brand
// targets of the workspace `local`. A file holds one target or an array of them (the
// API's JSON shape); every target is checked before any is stored, so a bad file adds
// nothing, and the error names the file, the entry and the field.
import { basename } from "node:path";
import type { Command } from "commander";
import { VouchError } from "../../core/errors.js";
import { GENDERS } from "../../core/media-kit.js";
import { readText } from "../../ingest/read-text.js";
import type { BrandTargetView } from "../../services/brand-targets/brand-target-input.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";
import { table } from "./creators-command.js";

export function registerTargets(program: Command, io: CliIo) {
  const targets = program
    .command("targets")
    .description("brand targets: the audiences the brand wants to reach");

  targets
    .command("list")
    .description("list the brand targets")
    .option("--json", "print as JSON")
    .action(async (o: { json?: boolean }) => {
      const { listBrandTargets } = await import("../../services/brand-targets/list-brand-targets.js");
      const items = await withDatabase(io, async (d) => listBrandTargets(d.db, await localWorkspaceId(d.db)));
      if (o.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
      if (items.length === 0) return io.stdout("No brand targets yet: vouch targets add <json-file>\n");
      io.stdout(targetTable(items));
    });

  targets
    .command("add")
    .description("add the brand target(s) of a JSON file: one object or an array of them")
    .argument(
      "<json-file>",
      'a file like the API\'s body, e.g. {"name": "DACH runners", "countries": ["DE"]}',
    )
    .option("--json", "print the stored targets as JSON")
    .action(async (path: string, o: { json?: boolean }) => {
      const file = basename(path);
      const text = await readText(path, file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        throw new VouchError("invalid_input", `${file}: not valid JSON (${(err as Error).message})`, {
          file,
        });
      }
      const entries = Array.isArray(parsed) ? parsed : [parsed];
      if (entries.length === 0) throw new VouchError("invalid_input", `${file}: holds no target`, { file });
      const { parseBrandTarget } = await import("../../services/brand-targets/brand-target-input.js");
      const { createBrandTarget } = await import("../../services/brand-targets/create-brand-target.js");
      const where = (i: number) => (Array.isArray(parsed) ? `${file}, entry ${i + 1}` : file);
      const names = new Set<string>();
      for (const [i, entry] of entries.entries()) {
        const target = withPlace(where(i), () => parseBrandTarget(entry));
        if (names.has(target.name))
          throw new VouchError("invalid_input", `${where(i)}: name: "${target.name}" is in the file twice`, {
            file,
            field: "name",
          });
        names.add(target.name);
      }
      const stored = await withDatabase(io, async (d) => {
        const workspaceId = await localWorkspaceId(d.db);
        // One transaction: a name already taken adds none of the file's targets.
        return d.db.transaction().execute(async (tx) => {
          const out: BrandTargetView[] = [];
          for (const [i, entry] of entries.entries())
            out.push(
              await withPlaceAsync(where(i), () => createBrandTarget(tx, workspaceId, entry, io.now())),
            );
          return out;
        });
      });
      if (o.json) return io.stdout(`${JSON.stringify(stored, null, 2)}\n`);
      for (const t of stored) io.stdout(`added target "${t.name}" (id ${t.id})\n`);
    });
}

/** The service's error with the file (and entry) in front. */
function withPlace<T>(place: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw placed(place, err);
  }
}

/** Runs work; a VouchError it throws gets `place` (a file, an entry) in front of its message. */
export async function withPlaceAsync<T>(place: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw placed(place, err);
  }
}

function placed(place: string, err: unknown): unknown {
  return err instanceof VouchError ? new VouchError(err.code, `${place}: ${err.message}`, err.details) : err;
}

function targetTable(items: BrandTargetView[]): string {
  const any = (xs: string[]) => (xs.length ? xs.join(",") : "any");
  return table(
    ["name", "countries", "ages", "gender", "income", "niches", "languages"],
    items.map((t) => [
      t.name,
      any(t.countries),
      any(t.ageBands),
      t.gender
        ? GENDERS.filter((g) => t.gender?.[g] !== undefined)
            .map((g) => `${g[0]?.toUpperCase()}${t.gender?.[g]}`)
            .join(" ")
        : "any",
      any(t.incomeBands),
      any(t.niches),
      any(t.languages),
    ]),
  );
}
