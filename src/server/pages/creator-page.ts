// /creators/:id — one creator: the profile, buttons to re-run the audit, browse the
// comments, open the report and compare, its place on the working list (status, tags,
// notes, archive, delete: worklist-view.ts), then the latest audit as the report model
// renders it on a page (src/report/render-creator-page.ts: the same sections, figures
// and evidence as the report and `vouch audit`, with Chart.js charts and links into the
// comment browser), and the media kit with its audience fit. Another workspace's id is
// not found (the service is scoped), which pageError turns into a 404 page.
import type { Hono } from "hono";
import { parseAccountKey } from "../../core/account-key.js";
import { can } from "../../core/roles.js";
import { creatorPageAudit, creatorPageOptions, pageSection } from "../../report/render-creator-page.js";
import { buildReportModel } from "../../report/report-model.js";
import type { ReportModel } from "../../report/report-types.js";
import { mediaKitSection } from "../../report/sections/media-kit-section.js";
import { auditAccount } from "../../services/audit-account.js";
import type { Caller } from "../../services/auth/sessions.js";
import { type CreatorNote, listCreatorNotes } from "../../services/creators/list-creator-notes.js";
import { findAccount } from "../../services/find-account.js";
import { getCreator } from "../../services/get-creator.js";
import { getReportData } from "../../services/get-report-data.js";
import { type CreatorKitFit, getCreatorKitFit } from "../../services/media-kits/get-creator-kit-fit.js";
import type { AppEnv } from "../env.js";
import { commentAnchor } from "./comments-view.js";
import { creatorId } from "./creator-id.js";
import { day, num } from "./format.js";
import { type Html, html, query } from "./html.js";
import { kitRequestButton } from "./kit-requests-page.js";
import { layout } from "./layout.js";
import { type PageContext, pageCaller } from "./page-context.js";
import { type WorklistTyped, worklistSection } from "./worklist-view.js";

type Creator = Awaited<ReturnType<typeof getCreator>>;

export function registerCreatorPage(pages: Hono<AppEnv>) {
  // platform:username → its creator page (the import page links here from its summary).
  pages.get("/creators/lookup", async (c) => {
    const caller = pageCaller(c);
    const account = await findAccount(
      c.var.deps.db,
      caller.workspaceId,
      parseAccountKey(c.req.query("account") ?? ""),
    );
    return c.redirect(`/creators/${account.creator_id}`, 303);
  });

  pages.get("/creators/:id", async (c) => creatorPage(c, creatorId(c)));

  pages.post("/creators/:id/audit", async (c) => {
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const { db, now } = c.var.deps;
    await auditAccount(db, caller.workspaceId, { creatorId: id }, { now: now() });
    return c.redirect(`/creators/${id}#figures`, 303);
  });
}

/** One creator's page; `typed` is a refused working-list post, shown in its form with the error. */
export async function creatorPage(
  c: PageContext,
  id: number,
  typed: WorklistTyped | null = null,
  status: 200 | 400 | 409 = 200,
) {
  const caller = pageCaller(c);
  const { db } = c.var.deps;
  const creator = await getCreator(db, caller.workspaceId, id);
  // The audit as the report shows it (with the one before, for what changed, and the media
  // kit near the top); before the first audit the page shows the media kit alone.
  const data = creator.latestAudit
    ? await getReportData(db, caller.workspaceId, { creatorId: creator.creatorId })
    : null;
  const kitFit = data?.report?.kitFit ?? (await getCreatorKitFit(db, caller.workspaceId, creator.creatorId));
  const model = data?.report ? withKitSection(buildReportModel({ ...data.report, kitFit }), kitFit) : null;
  const audit = creator.latestAudit?.result ?? null;
  const notes = await listCreatorNotes(db, caller.workspaceId, creator.creatorId);
  return c.html(
    layout({
      title: creator.username,
      caller,
      current: "creators",
      main: creatorView(creator, caller, model, kitFit, notes, typed),
      scripts: audit
        ? [
            "/assets/chart.js",
            "/assets/creator-chart.js",
            "/assets/audience-chart.js",
            "/assets/growth-chart.js",
          ]
        : [],
    }),
    status,
  );
}

function creatorView(
  creator: Creator,
  caller: Caller,
  model: ReportModel | null,
  kitFit: CreatorKitFit,
  notes: readonly CreatorNote[],
  typed: WorklistTyped | null,
): Html {
  const audit = creator.latestAudit;
  const canWrite = can(caller.role, "write");
  const id = creator.creatorId;
  const links = {
    comments: (filter: string) => `/creators/${id}/comments${query({ filter })}`,
    comment: (commentId: string) =>
      `/creators/${id}/comments${query({ comment: commentId })}#${commentAnchor(commentId)}`,
    kit: (requestId: number) => `/media-kits/${requestId}`,
    targets: "/targets",
  };
  const worklist = worklistSection(
    { creatorId: id, status: creator.status, tags: creator.tags, archivedAt: creator.archivedAt },
    notes,
    canWrite,
    typed,
  );
  const kitActions = html`<div class="kit-actions">${kitRequestButton(id, canWrite)}</div>`;
  return html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Creators</a> › <span aria-current="page">${creator.username}</span></nav>
<h1>${creator.username} <span class="platform">${creator.platform}</span></h1>
${profile(creator)}
<div class="actions">
  ${
    canWrite
      ? html`<form method="post" action="/creators/${id}/audit" class="inline-form"><button type="submit">${
          audit ? "Re-run the audit" : "Run the audit"
        }</button></form>`
      : ""
  }
  <a class="button-link" href="/creators/${id}/comments">Browse the comments</a>
  ${audit ? html`<a class="button-link" href="/creators/${id}/report">Report (page and PDF)</a>` : ""}
  <a class="button-link" href="/compare?with=${id}">Compare with…</a>
</div>
${
  model
    ? creatorPageAudit(model, links, { kitActions, worklist })
    : html`${worklist}<p class="empty">This creator has not been audited yet.${canWrite ? " Run the audit to see the figures." : ""}</p>
${pageSection(mediaKitSection(kitFit), creatorPageOptions(links), kitActions)}`
}`;
}

/** The page always has the media-kit section (its button asks for a kit); the report leaves out an empty one. */
function withKitSection(m: ReportModel, kitFit: CreatorKitFit): ReportModel {
  if (m.sections.some((s) => s.id === "media-kit")) return m;
  const at = m.sections.findIndex((s) => s.id === "summary") + 1;
  return { ...m, sections: [...m.sections.slice(0, at), mediaKitSection(kitFit), ...m.sections.slice(at)] };
}

function profile(creator: Creator): Html {
  const p = creator.profile;
  if (!p)
    return html`<p class="profile">No profile snapshot is stored, so the follower count is unknown.</p>`;
  return html`<section class="profile" aria-label="Profile">
  ${p.fullName ? html`<p class="full-name">${p.fullName}</p>` : ""}
  ${p.bio ? html`<p class="bio">${p.bio}</p>` : ""}
  <dl class="inline-stats">
    <div><dt>Followers</dt><dd>${p.followers === null ? "unknown" : num(p.followers)}</dd></div>
    <div><dt>Following</dt><dd>${p.following === null ? "unknown" : num(p.following)}</dd></div>
    <div><dt>Posts</dt><dd>${p.posts === null ? "unknown" : num(p.posts)}</dd></div>
    ${p.category ? html`<div><dt>Category</dt><dd>${p.category}</dd></div>` : ""}
    <div><dt>Profile captured</dt><dd>${day(p.capturedAt)}</dd></div>
  </dl>
</section>`;
}
