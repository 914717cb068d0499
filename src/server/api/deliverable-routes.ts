// /api/v1/partnerships/{partnershipId}/deliverables (issue 15): the pieces of content an
// accepted contract asks for, stored at acceptance, with where each stands. Everyone in
// the workspace reads; the delivery issue (16) adds the routes that move them on.
// Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { CONTRACT_PLATFORMS, DELIVERABLE_KINDS } from "../../core/contract-terms.js";
import { DELIVERABLE_STATUSES } from "../../core/deliverable-status.js";
import { listDeliverables } from "../../services/contracts/list-deliverables.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { errorResponses, id, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];
const day = z.string().describe("YYYY-MM-DD");

const DeliverableSchema = z
  .object({
    id: z.number().int(),
    number: z.number().int().describe("1-based within the contract, in the order of the terms"),
    contractVersion: z.number().int().describe("the accepted version it was made from"),
    platform: z.enum(CONTRACT_PLATFORMS),
    kind: z.enum(DELIVERABLE_KINDS),
    ofTerm: z
      .object({ index: z.number().int(), count: z.number().int() })
      .describe("2 of 3: the second of three reels of one term"),
    frames: z.number().int().nullable().describe("frames per story; null for other kinds"),
    draftDue: day.nullable().describe("the draft is sent for approval by this day; null: no approval step"),
    goLive: day.describe("live on or before this day"),
    upUntil: day.nullable().describe("the first day it may come down; null: no minimum"),
    highlightUntil: day.nullable().describe("a story's highlight lasts until this day"),
    linkSticker: z.boolean(),
    disclosure: z.object({
      wording: z.string().describe("the label, e.g. #ad"),
      placement: z.array(z.string()).describe("where the label goes, in plain words"),
    }),
    mentions: z.array(z.string()),
    hashtags: z.array(z.string()),
    links: z.array(z.string()),
    codes: z.array(z.string()),
    status: z.enum(DELIVERABLE_STATUSES).describe("where it stands after the last check (docs/delivery.md)"),
    post: z
      .object({
        accountId: z.number().int(),
        postId: z.string().describe("the platform's id of the post"),
        by: z.enum(["rule", "hand"]),
        reasons: z.array(z.string()).describe('what matched, e.g. "code ANNA15"'),
        postedAt: z.string().nullable(),
      })
      .nullable()
      .describe("the post that fulfils it; null before one is matched"),
    problems: z
      .array(
        z.object({
          code: z.enum([
            "not_posted",
            "posted_late",
            "removed_early",
            "disclosure",
            "missing_items",
            "agreed_wording",
          ]),
          message: z.string(),
          holdsPay: z.boolean().describe("pay is held while this stands"),
        }),
      )
      .describe("what the last check found"),
    checkedAt: z.string().nullable().describe("when it was last checked"),
  })
  .openapi("Deliverable");

const list = createRoute({
  method: "get",
  path: "/api/v1/partnerships/{partnershipId}/deliverables",
  operationId: "listDeliverables",
  summary: "The accepted contract's deliverables, one per piece of content, in the contract's order",
  description: "Empty until a version of the contract is accepted.",
  security,
  request: { params: z.object({ partnershipId: id("partnershipId") }) },
  responses: {
    200: jsonContent(z.object({ items: z.array(DeliverableSchema) }), "the deliverables"),
    ...errorResponses,
  },
});

export function registerDeliverableRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json({ items: await listDeliverables(c.var.deps.db, caller.workspaceId, partnershipId) }, 200);
  });
}
