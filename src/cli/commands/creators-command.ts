// `vouch creators`: what is stored, with the latest audit's headline figures.
import type { Command } from "commander";
import { localWorkspaceId } from "../../services/local-workspace.js";
import { num, pct } from "../format.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";

export function registerCreators(program: Command, io: CliIo) {
  program
    .command("creators")
    .description("list stored accounts with their latest audit")
    .option("--json", "print as JSON")
    .action(async (o: { json?: boolean }) => {
      const { listCreators } = await import("../../services/list-creators.js");
      const { items: creators } = await withDatabase(io, async (d) =>
        listCreators(d.db, await localWorkspaceId(d.db)),
      );
      if (o.json) return io.stdout(`${JSON.stringify(creators, null, 2)}\n`);
      if (creators.length === 0) return io.stdout("No creators stored yet: vouch import <files or folder>\n");
      const rows = creators.map((c) => [
        c.account,
        c.followers === null ? "?" : num(c.followers),
        num(c.posts),
        num(c.comments),
        c.latestAudit ? pct(c.latestAudit.medianRate) : "not audited",
        c.latestAudit ? pct(c.latestAudit.replyShare, 1) : "",
        c.latestAudit ? pct(c.latestAudit.genericShare, 1) : "",
        c.latestAudit?.trustScore == null ? "" : `${c.latestAudit.trustScore} (${c.latestAudit.scoreGrade})`,
      ]);
      io.stdout(
        table(
          ["account", "followers", "posts", "comments", "median ER", "reply share", "generic", "trust score"],
          rows,
        ),
      );
    });
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return `${[fmt(header), ...rows.map(fmt)].join("\n")}\n`;
}
