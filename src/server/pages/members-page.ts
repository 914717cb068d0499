// /settings/members — who is in the workspace, with their role; owners also
// create invitation links (a role each; valid 7 days, one use) and see the
// pending ones. A new link is shown once, on the answer to its form.
import type { Hono } from "hono";
import { ROLES, type Role } from "../../core/roles.js";
import { createInvitation, listInvitations, listMembers } from "../../services/auth/invitations.js";
import type { Caller } from "../../services/auth/sessions.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";
import { secretOnce } from "./secret-once.js";

type Member = Awaited<ReturnType<typeof listMembers>>[number];
type Pending = Awaited<ReturnType<typeof listInvitations>>[number];

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

interface NewLink {
  link: string;
  role: Role;
  expiresAt: string;
}

async function membersPage(c: PageContext, created: NewLink | null, status: 200 | 201 = 200) {
  // Members' emails are for owners only, like the rest of this page.
  const caller = pageCaller(c, "manage");
  const { db, now } = c.var.deps;
  const members = await listMembers(db, caller.workspaceId);
  const pending = caller.role === "owner" ? await listInvitations(db, caller.workspaceId, now()) : [];
  return c.html(
    layout({
      title: "Members",
      caller,
      current: "members",
      main: membersView(caller, members, pending, created),
      scripts: created ? ["/assets/copy.js"] : [],
    }),
    status,
  );
}

function membersView(caller: Caller, members: Member[], pending: Pending[], created: NewLink | null): Html {
  return html`<h1>Members of ${caller.workspaceName}</h1>
<p>Owners manage members, invitations and API tokens; members also import and audit; viewers read.</p>
<div class="table-wrap" role="region" aria-labelledby="members-caption" tabindex="0">
<table class="data">
  <caption id="members-caption">${members.length} member${members.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Joined</th></tr></thead>
  <tbody>${members.map(
    (m) =>
      html`<tr><th scope="row">${m.email}</th><td>${m.name ?? ""}</td><td>${m.role}</td><td>${when(m.joinedAt)}</td></tr>`,
  )}</tbody>
</table>
</div>
${caller.role === "owner" ? invitations(pending, created) : ""}`;
}

function invitations(pending: Pending[], created: NewLink | null): Html {
  return html`<section aria-labelledby="invite-h">
<h2 id="invite-h">Invite someone</h2>
${
  created
    ? secretOnce(
        html`Invitation link for a <strong>${created.role}</strong>, valid until ${when(created.expiresAt)} and for one use. Send it yourself; it is shown only now.`,
        "new-link",
        "Invitation link",
        created.link,
      )
    : ""
}
<form method="post" action="/settings/members/invitations" class="stack">
  <div class="field">
    <label for="f-invite-role">Role</label>
    <select id="f-invite-role" name="role">
      <option value="member">member (read, import, audit)</option>
      <option value="viewer">viewer (read only)</option>
      <option value="owner">owner (everything, including members and tokens)</option>
    </select>
  </div>
  <button type="submit">Create an invitation link</button>
</form>
${
  pending.length
    ? html`<h3>Pending invitations</h3>
<ul>${pending.map((p) => html`<li>${p.role}, created ${when(p.createdAt)}, expires ${when(p.expiresAt)}</li>`)}</ul>`
    : ""
}
</section>`;
}
