// The settings page: the user's name, a password change, their sessions with "sign out
// other sessions", and the workspace (members and API tokens for owners, the user's other
// workspaces, leaving it). Each form's error next to its field; what was done, on top.
// Sessions are a list, not a table: three short facts each, readable on a phone.
// Also the confirmation before leaving a workspace.

import type { UserSession } from "../../services/auth/list-user-sessions.js";
import { MIN_PASSWORD_LENGTH } from "../../services/auth/passwords.js";
import { MAX_USER_NAME } from "../../services/auth/rename-user.js";
import type { Caller } from "../../services/auth/sessions.js";
import { field, formError } from "./form-field.js";
import type { FormIssues } from "./form-issues.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";

export interface SettingsState {
  email: string;
  /** The name as stored, or as typed when the form was refused. */
  name: string;
  onlyOwner: boolean;
  sessions: UserSession[];
  notice: string | null;
  errors: FormIssues;
}

export function settingsView(caller: Caller, s: SettingsState): Html {
  return html`<h1>Settings</h1>
<p>Signed in as <strong>${s.email}</strong>, ${caller.role} of ${caller.workspaceName}.</p>
${s.notice ? html`<div class="alert success" role="status"><p>${s.notice}</p></div>` : ""}
${formError(Object.keys(s.errors).length ? "Nothing was changed: see the field marked below." : null)}
<section aria-labelledby="name-h">
<h2 id="name-h">Your name</h2>
<form method="post" action="/settings/name" class="stack">
  ${field({
    label: "Your name",
    name: "name",
    value: s.name,
    autocomplete: "name",
    hint: "Shown to your colleagues beside your email.",
    attrs: html` maxlength="${MAX_USER_NAME}"`,
    error: s.errors.name,
  })}
  <button type="submit">Save the name</button>
</form>
</section>
<section aria-labelledby="password-h">
<h2 id="password-h">Password</h2>
<form method="post" action="/settings/password" class="stack">
  <input type="hidden" name="username" value="${s.email}" autocomplete="username">
  ${field({
    label: "Current password",
    name: "currentPassword",
    type: "password",
    required: true,
    autocomplete: "current-password",
    error: s.errors.currentPassword,
  })}
  ${field({
    label: "New password",
    name: "newPassword",
    type: "password",
    required: true,
    autocomplete: "new-password",
    hint: `At least ${MIN_PASSWORD_LENGTH} characters, not easy to guess: a few unrelated words work well. Your other sessions are signed out; this one stays.`,
    attrs: html` minlength="${MIN_PASSWORD_LENGTH}"`,
    error: s.errors.newPassword,
  })}
  <button type="submit">Change the password</button>
</form>
</section>
${sessionsSection(s.sessions)}
${workspaceSection(caller, s.onlyOwner)}`;
}

function sessionsSection(sessions: UserSession[]): Html {
  const others = sessions.filter((x) => !x.current).length;
  return html`<section aria-labelledby="sessions-h">
<h2 id="sessions-h">Sessions</h2>
<p>Where you are signed in: each browser that signed in has a session for 30 days.</p>
<p id="sessions-count">${sessions.length} session${sessions.length === 1 ? "" : "s"}</p>
<ul aria-labelledby="sessions-count">${sessions.map(
    (x) =>
      html`<li>Signed in ${when(x.startedAt)} to ${x.workspaceName}, lasts until ${when(x.expiresAt)}${
        x.current ? html` <span class="badge">this browser</span>` : ""
      }</li>`,
  )}</ul>
${
  others
    ? html`<form method="post" action="/settings/sessions/sign-out-others" class="inline-form">
  <button type="submit" class="button-secondary">Sign out the ${others} other session${others === 1 ? "" : "s"}</button>
</form>`
    : html`<p class="empty">No other sessions.</p>`
}
</section>`;
}

function workspaceSection(caller: Caller, onlyOwner: boolean): Html {
  return html`<section aria-labelledby="workspace-h">
<h2 id="workspace-h">Workspace</h2>
<ul>
${
  caller.role === "owner"
    ? html`<li><a href="/settings/tokens">API tokens</a>: for scripts calling the HTTP API</li>
<li><a href="/settings/members">Members</a>: invite people, change roles, remove members</li>`
    : html`<li>API tokens and members are managed by the workspace's owners.</li>`
}
<li><a href="/workspaces">Your workspaces</a>: open another one</li>
</ul>
${
  onlyOwner
    ? html`<p>You are the only owner of ${caller.workspaceName}, so you cannot leave it: make another member an owner first (<a href="/settings/members">Members</a>).</p>`
    : html`<p><a href="/settings/leave">Leave ${caller.workspaceName}…</a></p>`
}
</section>`;
}

export function leaveView(caller: Caller): Html {
  return html`<h1>Leave ${caller.workspaceName}?</h1>
<p>You lose access to its creators, audits and media kits at once; an owner can invite you again.
Your sessions there move to another workspace of yours, or end when you have none.</p>
<form method="post" action="/settings/leave" class="inline-form">
  <button type="submit" class="button-danger">Leave ${caller.workspaceName}</button>
</form>
<a class="button-link" href="/settings">Cancel</a>`;
}
