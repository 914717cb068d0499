// /api/v1/partnerships/{partnershipId}/contract/versions (issue 15): a brand issues
// versions of a partnership's contract from structured terms, lists them, and reads one
// as JSON, as the PDF the creator signs and as a standalone HTML page. Everyone in the
// workspace reads; owners and members issue. Each handler: parse → authorise → service →
// answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { renderContractHtml } from "../../contract/render-contract-html.js";
import { contractTermsSchema } from "../../services/contracts/contract-terms-input.js";
import { getContractVersion } from "../../services/contracts/get-contract-version.js";
import { issueContractVersion } from "../../services/contracts/issue-contract-version.js";
import { listContractVersions } from "../../services/contracts/list-contract-versions.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { trailActor } from "../trail-actor.js";
import { callerName } from "./caller-name.js";
import { ErrorSchema, errorResponses, id, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];
const PartnershipIdParam = z.object({ partnershipId: id("partnershipId") });
const VersionParam = PartnershipIdParam.extend({ versionNumber: id("versionNumber") });

// Re-made with this module's z, so that it carries .openapi() (see brand-target-routes.ts).
const TermsSchema = z.object(contractTermsSchema.shape).openapi("ContractTerms", {
  description:
    "Every term of a contract (src/core/contract-terms.ts). Days as YYYY-MM-DD; money as {amount (minor units), currency (ISO 4217)}; deliverables per platform and kind with count, frames (stories), media, creatorShare/productShare (adding up to 100), draftDue, goLive, minDaysLive, highlightDays (stories), linkSticker (Instagram stories); content rules; compensation (fee, visit, product, commission); payment instalments adding up to the fee; usage rights with an expiry; exclusivity; disclosure (FTC, ASA/CAP and a clear wording such as #ad); cancellation.",
});

const IssueSchema = z.object({ terms: TermsSchema }).openapi("ContractVersionInput");

const SummarySchema = z
  .object({
    partnershipId: z.number().int(),
    number: z.number().int(),
    status: z.enum(["issued", "superseded", "accepted"]),
    createdBy: z.string(),
    createdAt: z.string(),
    pdfSha256: z.string().describe("SHA-256 of the issued PDF"),
    acceptedBy: z.string().nullable().describe("the full name the creator typed to accept"),
    acceptedAt: z.string().nullable(),
    acceptedPdfSha256: z
      .string()
      .nullable()
      .describe("SHA-256 of the accepted PDF, certificate page included"),
  })
  .openapi("ContractVersionSummary");

const IssuedSchema = z
  .object({
    partnershipId: z.number().int(),
    number: z.number().int(),
    status: z.literal("issued"),
    pdfSha256: z.string(),
    createdAt: z.string(),
    warnings: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .openapi("IssuedContractVersion");

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/contract/versions",
    operationId: "listContractVersions",
    summary: "Every version of the partnership's contract, newest first",
    security,
    request: { params: PartnershipIdParam },
    responses: {
      200: jsonContent(z.object({ items: z.array(SummarySchema) }), "the versions"),
      ...errorResponses,
    },
  }),
  issue: createRoute({
    method: "post",
    path: "/api/v1/partnerships/{partnershipId}/contract/versions",
    operationId: "issueContractVersion",
    summary:
      "Issue a version of the contract (owners and members): terms checked, PDF made, the partnership sent",
    description:
      "Every broken rule comes in one 400, each at its path (terms.deliverables.1.goLive). Warnings (a link sticker for a creator at or under 10,000 followers) come back in the answer. 409 once a version was accepted: the contract is final.",
    security,
    request: {
      params: PartnershipIdParam,
      body: { content: { "application/json": { schema: IssueSchema } }, required: true },
    },
    responses: {
      201: jsonContent(IssuedSchema, "the version issued"),
      ...errorResponses,
      409: jsonContent(ErrorSchema, "the contract is accepted already"),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/contract/versions/{versionNumber}",
    operationId: "getContractVersion",
    summary: "One version with its terms",
    security,
    request: { params: VersionParam },
    responses: {
      200: jsonContent(SummarySchema.extend({ terms: TermsSchema }), "the version"),
      ...errorResponses,
    },
  }),
  pdf: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/contract/versions/{versionNumber}/pdf",
    operationId: "getContractVersionPdf",
    summary: "The version as a PDF: the accepted copy (with its certificate page) once accepted",
    security,
    request: { params: VersionParam },
    responses: {
      200: {
        content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        description: "the PDF, byte for byte the file whose SHA-256 is stored",
      },
      ...errorResponses,
    },
  }),
  html: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/contract/versions/{versionNumber}/html",
    operationId: "getContractVersionHtml",
    summary: "The version as one standalone HTML page (styles inlined)",
    security,
    request: { params: VersionParam },
    responses: {
      200: { content: { "text/html": { schema: z.string() } }, description: "the document" },
      ...errorResponses,
    },
  }),
};

function fileName(partnershipId: number, number: number, ext: string): string {
  return `vouch-contract-${partnershipId}-v${number}.${ext}`;
}

export function registerContractRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(routes.list, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(
      { items: await listContractVersions(c.var.deps.db, caller.workspaceId, partnershipId) },
      200,
    );
  });
  app.openapi(routes.issue, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const { terms } = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    const actor = trailActor(c, caller.workspaceId, callerName(caller));
    return c.json(
      await issueContractVersion(db, caller.workspaceId, partnershipId, terms, actor, now()),
      201,
    );
  });
  app.openapi(routes.get, async (c) => {
    const { partnershipId, versionNumber } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const {
      terms,
      document: _document,
      pdf: _pdf,
      ...summary
    } = await getContractVersion(c.var.deps.db, caller.workspaceId, partnershipId, versionNumber);
    return c.json({ ...summary, terms }, 200);
  });
  app.openapi(routes.pdf, async (c) => {
    const { partnershipId, versionNumber } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const v = await getContractVersion(c.var.deps.db, caller.workspaceId, partnershipId, versionNumber);
    return c.body(new Uint8Array(v.pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName(partnershipId, versionNumber, "pdf")}"`,
      "Cache-Control": "private, no-store",
    });
  });
  app.openapi(routes.html, async (c) => {
    const { partnershipId, versionNumber } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const v = await getContractVersion(c.var.deps.db, caller.workspaceId, partnershipId, versionNumber);
    return c.body(await renderContractHtml(v.document), 200, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
    });
  });
}
