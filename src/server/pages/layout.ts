// The frame of every page: skip link, header (workspace name, navigation,
// sign-out form), the main landmark and a footer. Styles in public/app.css;
// scripts only as files under /assets (the CSP allows no inline script).
import { METHOD_VERSION } from "../../core/audit.js";
import { can, type Permission } from "../../core/roles.js";
import type { Caller } from "../../services/auth/sessions.js";
import { type Html, html } from "./html.js";

export type NavItem =
  | "creators"
  | "import"
  | "compare"
  | "media-kits"
  | "targets"
  | "campaigns"
  | "tokens"
  | "members"
  | "jobs"
  | "settings"
  | null;

export interface LayoutProps {
  title: string;
  caller: Caller | null;
  current?: NavItem;
  main: Html;
  /** Script files to load at the end of the body, e.g. "/assets/import.js". */
  scripts?: string[];
}

const NAV: { id: Exclude<NavItem, null>; href: string; label: string; needs?: Permission }[] = [
  { id: "creators", href: "/", label: "Creators" },
  { id: "import", href: "/import", label: "Import", needs: "write" },
  { id: "compare", href: "/compare", label: "Compare" },
  { id: "media-kits", href: "/media-kits", label: "Media kits" },
  { id: "targets", href: "/targets", label: "Targets" },
  { id: "campaigns", href: "/campaigns", label: "Campaigns" },
  { id: "members", href: "/settings/members", label: "Members", needs: "manage" },
  { id: "tokens", href: "/settings/tokens", label: "API tokens", needs: "manage" },
  { id: "jobs", href: "/jobs", label: "Jobs", needs: "manage" },
  { id: "settings", href: "/settings", label: "Settings" },
];

export function layout(p: LayoutProps): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} — Vouch</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="brand"><a href="/" class="brand-name">Vouch</a>${
    p.caller
      ? p.caller.via === "session"
        ? html`<a class="workspace" href="/workspaces" title="Your workspaces">${p.caller.workspaceName}</a>`
        : html`<span class="workspace" title="Workspace">${p.caller.workspaceName}</span>`
      : ""
  }</div>
  ${p.caller ? navigation(p.caller, p.current ?? null) : ""}
</header>
<main id="main" tabindex="-1">
${p.main}
</main>
<footer class="site-footer"><p>Vouch vets creators with evidence, not verdicts. Method: <code>${METHOD_VERSION}</code>.</p></footer>
${(p.scripts ?? []).map((s) => html`<script src="${s}"></script>`)}
</body>
</html>`;
}

function navigation(caller: Caller, current: NavItem): Html {
  const items = NAV.filter((n) => !n.needs || can(caller.role, n.needs));
  return html`<nav class="site-nav" aria-label="Main">
    <ul>
      ${items.map(
        (n) =>
          html`<li><a href="${n.href}"${n.id === current ? html` aria-current="page"` : ""}>${n.label}</a></li>`,
      )}
      <li><a href="/docs">API docs</a></li>
    </ul>
    <form method="post" action="/sign-out" class="sign-out">
      <span class="who">${caller.email ?? ""} <span class="role">(${caller.role})</span></span>
      <button type="submit" class="button-secondary">Sign out</button>
    </form>
  </nav>`;
}
