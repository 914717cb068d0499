// /api/v1 media-kit requests, brand side: create a link for a creator (optionally
// mailed), list them with their status, read one with the submitted kit and the
// files' metadata, revoke one, download a file. The creator's side is the public
// form page (/kit/:token, kit-form-page.ts): it needs no credentials, so it is not
// under /api/v1. Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { KIT_REQUEST_LIMITS, KIT_REQUEST_STATUSES } from "../../core/kit-request-status.js";
import { createKitRequest } from "../../services/media-kits/create-kit-request.js";
import { getKitFile } from "../../services/media-kits/get-kit-file.js";
import { getKitRequest } from "../../services/media-kits/get-kit-request.js";
import { listKitRequests } from "../../services/media-kits/list-kit-requests.js";
import { revokeKitRequest } from "../../services/media-kits/revoke-kit-request.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { kitFileHeaders } from "../kit-file-response.js";
import { linkOrigin } from "../link-origin.js";
import { errorResponses, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const id = (name: string) =>
  z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name, in: "path" }, example: 1 });

const CreatorIdParam = z.object({ creatorId: id("creatorId") });
const RequestIdParam = z.object({ requestId: id("requestId") });
const FileIdParam = z.object({ requestId: id("requestId"), fileId: id("fileId") });

const time = z.string().openapi({ format: "date-time" });
const KitRequestSchema = z
  .object({
    id: z.number().int(),
    creatorId: z.number().int(),
    creatorName: z.string(),
    creatorHandle: z.string().nullable().openapi({ example: "instagram:sunny_trails" }),
    status: z
      .enum(KIT_REQUEST_STATUSES)
      .describe(
        "revoked; submitted (stays so after expiry); expired; draft (the creator saved a draft); opened (the link was opened); sent",
      ),
    createdAt: time,
    expiresAt: time,
    revokedAt: time.nullable(),
    openedAt: time.nullable(),
    email: z.string().nullable(),
    emailedAt: time.nullable(),
    draftSavedAt: time.nullable().describe("when the creator last saved a draft or changed a submitted kit"),
    submittedAt: time.nullable().describe("the first submission; a corrected kit keeps it"),
  })
  .openapi("MediaKitRequest");

const KitFileSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    mime: z.string().describe("the detected type: image/png, image/jpeg, image/webp or application/pdf"),
    size: z.number().int(),
    uploadedAt: time,
  })
  .openapi("MediaKitFile");

const KitRequestDetailSchema = KitRequestSchema.extend({
  kit: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe(
      "the submitted media kit (creatorName, platforms, gender, ageBands, countries, cities, incomeBands, languages, realFollowerShare, rates, pastWork, notes; shares in percent); null until submitted",
    ),
  hasDraft: z.boolean().describe("the creator saved changes that are not submitted"),
  files: z.array(KitFileSchema),
}).openapi("MediaKitRequestDetail");

const NewKitRequestSchema = KitRequestSchema.extend({
  token: z.string().describe("the link's secret; shown in this answer only"),
  url: z.string().describe("the link to send the creator: <origin>/kit/<token>"),
  mail: z.object({
    status: z.enum(["sent", "failed", "not_configured", "not_requested"]),
    error: z.string().nullable(),
  }),
}).openapi("NewMediaKitRequest");

const create = createRoute({
  method: "post",
  path: "/api/v1/creators/{creatorId}/media-kit-requests",
  operationId: "createMediaKitRequest",
  summary: "Ask a creator for their media kit: a link to a form they fill in without an account",
  description: `The link lasts expiresInDays (default ${KIT_REQUEST_LIMITS.defaultDays}, at most ${KIT_REQUEST_LIMITS.maxDays}). With an email and SMTP configured on the server (VOUCH_SMTP_URL) the link is also mailed; a mail that fails leaves the request in place (mail.status "failed").`,
  security,
  request: {
    params: CreatorIdParam,
    body: {
      content: {
        "application/json": {
          schema: z.object({
            email: z.string().trim().max(254).nullish(),
            expiresInDays: z.number().int().min(1).max(KIT_REQUEST_LIMITS.maxDays).nullish(),
          }),
        },
      },
      required: false,
    },
  },
  responses: { 201: jsonContent(NewKitRequestSchema, "the new request and its link"), ...errorResponses },
});

const list = createRoute({
  method: "get",
  path: "/api/v1/media-kit-requests",
  operationId: "listMediaKitRequests",
  summary: "The workspace's media-kit requests, newest first, with their status",
  security,
  request: {
    query: z.object({
      creatorId: z
        .preprocess(
          (v) => (v === "" ? undefined : v),
          z.coerce.number().int().positive().max(2_147_483_647).optional(),
        )
        .describe("only this creator's requests"),
    }),
  },
  responses: {
    200: jsonContent(z.object({ items: z.array(KitRequestSchema) }), "the requests"),
    ...errorResponses,
  },
});

const get = createRoute({
  method: "get",
  path: "/api/v1/media-kit-requests/{requestId}",
  operationId: "getMediaKitRequest",
  summary: "One media-kit request with the submitted kit and the uploaded files' metadata",
  security,
  request: { params: RequestIdParam },
  responses: { 200: jsonContent(KitRequestDetailSchema, "the request"), ...errorResponses },
});

const revoke = createRoute({
  method: "delete",
  path: "/api/v1/media-kit-requests/{requestId}",
  operationId: "revokeMediaKitRequest",
  summary: "Withdraw a media-kit link: it answers 404 from now on (a submitted kit stays readable here)",
  security,
  request: { params: RequestIdParam },
  responses: { 200: jsonContent(KitRequestSchema, "the revoked request"), ...errorResponses },
});

const file = createRoute({
  method: "get",
  path: "/api/v1/media-kit-requests/{requestId}/files/{fileId}",
  operationId: "getMediaKitFile",
  summary: "Download a file the creator uploaded (PNG, JPEG, WebP or PDF), as an attachment",
  security,
  request: { params: FileIdParam },
  responses: {
    200: {
      content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
      description: "the file, in its detected type (Content-Type), as an attachment",
    },
    ...errorResponses,
  },
});

export function registerMediaKitRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(create, async (c) => {
    const { creatorId } = c.req.valid("param");
    const body =
      (c.req.valid("json") as { email?: string | null; expiresInDays?: number | null } | undefined) ?? {};
    const caller = requireCaller(c, "write");
    const { db, now, kitMail } = c.var.deps;
    const made = await createKitRequest(
      db,
      caller,
      { creatorId, email: body.email, expiresInDays: body.expiresInDays },
      { now: now(), origin: linkOrigin(c.var.deps.publicUrl, c.req.url), mail: kitMail },
    );
    return c.json({ ...made.request, token: made.token, url: made.url, mail: made.mail }, 201);
  });

  app.openapi(list, async (c) => {
    const { creatorId } = c.req.valid("query");
    const caller = requireCaller(c, "read");
    const items = await listKitRequests(c.var.deps.db, caller.workspaceId, { creatorId }, c.var.deps.now());
    return c.json({ items }, 200);
  });

  app.openapi(get, async (c) => {
    const { requestId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const detail = await getKitRequest(c.var.deps.db, caller.workspaceId, requestId, c.var.deps.now());
    return c.json({ ...detail, kit: detail.kit as Record<string, unknown> | null }, 200);
  });

  app.openapi(revoke, async (c) => {
    const { requestId } = c.req.valid("param");
    const caller = requireCaller(c, "write");
    return c.json(
      await revokeKitRequest(c.var.deps.db, caller.workspaceId, requestId, c.var.deps.now()),
      200,
    );
  });

  app.openapi(file, async (c) => {
    const { requestId, fileId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    const f = await getKitFile(c.var.deps.db, caller.workspaceId, requestId, fileId);
    return c.body(f.data, 200, kitFileHeaders(f));
  });
}
