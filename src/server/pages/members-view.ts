// The members page: who is in the workspace with their role, and for owners a role form
// and a "Remove…" link per member (none for the only owner), the form that creates an
// invitation link (shown once, on the answer to that form) and the pending invitations.
// Also the confirmation before removing a member.
import { ROLES, type Role } from "../../core/roles.js";
import { labelledCell } from "../../report/table-cell.js";
import type { listInvitations, listMembers } from "../../services/auth/invitations.js";
import type { Caller } from "../../services/auth/sessions.js";
import { fieldId, formError, select } from "./form-field.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { secretOnce } from "./secret-once.js";

export type Member = Awaited<ReturnType<typeof listMembers>>[number];
export type PendingInvitation = Awaited<ReturnType<typeof listInvitations>>[number];

/** What the last change did, or why it was refused. */
export type MembersNotice = { done: "role" | "removed" } | { error: string };

const DONE = {
  role: "The role was changed; it applies from the member's next request.",
  removed: "The member was removed; their sessions in this workspace ended.",
};

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
  notice: MembersNotice | null = null,
): Html {
  const manage = caller.role === "owner";
  const owners = members.filter((m) => m.role === "owner").length;
  return html`<h1>Members of ${caller.workspaceName}</h1>
<p>Owners manage members, invitations and API tokens; members also import and audit; viewers read.
A workspace keeps at least one owner.</p>
${notice && "done" in notice ? html`<div class="alert success" role="status"><p>${DONE[notice.done]}</p></div>` : ""}
${formError(notice && "error" in notice ? notice.error : null)}
<div class="table-wrap" role="region" aria-labelledby="members-caption" tabindex="0">
<table class="data">
  <caption id="members-caption">${members.length} member${members.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Joined</th>${
    manage ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : ""
  }</tr></thead>
  <tbody>${members.map(
    (m) =>
      html`<tr><th scope="row">${m.email}</th>${labelledCell("Name", m.name ?? "")}${labelledCell(
        "Role",
        manage ? roleForm(m) : m.role,
      )}${labelledCell("Joined", when(m.joinedAt))}${manage ? html`<td>${actions(caller, m, owners)}</td>` : ""}</tr>`,
  )}</tbody>
</table>
</div>
${manage ? invitations(pending, created) : ""}`;
}

function roleForm(m: Member): Html {
  return html`<form method="post" action="/settings/members/${m.userId}/role" class="inline-form role-form">
  ${select({
    name: "role",
    id: fieldId(`role-${m.userId}`),
    label: html`<span class="visually-hidden">Role of ${m.email}</span>`,
    options: ROLES.map((r) => ({ value: r, label: r })),
    chosen: m.role,
  })}
  <button type="submit" class="button-secondary" aria-label="Change the role of ${m.email}">Change</button>
</form>`;
}

function actions(caller: Caller, m: Member, owners: number): Html {
  if (m.role === "owner" && owners === 1) return html`<span class="sub">the only owner</span>`;
  if (m.userId === caller.userId) return html`<a href="/settings/leave">Leave…</a>`;
  return html`<a href="/settings/members/${m.userId}/remove" aria-label="Remove ${m.email}…">Remove…</a>`;
}

export function removeMemberView(m: Member, workspaceName: string): Html {
  return html`<h1>Remove ${m.email} from ${workspaceName}?</h1>
<p>${m.name ? html`${m.name} (${m.role})` : m.role} loses access at once: their sessions in this workspace end.
What they imported, audited or created stays. You can invite them again.</p>
<form method="post" action="/settings/members/${m.userId}/remove" class="inline-form">
  <button type="submit" class="button-danger">Remove ${m.email}</button>
</form>
<a class="button-link" href="/settings/members">Cancel</a>`;
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
