// `vouch report platform:username [--pdf <file>] [--html <file>]`: the creator report of
// the latest stored audit (audited now, and stored, when there is none yet, as `vouch
// audit` would), written as a PDF and/or a standalone HTML file; without either, a
// short text summary. A file is written next to its target and renamed into place, so a
// failure never leaves half a report; an existing file is replaced, and an existing
// folder gets the report under its usual name (vouch-report-<username>-<YYYY-MM-DD>.pdf).
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { parseAccountKey } from "../../core/account-key.js";
import { VouchError } from "../../core/errors.js";
import type { ReportModel } from "../../report/report-types.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";

export function registerReport(program: Command, io: CliIo) {
  program
    .command("report")
    .description("the creator report of the latest audit: a PDF, an HTML file, or a summary")
    .argument("<account>", "platform:username, e.g. instagram:some_creator")
    .option("--pdf <file>", "write the report as a PDF (A4) to this file, or into this folder")
    .option("--html <file>", "write the report as one HTML file (styles inlined), or into this folder")
    .action(async (key: string, o: { pdf?: string; html?: string }) => {
      const ref = parseAccountKey(key);
      // Refuse a path that cannot be written before auditing anything.
      if (o.pdf) await checkTarget(o.pdf, "--pdf");
      if (o.html) await checkTarget(o.html, "--html");
      const { getReportData } = await import("../../services/get-report-data.js");
      const { buildReportModel, reportFileName } = await import("../../report/report-model.js");
      let auditedNow = false;
      const data = await withDatabase(io, async (d) => {
        const workspaceId = await localWorkspaceId(d.db);
        const stored = await getReportData(d.db, workspaceId, ref);
        if (stored.report) return stored;
        const { auditAccount } = await import("../../services/audit-account.js");
        await auditAccount(d.db, workspaceId, ref, { now: io.now() });
        auditedNow = true;
        return getReportData(d.db, workspaceId, ref);
      });
      if (!data.report) throw new Error(`the audit of ${data.account} was not stored`);
      const model = buildReportModel(data.report);
      // Printed at the end: a failing command prints nothing on stdout (docs/cli.md).
      const out: string[] = auditedNow
        ? [`${data.account} had no stored audit: audited it now (stored).\n`]
        : [];
      if (!o.pdf && !o.html) out.push(summary(model));
      if (o.pdf) {
        const { renderReportPdf } = await import("../../report/render-report-pdf.js");
        const path = await target(o.pdf, reportFileName(model, "pdf"));
        const bytes = await renderReportPdf(model);
        await writeAtomically(path, bytes);
        out.push(`wrote ${path} (${kb(bytes.length)}): ${headline(model)}\n`);
      }
      if (o.html) {
        const { renderReportHtml } = await import("../../report/render-report-html.js");
        const path = await target(o.html, reportFileName(model, "html"));
        const text = Buffer.from(await renderReportHtml(model), "utf8");
        await writeAtomically(path, text);
        out.push(`wrote ${path} (${kb(text.length)}): ${headline(model)}\n`);
      }
      io.stdout(out.join(""));
    });
}

/** The report's top line: name, score with its confidence, and median ER. */
function headline(m: ReportModel): string {
  const score = m.headline.score;
  const er = m.headline.figures.find((f) => f.id === "median-er");
  return [
    `${m.title}, audit ${m.methodVersion} of ${m.computedOn}`,
    score
      ? `trust score ${score.value}${score.grade ? ` (${score.grade})` : ""}${
          score.value.endsWith("/ 100") ? `, ${score.confidence}` : ""
        }`
      : null,
    er ? `median ER ${er.value}` : null,
  ]
    .filter(Boolean)
    .join("; ");
}

function summary(m: ReportModel): string {
  const out = [
    `CREATOR REPORT: ${m.title}, ${m.account}`,
    `Audit ${m.methodVersion} computed ${m.computedOn}; data: ${m.dataRange.text}`,
    "",
  ];
  const s = m.headline.score;
  if (s) {
    out.push(
      `  Trust score  ${s.value}${s.grade ? `  grade ${s.grade}` : ""}${s.change ? `  (${s.change})` : ""}`,
    );
    out.push(`               ${s.confidence}`, `               ${s.caption}`);
  }
  for (const f of m.headline.facts)
    out.push(`  ${f.label.padEnd(11)}  ${f.value}${f.note ? `  (${f.note})` : ""}`);
  out.push("", "HEADLINE FIGURES");
  const width = Math.max(...m.headline.figures.map((f) => f.label.length));
  for (const f of m.headline.figures)
    out.push(`  ${f.label.padEnd(width)}  ${f.value.padEnd(16)}  ${f.note}`.trimEnd());
  out.push(
    "",
    `Sections: ${m.sections.map((x) => x.title).join(", ")}.`,
    `Write the whole report with --pdf <file> or --html <file>.`,
    "",
  );
  return out.join("\n");
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** A file in an existing folder, or an existing folder; else a user error naming the option. */
export async function checkTarget(path: string, option: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return;
  const folder = await stat(dirname(resolve(path))).catch(() => null);
  if (!folder?.isDirectory())
    throw new VouchError("invalid_input", `${option} ${path}: the folder ${dirname(path)} does not exist`, {
      field: option,
    });
}

/** The file to write: the path itself, or the default name inside it when it is a folder. */
export async function target(path: string, defaultName: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  return info?.isDirectory() ? join(path, defaultName) : path;
}

/** Writes next to the target, then renames over it: a failed write leaves nothing behind. */
export async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EROFS"
          ? "the file system is read-only"
          : code === "ENOSPC"
            ? "no space left on the device"
            : code === "EISDIR"
              ? "it is a folder"
              : (err as Error).message;
    throw new VouchError("invalid_input", `cannot write ${path}: ${why}`, { path });
  }
}
