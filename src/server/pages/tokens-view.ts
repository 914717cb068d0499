// The API tokens page: the form to create one (its secret shown once, on the answer to
// that form, with a copy button) and the active tokens with a revoke button each.

import { labelledCell } from "../../report/table-cell.js";
import type { listApiTokens } from "../../services/auth/api-tokens.js";
import { field, formError, select } from "./form-field.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { secretOnce } from "./secret-once.js";

export type ApiToken = Awaited<ReturnType<typeof listApiTokens>>[number];

export interface TokensState {
  created: (ApiToken & { token: string }) | null;
  /** What is wrong with the name or the role, next to that field. */
  errors: { name?: string; role?: string };
}

const ROLE_CHOICES = [
  { value: "member", label: "member (read, import, audit)" },
  { value: "viewer", label: "viewer (read only)" },
];

export function tokensView(tokens: ApiToken[], s: TokensState): Html {
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
${formError(s.errors.name || s.errors.role ? "The token was not created: check the field marked below." : null)}
<form method="post" action="/settings/tokens" class="stack">
  ${field({
    label: "Name",
    name: "name",
    required: true,
    hint: 'What uses it, e.g. "reporting script"',
    attrs: html` maxlength="100"`,
    error: s.errors.name,
  })}
  ${select({ label: "Role", name: "role", options: ROLE_CHOICES, error: s.errors.role })}
  <button type="submit">Create token</button>
</form>
</section>
<section aria-labelledby="list-h">
<h2 id="list-h">Active tokens</h2>
${tokens.length ? tokensTable(tokens) : html`<p class="empty">No active tokens.</p>`}
</section>`;
}

function tokensTable(tokens: ApiToken[]): Html {
  return html`<div class="table-wrap" role="region" aria-labelledby="tokens-caption" tabindex="0">
<table class="data">
  <caption id="tokens-caption">${tokens.length} active token${tokens.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Role</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${tokens.map(
    (t) => html`<tr>
    <th scope="row">${t.name}</th>
    ${labelledCell("Starts with", html`<code>${t.prefix}…</code>`)}
    ${labelledCell("Role", t.role)}
    ${labelledCell("Created", when(t.createdAt))}
    ${labelledCell("Last used", t.lastUsedAt ? when(t.lastUsedAt) : "never")}
    <td><form method="post" action="/settings/tokens/${t.id}/revoke" class="inline-form"><button type="submit" class="button-danger" aria-label="Revoke ${t.name}">Revoke</button></form></td>
  </tr>`,
  )}</tbody>
</table>
</div>`;
}
