// /api/v1/creators: list (search, filters, sort, paging), one creator, its audit
// history, running a new audit, and its report as a PDF. Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { auditAccount } from "../../services/audit-account.js";
import { getCreator } from "../../services/get-creator.js";
import { getAudit, listAudits } from "../../services/list-audits.js";
import { listCreators } from "../../services/list-creators.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { pdfHeaders, reportPdfFor } from "../report-source.js";
import {
  AuditHistorySchema,
  AuditIdParam,
  AuditSchema,
  CreatorDetailSchema,
  CreatorIdParam,
  CreatorListQuery,
  CreatorListSchema,
  ErrorSchema,
  errorResponses,
  jsonContent,
} from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const list = createRoute({
  method: "get",
  path: "/api/v1/creators",
  operationId: "listCreators",
  summary: "Creators of the workspace, with their latest audit's headline figures",
  security,
  request: { query: CreatorListQuery },
  responses: { 200: jsonContent(CreatorListSchema, "a page of creators"), ...errorResponses },
});

const get = createRoute({
  method: "get",
  path: "/api/v1/creators/{creatorId}",
  operationId: "getCreator",
  summary: "One creator with its profile and latest audit",
  security,
  request: { params: CreatorIdParam },
  responses: { 200: jsonContent(CreatorDetailSchema, "the creator"), ...errorResponses },
});

const history = createRoute({
  method: "get",
  path: "/api/v1/creators/{creatorId}/audits",
  operationId: "listAudits",
  summary: "The creator's audits, newest first",
  security,
  request: { params: CreatorIdParam },
  responses: { 200: jsonContent(AuditHistorySchema, "audit history"), ...errorResponses },
});

const run = createRoute({
  method: "post",
  path: "/api/v1/creators/{creatorId}/audits",
  operationId: "runAudit",
  summary: "Audit the creator now from its stored data, and store the result",
  security,
  request: { params: CreatorIdParam },
  responses: { 201: jsonContent(AuditSchema, "the new audit"), ...errorResponses },
});

/** A binary PDF document. */
const PdfSchema = z.string().openapi({ format: "binary" });

const report = createRoute({
  method: "get",
  path: "/api/v1/creators/{creatorId}/report.pdf",
  operationId: "getCreatorReportPdf",
  summary: "The creator report of the latest stored audit, as a PDF (A4)",
  description:
    "The same report as the web app's report page: trust score, headline figures, charts, example comments and reply threads, audience classes, the method version and the data's time range. Answered as a download (Content-Disposition: attachment; filename vouch-report-<username>-<YYYY-MM-DD>.pdf, the day the audit was computed). 409 when the creator has no audit yet: run one with POST /api/v1/creators/{creatorId}/audits.",
  security,
  request: { params: CreatorIdParam },
  responses: {
    200: {
      content: { "application/pdf": { schema: PdfSchema } },
      description: "the report as a PDF document",
    },
    ...errorResponses,
    409: jsonContent(ErrorSchema, "the creator has not been audited yet"),
  },
});

const one = createRoute({
  method: "get",
  path: "/api/v1/audits/{auditId}",
  operationId: "getAudit",
  summary: "One stored audit with its full result",
  security,
  request: { params: AuditIdParam },
  responses: { 200: jsonContent(AuditSchema, "the audit"), ...errorResponses },
});

export function registerCreatorRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const q = c.req.valid("query");
    const caller = requireCaller(c, "read");
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const result = await listCreators(c.var.deps.db, caller.workspaceId, { ...q, page, pageSize });
    return c.json({ ...result, page, pageSize }, 200);
  });

  app.openapi(get, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(await getCreator(c.var.deps.db, caller.workspaceId, creatorId), 200);
  });

  app.openapi(history, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json({ items: await listAudits(c.var.deps.db, caller.workspaceId, creatorId) }, 200);
  });

  app.openapi(run, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    const audit = await auditAccount(db, caller.workspaceId, { creatorId }, { now: now() });
    return c.json(await getAudit(db, caller.workspaceId, audit.id), 201);
  });

  app.openapi(report, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const { pdf, fileName } = await reportPdfFor(c.var.deps.db, caller.workspaceId, creatorId);
    return c.body(new Uint8Array(pdf), 200, pdfHeaders(fileName));
  });

  app.openapi(one, async (c) => {
    const { auditId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(await getAudit(c.var.deps.db, caller.workspaceId, auditId), 200);
  });
}
