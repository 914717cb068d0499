// /api/v1/brand-targets: the workspace's target audiences (countries, cities, age and
// income bands, gender split, niches, languages). Everyone in the workspace reads;
// owners and members write. Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { AGE_BANDS, GENDERS, INCOME_BANDS } from "../../core/media-kit.js";
import { brandTargetSchema } from "../../ingest/media-kit-schema.js";
import { NICHE_CHOICES } from "../../services/brand-targets/brand-target-input.js";
import { createBrandTarget } from "../../services/brand-targets/create-brand-target.js";
import { deleteBrandTarget } from "../../services/brand-targets/delete-brand-target.js";
import { getBrandTarget } from "../../services/brand-targets/get-brand-target.js";
import { listBrandTargets } from "../../services/brand-targets/list-brand-targets.js";
import { updateBrandTarget } from "../../services/brand-targets/update-brand-target.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { ErrorSchema, errorResponses, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const TargetIdParam = z.object({
  targetId: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name: "targetId", in: "path" }, example: 1 }),
});

const nicheIds = NICHE_CHOICES.map((n) => n.id).join(", ");

/**
 * The body of POST and PUT: the core's BrandTarget; empty lists mean "any". Re-made with this
 * module's z: a zod 4 schema gets .openapi() only when built after @hono/zod-openapi is loaded,
 * and src/ingest may be loaded first (it is, when the server starts from dist/server/main.js).
 */
const BrandTargetInputSchema = z.object(brandTargetSchema.shape).openapi("BrandTargetInput", {
  description: `A target audience. countries: ISO 3166-1 alpha-2 codes; languages: ISO 639-1 codes; niches: ids of ${nicheIds}; gender: percentages that add up to 100 (±2), or null for any.`,
});

export const BrandTargetSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    countries: z.array(z.string()).openapi({ example: ["DE", "AT"] }),
    cities: z.array(z.string()),
    ageBands: z.array(z.enum(AGE_BANDS)),
    gender: z.partialRecord(z.enum(GENDERS), z.number()).nullable(),
    incomeBands: z.array(z.enum(INCOME_BANDS)),
    niches: z.array(z.string()).describe(`niche ids: ${nicheIds}`),
    languages: z.array(z.string()).openapi({ example: ["de"] }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("BrandTarget");

const body = { content: { "application/json": { schema: BrandTargetInputSchema } }, required: true };

const list = createRoute({
  method: "get",
  path: "/api/v1/brand-targets",
  operationId: "listBrandTargets",
  summary: "The workspace's brand targets, by name",
  security,
  responses: {
    200: jsonContent(z.object({ items: z.array(BrandTargetSchema) }), "brand targets"),
    ...errorResponses,
  },
});

const create = createRoute({
  method: "post",
  path: "/api/v1/brand-targets",
  operationId: "createBrandTarget",
  summary: "Add a brand target (owners and members)",
  security,
  request: { body },
  responses: {
    201: jsonContent(BrandTargetSchema, "the new target"),
    ...errorResponses,
    409: jsonContent(ErrorSchema, "a target of that name exists already"),
  },
});

const get = createRoute({
  method: "get",
  path: "/api/v1/brand-targets/{targetId}",
  operationId: "getBrandTarget",
  summary: "One brand target",
  security,
  request: { params: TargetIdParam },
  responses: { 200: jsonContent(BrandTargetSchema, "the target"), ...errorResponses },
});

const update = createRoute({
  method: "put",
  path: "/api/v1/brand-targets/{targetId}",
  operationId: "updateBrandTarget",
  summary: "Replace a brand target (owners and members)",
  security,
  request: { params: TargetIdParam, body },
  responses: {
    200: jsonContent(BrandTargetSchema, "the target as stored"),
    ...errorResponses,
    409: jsonContent(ErrorSchema, "another target has that name"),
  },
});

const remove = createRoute({
  method: "delete",
  path: "/api/v1/brand-targets/{targetId}",
  operationId: "deleteBrandTarget",
  summary: "Delete a brand target (owners and members)",
  security,
  request: { params: TargetIdParam },
  responses: { 204: { description: "deleted" }, ...errorResponses },
});

export function registerBrandTargetRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const caller = requireCaller(c, "read");
    return c.json({ items: await listBrandTargets(c.var.deps.db, caller.workspaceId) }, 200);
  });
  app.openapi(create, async (c) => {
    const input = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(await createBrandTarget(db, caller.workspaceId, input, now()), 201);
  });
  app.openapi(get, async (c) => {
    const { targetId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(await getBrandTarget(c.var.deps.db, caller.workspaceId, targetId), 200);
  });
  // Registered before DELETE: the isolation test's control run calls a path's operations in order.
  app.openapi(update, async (c) => {
    const { targetId } = c.req.valid("param");
    const input = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(await updateBrandTarget(db, caller.workspaceId, targetId, input, now()), 200);
  });
  app.openapi(remove, async (c) => {
    const { targetId } = c.req.valid("param");
    const caller = requireCaller(c, "write");
    await deleteBrandTarget(c.var.deps.db, caller.workspaceId, targetId);
    return c.body(null, 204);
  });
}
