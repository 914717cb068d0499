// /settings/tokens — the workspace's API tokens, for owners only (others get the
// 403 page): the list, a form to create one (read with the API's NewApiTokenInput;
// its secret is shown once, on the answer to that form), and a revoke button per
// token. GET and POST /settings/tokens are rate-limited in app.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/auth/api-tokens.js";
import { NewApiTokenInput } from "../api/schemas.js";
import type { AppEnv } from "../env.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";
import { type TokensState, tokensView } from "./tokens-view.js";

const ERRORS = { name: "name the token (up to 100 characters)", role: "choose member or viewer" };

export function registerTokensPage(pages: Hono<AppEnv>) {
  pages.get("/settings/tokens", (c) => tokensPage(c, { created: null, errors: {} }));

  pages.post("/settings/tokens", async (c) => {
    const caller = pageCaller(c, "manage");
    const f = await formFields(c);
    const parsed = NewApiTokenInput.safeParse({ name: f.name ?? "", role: f.role || undefined });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
      const errors = {
        name: fields.has("name") ? ERRORS.name : undefined,
        role: fields.has("role") ? ERRORS.role : undefined,
      };
      return tokensPage(c, { created: null, errors }, 400);
    }
    const created = await createApiToken(c.var.deps.db, caller, parsed.data);
    return tokensPage(c, { created, errors: {} }, 201);
  });

  pages.post("/settings/tokens/:tokenId/revoke", async (c) => {
    const caller = pageCaller(c, "manage");
    const id = Number(c.req.param("tokenId"));
    if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647)
      throw new VouchError("not_found", "no such API token");
    await revokeApiToken(c.var.deps.db, caller.workspaceId, id, c.var.deps.now());
    return c.redirect("/settings/tokens", 303);
  });
}

async function tokensPage(c: PageContext, s: TokensState, status: 200 | 201 | 400 = 200) {
  const caller = pageCaller(c, "manage");
  const tokens = await listApiTokens(c.var.deps.db, caller.workspaceId);
  if (s.created) c.header("Cache-Control", "no-store"); // the secret must not stay in a cache
  const main = tokensView(tokens, s);
  const scripts = s.created ? ["/assets/copy.js"] : [];
  return c.html(layout({ title: "API tokens", caller, current: "tokens", main, scripts }), status);
}
