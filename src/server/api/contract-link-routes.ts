// /api/v1 routes around a contract's review (issue 15): the review link a brand sends
// the creator (made once, shown once; revoked), the changes the creator proposed beside
// the terms' values, and the check of a PDF: is it a version this workspace issued,
// which, and was it accepted. Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { VouchError } from "../../core/errors.js";
import { createContractLink } from "../../services/contracts/create-contract-link.js";
import { listContractProposals } from "../../services/contracts/list-contract-proposals.js";
import { revokeContractLink } from "../../services/contracts/revoke-contract-link.js";
import { verifyContractPdf } from "../../services/contracts/verify-contract-pdf.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { trailActor } from "../trail-actor.js";
import { callerName } from "./caller-name.js";
import { ErrorSchema, errorResponses, id, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];
const PartnershipIdParam = z.object({ partnershipId: id("partnershipId") });
const LinkParam = PartnershipIdParam.extend({ linkId: id("linkId") });

const routes = {
  createLink: createRoute({
    method: "post",
    path: "/api/v1/partnerships/{partnershipId}/contract/links",
    operationId: "createContractLink",
    summary: "Make the link the creator reviews and accepts the contract by, no account needed (shown once)",
    security,
    request: {
      params: PartnershipIdParam,
      body: {
        content: {
          "application/json": {
            schema: z.object({ expiresInDays: z.number().int().min(1).max(90).nullable().default(null) }),
          },
        },
        required: true,
      },
    },
    responses: {
      201: jsonContent(
        z.object({
          id: z.number().int(),
          expiresAt: z.string(),
          token: z.string(),
          url: z.string().describe("<origin>/contract/<token>: send it to the creator"),
        }),
        "the link, whose token is not shown again",
      ),
      ...errorResponses,
      409: jsonContent(ErrorSchema, "no version issued yet"),
    },
  }),
  revokeLink: createRoute({
    method: "delete",
    path: "/api/v1/partnerships/{partnershipId}/contract/links/{linkId}",
    operationId: "revokeContractLink",
    summary: "Withdraw a review link: it answers 404 from then on, like an unknown one",
    security,
    request: { params: LinkParam },
    responses: {
      200: jsonContent(z.object({ id: z.number().int(), revokedAt: z.string() }), "revoked"),
      ...errorResponses,
    },
  }),
  proposals: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/contract/proposals",
    operationId: "listContractProposals",
    summary: "The changes the creator proposed, each beside the term's value then and now",
    security,
    request: { params: PartnershipIdParam },
    responses: {
      200: jsonContent(
        z.object({
          items: z.array(
            z.object({
              version: z.number().int(),
              field: z.string(),
              label: z.string(),
              was: z.string().nullable(),
              proposed: z.string(),
              comment: z.string(),
              at: z.string(),
              now: z.object({ version: z.number().int(), value: z.string().nullable() }).nullable(),
            }),
          ),
        }),
        "the proposals, newest first",
      ),
      ...errorResponses,
    },
  }),
  verify: createRoute({
    method: "post",
    path: "/api/v1/contracts/verify",
    operationId: "verifyContractPdf",
    summary: "Is this PDF a contract this workspace issued? Which version, and was it accepted?",
    description:
      "Send the file as the body (Content-Type: application/pdf). Matched by its SHA-256 against the issued and the accepted copies: one byte changed is no match.",
    security,
    request: {
      body: {
        content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        required: true,
      },
    },
    responses: {
      200: jsonContent(
        z.object({
          sha256: z.string(),
          match: z
            .object({
              partnershipId: z.number().int(),
              version: z.number().int(),
              copy: z.enum(["issued", "accepted"]),
              status: z.enum(["issued", "superseded", "accepted"]),
              acceptedBy: z.string().nullable(),
              acceptedAt: z.string().nullable(),
            })
            .nullable(),
        }),
        "the verdict; match null: not a file this workspace issued, or changed since",
      ),
      ...errorResponses,
    },
  }),
};

export function registerContractLinkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(routes.createLink, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const { expiresInDays } = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now, publicUrl } = c.var.deps;
    const actor = trailActor(c, caller.workspaceId, callerName(caller));
    const link = await createContractLink(db, caller.workspaceId, partnershipId, expiresInDays, actor, {
      now: now(),
      origin: linkOrigin(publicUrl, c.req.url),
    });
    return c.json(link, 201);
  });
  app.openapi(routes.revokeLink, async (c) => {
    const { partnershipId, linkId } = c.req.valid("param");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    const actor = trailActor(c, caller.workspaceId, callerName(caller));
    return c.json(await revokeContractLink(db, caller.workspaceId, partnershipId, linkId, actor, now()), 200);
  });
  app.openapi(routes.proposals, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(
      { items: await listContractProposals(c.var.deps.db, caller.workspaceId, partnershipId) },
      200,
    );
  });
  app.openapi(routes.verify, async (c) => {
    const caller = requireCaller(c, "read");
    if (!/^application\/pdf\b/.test(c.req.header("content-type") ?? ""))
      throw new VouchError(
        "unsupported_media_type",
        "send the PDF as the body, Content-Type: application/pdf",
      );
    const pdf = new Uint8Array(await c.req.arrayBuffer());
    if (pdf.length === 0) throw new VouchError("invalid_input", "file: the body is empty", { field: "file" });
    return c.json(await verifyContractPdf(c.var.deps.db, caller.workspaceId, pdf), 200);
  });
}
