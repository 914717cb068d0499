// /settings/members — who is in the workspace, with their role; owners also
// create invitation links (a role each; valid 7 days, one use) and see the
// pending ones. A new link is shown once, on the answer to its form.
import type { Hono } from "hono";
import { ROLES, type Role } from "../../core/roles.js";
import { createInvitation, listInvitations, listMembers } from "../../services/auth/invitations.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { layout } from "./layout.js";
import { membersView, type NewInvitationLink } from "./members-view.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";

export function registerMembersPage(pages: Hono<AppEnv>) {
  pages.get("/settings/members", (c) => membersPage(c, null));

  pages.post("/settings/members/invitations", async (c) => {
    const caller = pageCaller(c, "manage");
    const f = await formFields(c);
    const role: Role = ROLES.includes(f.role as Role) ? (f.role as Role) : "member";
    const inv = await createInvitation(c.var.deps.db, caller, role, c.var.deps.now());
    // Behind a proxy that ends TLS the request is http: the link uses VOUCH_PUBLIC_URL's origin.
    const link = `${linkOrigin(c.var.deps.publicUrl, c.req.url)}/invite/${inv.token}`;
    c.header("Cache-Control", "no-store");
    return membersPage(c, { link, role, expiresAt: inv.expiresAt }, 201);
  });
}

async function membersPage(c: PageContext, created: NewInvitationLink | null, status: 200 | 201 = 200) {
  // Members' emails are for owners only, like the rest of this page.
  const caller = pageCaller(c, "manage");
  const { db, now } = c.var.deps;
  const members = await listMembers(db, caller.workspaceId);
  const pending = caller.role === "owner" ? await listInvitations(db, caller.workspaceId, now()) : [];
  const main = membersView(caller, members, pending, created);
  const scripts = created ? ["/assets/copy.js"] : [];
  return c.html(layout({ title: "Members", caller, current: "members", main, scripts }), status);
}
