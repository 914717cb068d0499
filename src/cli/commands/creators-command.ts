// `vouch creators`: what is stored, with the latest audit's headline figures and each
// creator's place on the working list, filtered by status and tag (archived creators on
// request), as a table, JSON or CSV, each trust score with its confidence; with --target,
// the fit, the price and the best candidates for it (the default sort then); and the working list's subcommands: add a creator by
// handle, set its status, tag, note, archive, delete (after naming what goes), and the
// compare table as CSV. A creator is named as platform:username or by its id. Modules load
// on use, so `vouch --help` stays fast.
import type { Command } from "commander";
import { parseAccountKey } from "../../core/account-key.js";
import { CANDIDATE_BAND_LABELS, candidatePartsText } from "../../core/candidate-rank.js";
import { VouchError } from "../../core/errors.js";
import { evidenceWords, scoreWithConfidence } from "../../core/score-confidence.js";
import { CREATOR_STATUSES, type CreatorStatus, STATUS_LABELS } from "../../core/worklist.js";
import type { Database } from "../../db/open-database.js";
import type {
  ArchivedFilter,
  CreatorQuery,
  CreatorSummary,
  ProvisionalOrder,
} from "../../services/list-creators.js";
import { localOwner, localWorkspaceId } from "../../services/local-workspace.js";
import { num, pct } from "../format.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";

interface ListOptions {
  json?: boolean;
  csv?: boolean;
  status?: string;
  tag?: string;
  archived?: string | boolean;
  target?: string;
  sort?: string;
  provisional?: string;
}

export function registerCreators(program: Command, io: CliIo) {
  const creators = program
    .command("creators")
    .description("list stored creators with their latest audit; add, shortlist, tag, note, archive, delete")
    .option("--json", "print as JSON")
    .option("--csv", "print as CSV (the columns of the web app's export)")
    .option("--status <status>", `only this status: ${CREATOR_STATUSES.join(", ")}`)
    .option("--tag <tag>", "only creators with this tag")
    .option("--archived [which]", "archived creators too; --archived only: those alone")
    .option(
      "--target <target>",
      "a brand target (id or name): adds fit, price and the best candidates for it",
    )
    .option(
      "--sort <sort>",
      "trust (trust score), fit, price or candidate; with --target the default is candidate",
    )
    .option("--provisional <where>", "provisional scores: last (after complete ones, the default) or mixed")
    .action(async (o: ListOptions) => {
      const query = listQuery(o);
      const ofTarget = async (d: Database, ws: number) =>
        o.target === undefined ? query : { ...query, targetId: await targetIdOf(d, ws, o.target) };
      if (o.csv) {
        const { exportCreatorsCsv } = await import("../../services/creators/export-creators-csv.js");
        const csv = await withDatabase(io, async (d) => {
          const ws = await localWorkspaceId(d.db);
          return exportCreatorsCsv(d.db, ws, await ofTarget(d, ws));
        });
        return io.stdout(forTerminal(csv));
      }
      const { listCreators } = await import("../../services/list-creators.js");
      const { items } = await withDatabase(io, async (d) => {
        const ws = await localWorkspaceId(d.db);
        return listCreators(d.db, ws, await ofTarget(d, ws));
      });
      if (o.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
      if (items.length === 0)
        return io.stdout(
          query.status || query.tag || query.archived === "only"
            ? "No creator matches these filters.\n"
            : "No creators stored yet: vouch import <files or folder>, or vouch creators add instagram:<handle>\n",
        );
      io.stdout(creatorsTable(items, o.target !== undefined));
    });

  creators
    .command("add")
    .description("add a creator by platform and handle alone, to ask for its media kit before any data")
    .argument("<account>", "platform:username, e.g. instagram:some_creator")
    .action(async (key: string) => {
      const { addCreatorByHandle } = await import("../../services/creators/add-creator-by-handle.js");
      const added = await withDatabase(io, async (d) =>
        addCreatorByHandle(d.db, await localWorkspaceId(d.db), key),
      );
      io.stdout(
        `Added ${added.account} (creator ${added.creatorId}), to review, no data yet.\nNext: vouch mediakit request ${added.account}, or vouch import its data.\n`,
      );
    });

  creators
    .command("status")
    .description(`set a creator's status: ${CREATOR_STATUSES.join(", ")}`)
    .argument("<creator>", "platform:username or the creator's id")
    .argument("<status>", CREATOR_STATUSES.join(", "))
    .action(async (ref: string, status: string) => {
      const { setCreatorStatus } = await import("../../services/creators/set-creator-status.js");
      const entry = await onCreator(io, ref, (d, ws, id) => setCreatorStatus(d.db, ws, id, status));
      io.stdout(`${ref}: ${STATUS_LABELS[entry.status]}\n`);
    });

  for (const [name, verb] of [
    ["tag", "add"],
    ["untag", "remove"],
  ] as const)
    creators
      .command(name)
      .description(`${verb} tags of a creator`)
      .argument("<creator>", "platform:username or the creator's id")
      .argument("<tags...>", "one or more tags (quote a tag with spaces)")
      .action(async (ref: string, tags: string[]) => {
        const { setCreatorTags } = await import("../../services/creators/set-creator-tags.js");
        const entry = await onCreator(io, ref, (d, ws, id) => setCreatorTags(d.db, ws, id, { [verb]: tags }));
        io.stdout(`${ref}: ${entry.tags.length ? entry.tags.join(", ") : "no tags"}\n`);
      });

  creators
    .command("note")
    .description("add a note on a creator (its author: the command line)")
    .argument("<creator>", "platform:username or the creator's id")
    .argument("<text>", "the note")
    .action(async (ref: string, text: string) => {
      const { addCreatorNote } = await import("../../services/creators/add-creator-note.js");
      const note = await withDatabase(io, async (d) => {
        const caller = await localOwner(d.db);
        const id = await creatorIdOf(d, caller.workspaceId, ref);
        return addCreatorNote(d.db, caller, id, { text, authorName: "command line" }, io.now());
      });
      io.stdout(`Note ${note.id} added to ${ref}.\n`);
    });

  creators
    .command("notes")
    .description("print a creator's notes, newest first, with author and time")
    .argument("<creator>", "platform:username or the creator's id")
    .option("--json", "print as JSON")
    .action(async (ref: string, o: { json?: boolean }) => {
      const { listCreatorNotes } = await import("../../services/creators/list-creator-notes.js");
      const notes = await onCreator(io, ref, (d, ws, id) => listCreatorNotes(d.db, ws, id));
      if (o.json) return io.stdout(`${JSON.stringify(notes, null, 2)}\n`);
      if (notes.length === 0) return io.stdout(`${ref} has no notes.\n`);
      io.stdout(
        notes
          .map((n) => `${n.createdAt.slice(0, 16).replace("T", " ")} UTC, ${n.author}:\n${indent(n.text)}\n`)
          .join("\n"),
      );
    });

  for (const [name, archived] of [
    ["archive", true],
    ["unarchive", false],
  ] as const)
    creators
      .command(name)
      .description(
        archived
          ? "take a creator off the list, keeping its data (vouch creators --archived lists it)"
          : "bring an archived creator back to the list",
      )
      .argument("<creator>", "platform:username or the creator's id")
      .action(async (ref: string) => {
        const { setCreatorArchived } = await import("../../services/creators/set-creator-archived.js");
        await onCreator(io, ref, (d, ws, id) => setCreatorArchived(d.db, ws, id, archived, io.now()));
        io.stdout(`${ref}: ${archived ? "archived" : "back on the list"}\n`);
      });

  creators
    .command("delete")
    .description("delete a creator with all of its data; without --yes, print what would go")
    .argument("<creator>", "platform:username or the creator's id")
    .option("--yes", "delete it: in one transaction, for good")
    .action(async (ref: string, o: { yes?: boolean }) => {
      const { CREATOR_DATA_TABLES, creatorDataWords } = await import(
        "../../services/creators/creator-data.js"
      );
      const service = o.yes
        ? (await import("../../services/creators/delete-creator.js")).deleteCreator
        : (await import("../../services/creators/count-creator-data.js")).countCreatorData;
      const summary = await onCreator(io, ref, (d, ws, id) => service(d.db, ws, id));
      const lines = CREATOR_DATA_TABLES.filter((t) => summary.rows[t] > 0 && t !== "creators").map(
        (t) => `  ${creatorDataWords(t, summary.rows[t])}`,
      );
      const what = `creator ${summary.creatorId} (${summary.accounts.join(", ")})`;
      if (o.yes) return io.stdout(`Deleted ${what}:\n${lines.join("\n")}\n`);
      io.stdout(`Deleting ${what} would remove:\n${lines.join("\n")}\n`);
      throw new VouchError(
        "invalid_input",
        `nothing deleted: run vouch creators delete ${ref} --yes to delete it`,
      );
    });

  creators
    .command("compare")
    .description("print the compare table of 2 to 4 creators as CSV (as the web app's compare page)")
    .argument("<creators...>", "platform:username or ids")
    .action(async (refs: string[]) => {
      if (refs.length < 2 || refs.length > 4)
        throw new VouchError("invalid_input", `compare 2 to 4 creators (${refs.length} given)`);
      const { getCreator } = await import("../../services/get-creator.js");
      const { compareCsv } = await import("../../report/compare-csv.js");
      const compared = await withDatabase(io, async (d) => {
        const ws = await localWorkspaceId(d.db);
        const out = [];
        for (const ref of refs) out.push(await getCreator(d.db, ws, await creatorIdOf(d, ws, ref)));
        return out;
      });
      io.stdout(forTerminal(compareCsv(compared)));
    });
}

function listQuery(o: ListOptions): CreatorQuery {
  if (o.status !== undefined && !(CREATOR_STATUSES as readonly string[]).includes(o.status))
    throw new VouchError(
      "invalid_input",
      `--status: "${o.status}" is not a status: one of ${CREATOR_STATUSES.join(", ")}`,
    );
  let archived: ArchivedFilter = "exclude";
  if (o.archived === true) archived = "include";
  else if (o.archived === "only") archived = "only";
  else if (o.archived !== undefined)
    throw new VouchError(
      "invalid_input",
      `--archived: "${o.archived}" is not "only"; leave it out to include them`,
    );
  const sort = o.sort === undefined ? undefined : CLI_SORTS[o.sort];
  if (o.sort !== undefined && sort === undefined)
    throw new VouchError(
      "invalid_input",
      `--sort: "${o.sort}" is not a sort: one of ${Object.keys(CLI_SORTS).join(", ")}`,
    );
  if ((sort === "fit" || sort === "priceInTarget" || sort === "candidate") && o.target === undefined)
    throw new VouchError("invalid_input", `--sort ${o.sort} needs --target <target>`);
  if (o.provisional !== undefined && o.provisional !== "last" && o.provisional !== "mixed")
    throw new VouchError("invalid_input", `--provisional: "${o.provisional}" is not "last" or "mixed"`);
  return {
    status: o.status as CreatorStatus | undefined,
    tag: o.tag,
    archived,
    // With a target the list is read for its best candidates; without one, by account.
    sort: sort ?? (o.target === undefined ? undefined : "candidate"),
    // Scores read best first, prices cheapest first.
    order: sort === undefined || sort === "priceInTarget" ? undefined : "desc",
    provisional: o.provisional as ProvisionalOrder | undefined,
  };
}

/** --sort's words → the list's sorts. */
const CLI_SORTS: Record<string, CreatorQuery["sort"]> = {
  trust: "trustScore",
  fit: "fit",
  price: "priceInTarget",
  candidate: "candidate",
};

/** A brand target of the workspace by its id or its name (case ignored). */
async function targetIdOf(d: Database, workspaceId: number, ref: string): Promise<number> {
  const { listBrandTargets } = await import("../../services/brand-targets/list-brand-targets.js");
  const targets = await listBrandTargets(d.db, workspaceId);
  const key = ref.trim().toLowerCase();
  const found = targets.find((t) => String(t.id) === key || t.name.toLowerCase() === key);
  if (found) return found.id;
  const known = targets.map((t) => `${t.id} ${t.name}`).join(", ");
  throw new VouchError(
    "not_found",
    `--target: no brand target "${ref}"${known ? ` (there are: ${known})` : "; add one with vouch targets add"}`,
  );
}

/**
 * The list as a table: each trust score with its confidence ("80 B · based on 80% of the
 * evidence"); with a target, the best candidate (score, band, each part), the fit with its
 * parts and confidence, and the price per 1,000 real followers in the target.
 */
function creatorsTable(items: CreatorSummary[], withTarget: boolean): string {
  const rows = items.map((c) => {
    const a = c.latestAudit;
    const f = c.fit;
    const k = c.candidate;
    return [
      c.account,
      `${STATUS_LABELS[c.status]}${c.archivedAt ? " (archived)" : ""}`,
      c.tags.join(", "),
      c.followers === null ? "?" : num(c.followers),
      num(c.posts),
      num(c.comments),
      a ? pct(a.medianRate) : "not audited",
      a ? pct(a.replyShare, 1) : "",
      a ? pct(a.genericShare, 1) : "",
      a?.trustScore == null ? "" : scoreWithConfidence(a.trustScore, a.scoreGrade, a.scoreCoverage),
      ...(withTarget
        ? [
            k
              ? `${k.score ?? "—"} ${CANDIDATE_BAND_LABELS[k.band]}: ${candidatePartsText(k)}${k.why ? ` (${k.why})` : ""}`
              : "",
            f?.fit == null
              ? "—"
              : `${f.fit} · from ${f.fitParts} part${f.fitParts === 1 ? "" : "s"}, ${evidenceWords(
                  f.fitCoverage ?? 0,
                  f.fitProvisional === true,
                )}`,
            f?.priceInTarget == null ? "—" : `${num(f.priceInTarget, 2)} ${f.currency ?? ""}`,
          ]
        : []),
    ];
  });
  const header = ["account", "status", "tags", "followers", "posts", "comments", "median ER"];
  return table(
    [
      ...header,
      "reply share",
      "generic",
      "trust score",
      ...(withTarget ? ["best candidate", "fit", "price per 1,000 real in target"] : []),
    ],
    rows,
  );
}

/** A creator's id from "instagram:name" or "12", within the workspace. */
export async function creatorIdOf(d: Database, workspaceId: number, ref: string): Promise<number> {
  if (/^[1-9][0-9]{0,9}$/.test(ref.trim())) return Number(ref.trim());
  const { findAccount } = await import("../../services/find-account.js");
  return (await findAccount(d.db, workspaceId, parseAccountKey(ref))).creator_id;
}

function onCreator<T>(
  io: CliIo,
  ref: string,
  work: (d: Database, workspaceId: number, creatorId: number) => Promise<T>,
): Promise<T> {
  return withDatabase(io, async (d) => {
    const ws = await localWorkspaceId(d.db);
    return work(d, ws, await creatorIdOf(d, ws, ref));
  });
}

/**
 * CSV for a terminal or a pipe: no byte-order mark and plain line feeds (runCli's inert
 * text would show each carriage return as \x0d). Spreadsheets read either.
 */
function forTerminal(csv: string): string {
  return csv.replace(/^\uFEFF/, "").replaceAll("\r\n", "\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}

/** Columns after the first are right-aligned (figures), or all left-aligned (words) with `left`. */
export function table(header: string[], rows: string[][], { left = false } = {}): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 || left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return `${[fmt(header), ...rows.map(fmt)].join("\n")}\n`;
}
