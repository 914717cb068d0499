// /workspaces: the signed-in user's workspaces, each with a button that moves
// the session there (POST /workspaces/:id); the current one is marked.
import type { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { VouchError } from "../../core/errors.js";
import { listUserWorkspaces, switchWorkspace } from "../../services/auth/workspaces.js";
import { SESSION_COOKIE } from "../authenticate.js";
import type { AppEnv } from "../env.js";
import { html } from "./html.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";

export function registerWorkspacesPage(pages: Hono<AppEnv>) {
  pages.get("/workspaces", async (c) => {
    const caller = pageCaller(c);
    if (caller.userId === null) throw new VouchError("forbidden", "API tokens belong to one workspace");
    const workspaces = await listUserWorkspaces(c.var.deps.db, caller.userId);
    return c.html(
      layout({
        title: "Your workspaces",
        caller,
        main: html`<h1>Your workspaces</h1>
<ul class="workspace-list">
${workspaces.map(
  (w) =>
    html`<li>${
      w.id === caller.workspaceId
        ? html`<strong>${w.name}</strong> <span class="badge">current</span> <span class="sub">${w.role}</span>`
        : html`<form method="post" action="/workspaces/${w.id}" class="inline-form"><button type="submit" class="button-secondary">Open ${w.name}</button> <span class="sub">${w.role}</span></form>`
    }</li>`,
)}
</ul>`,
      }),
    );
  });

  pages.post("/workspaces/:id", async (c) => {
    const caller = pageCaller(c);
    const token = getCookie(c, SESSION_COOKIE);
    const raw = c.req.param("id");
    const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
    if (caller.userId === null || !token || !(id <= 2_147_483_647))
      throw new VouchError("not_found", `no workspace ${raw} of yours`);
    await switchWorkspace(c.var.deps.db, token, caller.userId, id);
    return c.redirect("/", 303);
  });
}
