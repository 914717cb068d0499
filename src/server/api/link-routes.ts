// /api/v1/partnerships/{id}/links and /api/v1/links/{id} (issue 17): a partnership's
// tracked links with their click counts; owners and members make them and switch them
// off, on, or to another expiry. The redirect itself is its own process
// (src/redirect). Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { createLink } from "../../services/links/create-link.js";
import { getLink } from "../../services/links/get-link.js";
import type { LinkSummary } from "../../services/links/link-summary.js";
import { listLinks } from "../../services/links/list-links.js";
import { updateLink } from "../../services/links/update-link.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { callerName } from "./caller-name.js";
import { ErrorSchema, errorResponses, id, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];
const PartnershipIdParam = z.object({ partnershipId: id("partnershipId") });
const TrackedLinkIdParam = z.object({ trackedLinkId: id("trackedLinkId") });

const expiresAt = z.string().nullable().openapi({
  description: "an ISO 8601 time with its offset (2027-04-30T23:59:00Z); null: never",
  example: null,
});

const LinkInputSchema = z
  .object({
    destination: z.string().nullable().optional().openapi({
      description:
        "an http(s) URL without user name or password; left out: the campaign's landing page. UTM parameters are added.",
      example: "https://shop.example/spring",
    }),
    slug: z.string().nullable().optional().openapi({
      description:
        "3–64 lowercase letters, digits and hyphens, unique across the installation; left out: 7 random characters",
      example: "spring-bake",
    }),
    expiresAt: expiresAt.optional(),
  })
  .openapi("LinkInput");

const LinkUpdateSchema = z
  .object({ enabled: z.boolean().optional(), expiresAt: expiresAt.optional() })
  .openapi("LinkUpdate", { description: "enabled, expiresAt, or both" });

const LinkSchema = z
  .object({
    id: z.number().int(),
    partnershipId: z.number().int(),
    slug: z.string(),
    shortUrl: z
      .string()
      .nullable()
      .describe("the redirect's URL for the slug, when VOUCH_REDIRECT_URL is known"),
    destination: z.string(),
    targetUrl: z.string().describe("the destination with the UTM parameters; the redirect adds vclid"),
    enabled: z.boolean(),
    expiresAt: z.string().nullable(),
    createdAt: z.string(),
    clicks: z.number().int().describe("every 302 answered and stored"),
    counted: z.number().int().describe("people's first click per visitor and hour"),
    bots: z.number().int().describe("HEAD requests, link-preview fetchers and crawlers: flagged, kept"),
    duplicates: z.number().int().describe("a person's later clicks within the hour"),
  })
  .openapi("TrackedLink");

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/v1/partnerships/{partnershipId}/links",
    operationId: "listTrackedLinks",
    summary: "A partnership's tracked links with their clicks",
    security,
    request: { params: PartnershipIdParam },
    responses: { 200: jsonContent(z.object({ items: z.array(LinkSchema) }), "the links"), ...errorResponses },
  }),
  create: createRoute({
    method: "post",
    path: "/api/v1/partnerships/{partnershipId}/links",
    operationId: "createTrackedLink",
    summary: "Make a tracked link (owners and members); 409 when the slug is taken",
    security,
    request: {
      params: PartnershipIdParam,
      body: { content: { "application/json": { schema: LinkInputSchema } }, required: true },
    },
    responses: {
      201: jsonContent(LinkSchema, "the new link"),
      ...errorResponses,
      409: jsonContent(ErrorSchema, "the slug is taken"),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/v1/links/{trackedLinkId}",
    operationId: "getTrackedLink",
    summary: "One tracked link with its clicks",
    security,
    request: { params: TrackedLinkIdParam },
    responses: { 200: jsonContent(LinkSchema, "the link"), ...errorResponses },
  }),
  update: createRoute({
    method: "patch",
    path: "/api/v1/links/{trackedLinkId}",
    operationId: "updateTrackedLink",
    summary: "Switch a tracked link off or on, or change its expiry (owners and members)",
    security,
    request: {
      params: TrackedLinkIdParam,
      body: { content: { "application/json": { schema: LinkUpdateSchema } }, required: true },
    },
    responses: { 200: jsonContent(LinkSchema, "the link"), ...errorResponses },
  }),
};

/** The link as the API answers it: with its short URL when the redirect's address is known. */
export function withShortUrl(link: LinkSummary, redirectUrl: string | null | undefined) {
  return { ...link, shortUrl: redirectUrl ? `${redirectUrl.replace(/\/+$/, "")}/${link.slug}` : null };
}

export function registerLinkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(routes.list, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const { db, redirectUrl } = c.var.deps;
    const links = await listLinks(db, caller.workspaceId, partnershipId);
    return c.json({ items: links.map((l) => withShortUrl(l, redirectUrl)) }, 200);
  });
  app.openapi(routes.create, async (c) => {
    const { partnershipId } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now, redirectUrl } = c.var.deps;
    const link = await createLink(db, caller.workspaceId, partnershipId, body, callerName(caller), now());
    return c.json(withShortUrl(link, redirectUrl), 201);
  });
  app.openapi(routes.get, async (c) => {
    const { trackedLinkId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const { db, redirectUrl } = c.var.deps;
    return c.json(withShortUrl(await getLink(db, caller.workspaceId, trackedLinkId), redirectUrl), 200);
  });
  app.openapi(routes.update, async (c) => {
    const { trackedLinkId } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now, redirectUrl } = c.var.deps;
    const link = await updateLink(db, caller.workspaceId, trackedLinkId, body, now());
    return c.json(withShortUrl(link, redirectUrl), 200);
  });
}
