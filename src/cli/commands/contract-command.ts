// `vouch contract render <partnershipId> [--version n] --pdf <file> | --html <file>` writes
// a contract version (the newest unless --version): the PDF is the stored file itself,
// the accepted copy with its certificate page once accepted, so its SHA-256 is the one on
// record. `vouch contract verify <pdf>` says whether a PDF is a version this workspace
// issued, which, and whether it was accepted; a file that is not (or was changed) is an
// error (exit 1), so scripts can rely on the exit code.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { VouchError } from "../../core/errors.js";
import { localWorkspaceId } from "../../services/local-workspace.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";
import { checkTarget, target, writeAtomically } from "./report-command.js";

const whole = (name: string) => (v: string) => {
  if (!/^[1-9]\d{0,9}$/.test(v) || Number(v) > 2_147_483_647)
    throw new VouchError("invalid_input", `${name}: "${v}" is not an id`, { field: name });
  return Number(v);
};

export function registerContract(program: Command, io: CliIo) {
  const contract = program
    .command("contract")
    .description("partnership contracts: write a version, verify a PDF");
  contract
    .command("render")
    .description("write a contract version as its PDF (the stored file) or as one HTML file")
    .argument("<partnershipId>", "the partnership's id", whole("partnershipId"))
    .option("--version <n>", "the version number (default: the newest)", whole("--version"))
    .option("--pdf <file>", "write the PDF to this file, or into this folder")
    .option("--html <file>", "write the HTML to this file, or into this folder")
    .action(async (partnershipId: number, o: { version?: number; pdf?: string; html?: string }) => {
      if (!o.pdf && !o.html)
        throw new VouchError("invalid_input", "say where to write it: --pdf <file> or --html <file>", {
          field: "--pdf",
        });
      if (o.pdf) await checkTarget(o.pdf, "--pdf");
      if (o.html) await checkTarget(o.html, "--html");
      const { getContractVersion } = await import("../../services/contracts/get-contract-version.js");
      const { listContractVersions } = await import("../../services/contracts/list-contract-versions.js");
      const v = await withDatabase(io, async (d) => {
        const ws = await localWorkspaceId(d.db);
        const number = o.version ?? (await listContractVersions(d.db, ws, partnershipId))[0]?.number;
        if (number === undefined)
          throw new VouchError("not_found", `partnership ${partnershipId} has no contract version yet`);
        return getContractVersion(d.db, ws, partnershipId, number);
      });
      const name = `vouch-contract-${partnershipId}-v${v.number}`;
      const out: string[] = [];
      if (o.pdf) {
        const path = await target(o.pdf, `${name}.pdf`);
        await writeAtomically(path, v.pdf);
        const sha = v.acceptedPdfSha256 ?? v.pdfSha256;
        out.push(`wrote ${path}: version ${v.number} (${v.status}), SHA-256 ${sha}\n`);
      }
      if (o.html) {
        const { renderContractHtml } = await import("../../contract/render-contract-html.js");
        const path = await target(o.html, `${name}.html`);
        await writeAtomically(path, Buffer.from(await renderContractHtml(v.document), "utf8"));
        out.push(`wrote ${path}: version ${v.number} (${v.status})\n`);
      }
      io.stdout(out.join(""));
    });
  contract
    .command("verify")
    .description("is this PDF a contract version this workspace issued? which, and was it accepted?")
    .argument("<pdf>", "the PDF file")
    .action(async (file: string) => {
      const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
        throw new VouchError("invalid_input", `${file}: cannot be read (${err.code ?? err.message})`, {
          field: "pdf",
        });
      });
      const { verifyContractPdf } = await import("../../services/contracts/verify-contract-pdf.js");
      const verdict = await withDatabase(io, async (d) =>
        verifyContractPdf(d.db, await localWorkspaceId(d.db), bytes),
      );
      const m = verdict.match;
      if (!m)
        throw new VouchError(
          "not_found",
          `${file}: not a contract this workspace issued, or changed since (SHA-256 ${verdict.sha256})`,
        );
      const accepted =
        m.status === "accepted"
          ? `accepted by ${m.acceptedBy} at ${m.acceptedAt}`
          : `not accepted (${m.status})`;
      io.stdout(
        `${file}: partnership ${m.partnershipId}, version ${m.version}, the ${m.copy} copy; ${accepted}\nSHA-256 ${verdict.sha256}\n`,
      );
    });
}
