// /api/v1/tokens: an owner lists, creates (the token is shown once) and revokes
// the workspace's API tokens. Rate-limited like sign-in.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/auth/api-tokens.js";
import { requireCaller } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { ApiTokenSchema, errorResponses, jsonContent, NewApiTokenInput, TokenIdParam } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const list = createRoute({
  method: "get",
  path: "/api/v1/tokens",
  operationId: "listTokens",
  summary: "The workspace's API tokens (never the secrets)",
  security,
  responses: { 200: jsonContent(z.object({ items: z.array(ApiTokenSchema) }), "tokens"), ...errorResponses },
});

const create = createRoute({
  method: "post",
  path: "/api/v1/tokens",
  operationId: "createToken",
  summary: "Create an API token; the answer is the only time its secret is shown",
  security,
  request: {
    body: {
      content: {
        "application/json": {
          schema: NewApiTokenInput,
        },
      },
      required: true,
    },
  },
  responses: {
    201: jsonContent(ApiTokenSchema.extend({ token: z.string() }).openapi("NewApiToken"), "the new token"),
    ...errorResponses,
  },
});

const revoke = createRoute({
  method: "delete",
  path: "/api/v1/tokens/{tokenId}",
  operationId: "revokeToken",
  summary: "Revoke an API token",
  security,
  request: { params: TokenIdParam },
  responses: { 204: { description: "revoked" }, ...errorResponses },
});

export function registerTokenRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const caller = requireCaller(c, "manage");
    return c.json({ items: await listApiTokens(c.var.deps.db, caller.workspaceId) }, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid("json");
    const caller = requireCaller(c, "manage");
    return c.json(await createApiToken(c.var.deps.db, caller, body), 201);
  });
  app.openapi(revoke, async (c) => {
    const { tokenId } = c.req.valid("param");
    const caller = requireCaller(c, "manage");
    await revokeApiToken(c.var.deps.db, caller.workspaceId, tokenId, c.var.deps.now());
    return c.body(null, 204);
  });
}
