// /settings/tokens — the workspace's API tokens, for owners only (others get the
// 403 page): the list, a form to create one (its secret is shown once, on the
// answer to that form), and a revoke button per token. GET and POST
// /settings/tokens are rate-limited in app.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/auth/api-tokens.js";
import type { AppEnv } from "../env.js";
import { field, formError } from "./form-field.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";
import { secretOnce } from "./secret-once.js";

type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

export function registerTokensPage(pages: Hono<AppEnv>) {
  pages.get("/settings/tokens", (c) => tokensPage(c, { created: null, error: null }));

  pages.post("/settings/tokens", async (c) => {
    const caller = pageCaller(c, "manage");
    const f = await formFields(c);
    const name = (f.name ?? "").trim();
    const role = f.role === "viewer" ? "viewer" : "member";
    if (!name || name.length > 100)
      return tokensPage(c, { created: null, error: "name the token (up to 100 characters)" }, 400);
    const created = await createApiToken(c.var.deps.db, caller, { name, role });
    return tokensPage(c, { created, error: null }, 201);
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

interface TokensState {
  created: (Token & { token: string }) | null;
  error: string | null;
}

async function tokensPage(c: PageContext, s: TokensState, status: 200 | 201 | 400 = 200) {
  const caller = pageCaller(c, "manage");
  const tokens = await listApiTokens(c.var.deps.db, caller.workspaceId);
  if (s.created) c.header("Cache-Control", "no-store"); // the secret must not stay in a cache
  return c.html(
    layout({
      title: "API tokens",
      caller,
      current: "tokens",
      main: tokensView(tokens, s),
      scripts: s.created ? ["/assets/copy.js"] : [],
    }),
    status,
  );
}

function tokensView(tokens: Token[], s: TokensState): Html {
  return html`<h1>API tokens</h1>
<p>Scripts call the <a href="/docs">HTTP API</a> with <code>Authorization: Bearer &lt;token&gt;</code>. A token acts in this
workspace with its role: members import and audit, viewers only read.</p>
${
  s.created
    ? secretOnce(
        html`Token <strong>${s.created.name}</strong> created. Copy it now: it is shown only once and cannot be recovered.`,
        "new-token",
        "New API token",
        s.created.token,
      )
    : ""
}
<section aria-labelledby="create-h">
<h2 id="create-h">Create a token</h2>
${formError(s.error)}
<form method="post" action="/settings/tokens" class="stack">
  ${field({ label: "Name", name: "name", required: true, hint: 'What uses it, e.g. "reporting script"', attrs: html` maxlength="100"` })}
  <div class="field">
    <label for="f-role">Role</label>
    <select id="f-role" name="role">
      <option value="member">member (read, import, audit)</option>
      <option value="viewer">viewer (read only)</option>
    </select>
  </div>
  <button type="submit">Create token</button>
</form>
</section>
<section aria-labelledby="list-h">
<h2 id="list-h">Active tokens</h2>
${
  tokens.length
    ? html`<div class="table-wrap" role="region" aria-labelledby="tokens-caption" tabindex="0">
<table class="data">
  <caption id="tokens-caption">${tokens.length} active token${tokens.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Role</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${tokens.map(
    (t) => html`<tr>
    <th scope="row">${t.name}</th>
    <td><code>${t.prefix}…</code></td>
    <td>${t.role}</td>
    <td>${when(t.createdAt)}</td>
    <td>${t.lastUsedAt ? when(t.lastUsedAt) : "never"}</td>
    <td><form method="post" action="/settings/tokens/${t.id}/revoke" class="inline-form"><button type="submit" class="button-danger" aria-label="Revoke ${t.name}">Revoke</button></form></td>
  </tr>`,
  )}</tbody>
</table>
</div>`
    : html`<p class="empty">No active tokens.</p>`
}
</section>`;
}
