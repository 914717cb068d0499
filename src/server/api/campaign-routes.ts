// /api/v1/campaigns and /api/v1/partnerships (issue 15): campaigns with a goal whose call
// to action follows from it, a partnership per creator with its status moves and
// timeline, and the check of a partnership's contract trail. Everyone in the workspace
// reads; owners and members write. Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { CALLS_TO_ACTION, PARTNERSHIP_STATUSES } from "../../core/campaign.js";
import { addPartnership } from "../../services/campaigns/add-partnership.js";
import { campaignInputSchema } from "../../services/campaigns/campaign-input.js";
import { createCampaign } from "../../services/campaigns/create-campaign.js";
import { getCampaign } from "../../services/campaigns/get-campaign.js";
import { getPartnershipTimeline } from "../../services/campaigns/get-partnership-timeline.js";
import { listCampaigns } from "../../services/campaigns/list-campaigns.js";
import { setPartnershipStatus } from "../../services/campaigns/set-partnership-status.js";
import { verifyTrail } from "../../services/campaigns/verify-trail.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { callerName } from "./caller-name.js";
import { ErrorSchema, errorResponses, id, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];
const CampaignIdParam = z.object({ campaignId: id("campaignId") });
const PartnershipIdParam = z.object({ partnershipId: id("partnershipId") });

// Re-made with this module's z, so that it carries .openapi() (see brand-target-routes.ts).
const CampaignInputSchema = z.object(campaignInputSchema.shape).openapi("CampaignInput", {
  description:
    "A campaign. Days as YYYY-MM-DD; budget in minor units (cents) of currency (ISO 4217); goal sell | visits | following | awareness; kpis name metrics of the goal (sell: sales, revenue, clicks; visits: clicks; following: new_followers; awareness: reach); landingUrl is required when the goal counts clicks.",
});

const CampaignSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    brandTargetId: z.number().int().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    budget: z.number().int().nullable(),
    currency: z.string(),
    goal: z.string(),
    kpis: z.array(z.object({ metric: z.string(), target: z.number() })),
    callToAction: z.array(z.enum(CALLS_TO_ACTION)),
    landingUrl: z.string().nullable(),
    products: z.array(z.string()),
  })
  .openapi("Campaign");

const CampaignDetailSchema = CampaignSchema.extend({
  partnerships: z.array(
    z.object({
      id: z.number().int(),
      creatorId: z.number().int(),
      account: z.string().nullable(),
      status: z.enum(PARTNERSHIP_STATUSES),
      updatedAt: z.string(),
    }),
  ),
}).openapi("CampaignDetail");

const PartnershipSchema = z
  .object({ id: z.number().int(), status: z.enum(PARTNERSHIP_STATUSES) })
  .openapi("Partnership");

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/v1/campaigns",
    operationId: "listCampaigns",
    summary: "The workspace's campaigns, newest first, with partnership counts by status",
    security,
    responses: {
      200: jsonContent(
        z.object({
          items: z.array(
            z.object({
              id: z.number().int(),
              name: z.string(),
              goal: z.string(),
              startsOn: z.string(),
              endsOn: z.string(),
              partnerships: z.record(z.string(), z.number()),
            }),
          ),
        }),
        "campaigns",
      ),
      ...errorResponses,
    },
  }),
  create: createRoute({
    method: "post",
    path: "/api/v1/campaigns",
    operationId: "createCampaign",
    summary: "Start a campaign (owners and members); its call to action follows from the goal",
    security,
    request: { body: { content: { "application/json": { schema: CampaignInputSchema } }, required: true } },
    responses: {
      201: jsonContent(CampaignSchema, "the new campaign"),
      ...errorResponses,
      409: jsonContent(ErrorSchema, "a campaign of that name exists already"),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/v1/campaigns/{campaignId}",
    operationId: "getCampaign",
    summary: "One campaign with its partnerships",
    security,
    request: { params: CampaignIdParam },
    responses: { 200: jsonContent(CampaignDetailSchema, "the campaign"), ...errorResponses },
  }),
  addPartnership: createRoute({
    method: "post",
    path: "/api/v1/campaigns/{campaignId}/partnerships",
    operationId: "addPartnership",
    summary: "Propose a partnership with a creator of the workspace (owners and members)",
    security,
    request: {
      params: CampaignIdParam,
      body: {
        content: {
          "application/json": {
            schema: z.object({ creatorId: z.number().int().positive().max(2_147_483_647) }),
          },
        },
        required: true,
      },
    },
    responses: {
      201: jsonContent(PartnershipSchema, "the partnership, proposed"),
      ...errorResponses,
      409: jsonContent(ErrorSchema, "the creator is in the campaign already"),
    },
  }),
  setStatus: createRoute({
    method: "post",
    path: "/api/v1/partnerships/{partnershipId}/status",
    operationId: "setPartnershipStatus",
    summary: "Move a partnership on (owners and members); 409 names the moves it can make",
    security,
    request: {
      params: PartnershipIdParam,
      body: {
        content: {
          "application/json": {
            schema: z.object({
              status: z.enum(PARTNERSHIP_STATUSES),
              note: z.string().max(2000).nullable().default(null),
            }),
          },
        },
        required: true,
      },
    },
    responses: {
      200: jsonContent(PartnershipSchema, "the partnership"),
      ...errorResponses,
      409: jsonContent(ErrorSchema, "the partnership cannot make that move"),
    },
  }),
  timeline: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/timeline",
    operationId: "getPartnershipTimeline",
    summary: "Every status change of a partnership, in order",
    security,
    request: { params: PartnershipIdParam },
    responses: {
      200: jsonContent(
        z.object({
          items: z.array(
            z.object({
              at: z.string(),
              actor: z.string(),
              from: z.string().nullable(),
              to: z.string(),
              note: z.string().nullable(),
            }),
          ),
        }),
        "the timeline",
      ),
      ...errorResponses,
    },
  }),
  verifyTrail: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/trail",
    operationId: "verifyContractTrail",
    summary: "Is the partnership's contract trail whole? Entries counted, the first break named",
    security,
    request: { params: PartnershipIdParam },
    responses: {
      200: jsonContent(
        z.object({
          entries: z.number().int(),
          broken: z
            .object({ seq: z.number().int(), problem: z.enum(["edited", "missing", "relinked"]) })
            .nullable(),
        }),
        "the check",
      ),
      ...errorResponses,
    },
  }),
};

export function registerCampaignRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(routes.list, async (c) => {
    const caller = requireCaller(c, "read");
    return c.json({ items: await listCampaigns(c.var.deps.db, caller.workspaceId) }, 200);
  });
  app.openapi(routes.create, async (c) => {
    const input = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(await createCampaign(db, caller.workspaceId, caller.userId, input, now()), 201);
  });
  app.openapi(routes.get, async (c) => {
    const { campaignId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(await getCampaign(c.var.deps.db, caller.workspaceId, campaignId), 200);
  });
  app.openapi(routes.addPartnership, async (c) => {
    const { campaignId } = c.req.valid("param");
    const { creatorId } = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(
      await addPartnership(db, caller.workspaceId, campaignId, creatorId, callerName(caller), now()),
      201,
    );
  });
  app.openapi(routes.setStatus, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const { status, note } = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(
      await setPartnershipStatus(
        db,
        caller.workspaceId,
        partnershipId,
        status,
        callerName(caller),
        note,
        now(),
      ),
      200,
    );
  });
  app.openapi(routes.timeline, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(
      { items: await getPartnershipTimeline(c.var.deps.db, caller.workspaceId, partnershipId) },
      200,
    );
  });
  app.openapi(routes.verifyTrail, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(await verifyTrail(c.var.deps.db, caller.workspaceId, partnershipId), 200);
  });
}
