// GET /api/v1/creators/{creatorId}/fit: the creator's audience fit against each of the
// workspace's brand targets (with its parts and the price per 1,000 followers plain and
// in the target) and the latest media kit's claims against what Vouch measured.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { FIT_PART_IDS } from "../../core/audience-fit.js";
import { DELIVERABLES } from "../../core/media-kit.js";
import { getCreatorKitFit } from "../../services/media-kits/get-creator-kit-fit.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { errorResponses, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const CreatorIdParam = z.object({
  creatorId: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name: "creatorId", in: "path" }, example: 1 }),
});

const FitPartSchema = z.object({
  id: z.enum(FIT_PART_IDS),
  value: z
    .number()
    .nullable()
    .describe("0–1; null when left out (the target does not ask, or the audience is unknown)"),
  weight: z.number(),
  effectiveWeight: z.number().nullable(),
  basis: z.string(),
  evidence: z.array(z.string()),
});

const CreatorFitSchema = z
  .object({
    kit: z
      .object({
        requestId: z.number().int(),
        submittedAt: z.string(),
        kit: z.record(z.string(), z.unknown()),
      })
      .nullable()
      .describe("the latest submitted media kit"),
    sources: z.object({ mediaKit: z.boolean(), demographics: z.boolean() }),
    fits: z.array(
      z.object({
        targetId: z.number().int(),
        fit: z.object({
          target: z.string(),
          score: z.number().nullable().describe("0–100 (docs/methodology.md section 10)"),
          parts: z.record(z.enum(FIT_PART_IDS), FitPartSchema),
          weightWithData: z.number(),
          weightAsked: z
            .number()
            .describe("weight of the parts the target asks about; confidence = weightWithData / weightAsked"),
          targetShare: z.number().nullable(),
        }),
        price: z.object({
          plain: z.number().nullable().describe("rate / followers × 1000"),
          inTarget: z.number().nullable().describe("rate / (followers × real share × target share) × 1000"),
          rate: z
            .object({ deliverable: z.enum(DELIVERABLES), amount: z.number(), currency: z.string() })
            .nullable(),
        }),
      }),
    ),
    claims: z.array(
      z.object({
        kind: z.string(),
        claim: z.string(),
        field: z.string(),
        claimed: z.string(),
        measured: z.string().nullable(),
        verdict: z.enum(["consistent", "off", "cannot_check"]),
        offBy: z.string().nullable(),
        evidence: z.string(),
      }),
    ),
  })
  .openapi("CreatorFit");

const fit = createRoute({
  method: "get",
  path: "/api/v1/creators/{creatorId}/fit",
  operationId: "getCreatorFit",
  summary: "Audience fit against each brand target, price per 1,000, and the media kit's claims checked",
  security,
  request: { params: CreatorIdParam },
  responses: { 200: jsonContent(CreatorFitSchema, "fit and claims"), ...errorResponses },
});

export function registerCreatorFitRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(fit, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const result = await getCreatorKitFit(c.var.deps.db, caller.workspaceId, creatorId);
    return c.json(
      {
        kit: result.kit && { ...result.kit, kit: result.kit.kit as unknown as Record<string, unknown> },
        sources: result.sources,
        fits: result.fits,
        claims: result.claims,
      },
      200,
    );
  });
}
