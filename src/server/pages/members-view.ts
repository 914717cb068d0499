// The members page: who is in the workspace with their role, and for owners the form
// that creates an invitation link (shown once, on the answer to that form) and the
// pending invitations.
import type { Role } from "../../core/roles.js";
import type { listInvitations, listMembers } from "../../services/auth/invitations.js";
import type { Caller } from "../../services/auth/sessions.js";
import { select } from "./form-field.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { secretOnce } from "./secret-once.js";

export type Member = Awaited<ReturnType<typeof listMembers>>[number];
export type PendingInvitation = Awaited<ReturnType<typeof listInvitations>>[number];

export interface NewInvitationLink {
  link: string;
  role: Role;
  expiresAt: string;
}

const ROLE_CHOICES: { value: Role; label: string }[] = [
  { value: "member", label: "member (read, import, audit)" },
  { value: "viewer", label: "viewer (read only)" },
  { value: "owner", label: "owner (everything, including members and tokens)" },
];

export function membersView(
  caller: Caller,
  members: Member[],
  pending: PendingInvitation[],
  created: NewInvitationLink | null,
): Html {
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

function invitations(pending: PendingInvitation[], created: NewInvitationLink | null): Html {
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
  ${select({ name: "role", id: "f-invite-role", label: "Role", options: ROLE_CHOICES })}
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
