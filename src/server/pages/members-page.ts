// /settings/members — who is in the workspace, with their role; owners also
// create invitation links (a role each; valid 7 days, one use) and see the
// pending ones, change a member's role and remove a member (after a confirmation
// page). The last owner can be neither demoted nor removed (409, said on the page).
// A new link is shown once, on the answer to its form. Removing yourself is leaving
// (Settings → Leave).
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { ROLES, type Role } from "../../core/roles.js";
import { changeMemberRole } from "../../services/auth/change-member-role.js";
import { createInvitation, listInvitations, listMembers } from "../../services/auth/invitations.js";
import { removeMember } from "../../services/auth/remove-member.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { checkForm } from "./form-issues.js";
import { layout } from "./layout.js";
import { memberId, RoleForm } from "./members-form.js";
import { type MembersNotice, membersView, type NewInvitationLink, removeMemberView } from "./members-view.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";

export function registerMembersPage(pages: Hono<AppEnv>) {
  pages.get("/settings/members", (c) => {
    const done = c.req.query("done");
    const notice = done === "role" || done === "removed" ? { done: done as "role" | "removed" } : null;
    return membersPage(c, null, notice);
  });

  pages.post("/settings/members/invitations", async (c) => {
    const caller = pageCaller(c, "manage");
    const f = await formFields(c);
    const role: Role = ROLES.includes(f.role as Role) ? (f.role as Role) : "member";
    const inv = await createInvitation(c.var.deps.db, caller, role, c.var.deps.now());
    // Behind a proxy that ends TLS the request is http: the link uses VOUCH_PUBLIC_URL's origin.
    const link = `${linkOrigin(c.var.deps.publicUrl, c.req.url)}/invite/${inv.token}`;
    c.header("Cache-Control", "no-store");
    return membersPage(c, { link, role, expiresAt: inv.expiresAt }, null, 201);
  });

  pages.post("/settings/members/:userId/role", async (c) => {
    const caller = pageCaller(c, "manage");
    const userId = memberId(c);
    const form = checkForm(RoleForm, await formFields(c));
    if (!form.data) return membersPage(c, null, { error: form.issues.role ?? "choose a role" }, 400);
    try {
      await changeMemberRole(c.var.deps.db, caller.workspaceId, userId, form.data.role);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code !== "conflict") throw err;
      return membersPage(c, null, { error: err.message }, 409);
    }
    // An owner who made themselves a member or viewer may not see this page any more.
    const stillOwner = userId !== caller.userId || form.data.role === "owner";
    return c.redirect(stillOwner ? "/settings/members?done=role" : "/settings", 303);
  });

  pages.get("/settings/members/:userId/remove", async (c) => {
    const caller = pageCaller(c, "manage");
    const userId = memberId(c);
    if (userId === caller.userId) return c.redirect("/settings/leave", 303);
    const member = (await listMembers(c.var.deps.db, caller.workspaceId)).find((m) => m.userId === userId);
    if (!member) throw new VouchError("not_found", `no member ${userId} in this workspace`);
    const main = removeMemberView(member, caller.workspaceName);
    return c.html(layout({ title: "Remove a member", caller, current: "members", main }));
  });

  pages.post("/settings/members/:userId/remove", async (c) => {
    const caller = pageCaller(c, "manage");
    const userId = memberId(c);
    if (userId === caller.userId) return c.redirect("/settings/leave", 303);
    try {
      await removeMember(c.var.deps.db, caller.workspaceId, userId);
    } catch (err) {
      if (!(err instanceof VouchError) || err.code !== "conflict") throw err;
      return membersPage(c, null, { error: err.message }, 409);
    }
    return c.redirect("/settings/members?done=removed", 303);
  });
}

async function membersPage(
  c: PageContext,
  created: NewInvitationLink | null,
  notice: MembersNotice | null,
  status: 200 | 201 | 400 | 409 = 200,
) {
  // Members' emails are for owners only, like the rest of this page.
  const caller = pageCaller(c, "manage");
  const { db, now } = c.var.deps;
  const members = await listMembers(db, caller.workspaceId);
  const pending = caller.role === "owner" ? await listInvitations(db, caller.workspaceId, now()) : [];
  const main = membersView(caller, members, pending, created, notice);
  const scripts = created ? ["/assets/copy.js"] : [];
  return c.html(layout({ title: "Members", caller, current: "members", main, scripts }), status);
}
