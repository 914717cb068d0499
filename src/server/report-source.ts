// The creator report for the web app, shared by the report page, its PDF download and
// the API's report.pdf: the latest stored audit (get-report-data.ts) as the report
// model, and that model as a PDF with its download headers. No audit yet: no model; the
// PDF then answers 409 conflict, saying to run the audit first.
import type { Kysely } from "kysely";
import { VouchError } from "../core/errors.js";
import type { DB } from "../db/schema.js";
import { renderReportPdf } from "../report/render-report-pdf.js";
import { buildReportModel, reportFileName } from "../report/report-model.js";
import { getReportData } from "../services/get-report-data.js";

export async function reportModelFor(db: Kysely<DB>, workspaceId: number, creatorId: number) {
  const data = await getReportData(db, workspaceId, { creatorId });
  return { data, model: data.report ? buildReportModel(data.report) : null };
}

export async function reportPdfFor(db: Kysely<DB>, workspaceId: number, creatorId: number) {
  const { data, model } = await reportModelFor(db, workspaceId, creatorId);
  if (!model)
    throw new VouchError(
      "conflict",
      `creator ${creatorId} (${data.account}) has not been audited yet, so there is no report; run the audit first`,
      { creatorId },
    );
  return { pdf: await renderReportPdf(model), fileName: reportFileName(model, "pdf") };
}

/** The headers of a PDF download: a safe file name (reportFileName) and no caching of private data. */
export function pdfHeaders(fileName: string): Record<string, string> {
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
  };
}
