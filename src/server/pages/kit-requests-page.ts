// The brand's side of media-kit requests: the button that asks a creator for a
// kit (kitRequestButton, for the creator page), the answer that shows the new
// link once with a copy button, /media-kits (every request with its status),
// /media-kits/:id (the submitted kit, a bar chart and a table per breakdown, the
// uploaded files as downloads, a revoke button) and the file downloads. Members
// create and revoke; viewers read.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import { AGE_BANDS, GENDERS, INCOME_BANDS, type MediaKit } from "../../core/media-kit.js";
import { can } from "../../core/roles.js";
import { type CreatedKitRequest, createKitRequest } from "../../services/media-kits/create-kit-request.js";
import { getKitFile } from "../../services/media-kits/get-kit-file.js";
import { getKitRequest, type KitRequestDetail } from "../../services/media-kits/get-kit-request.js";
import type { KitRequestSummary } from "../../services/media-kits/kit-request-summary.js";
import { listKitRequests } from "../../services/media-kits/list-kit-requests.js";
import { revokeKitRequest } from "../../services/media-kits/revoke-kit-request.js";
import type { AppEnv } from "../env.js";
import { kitFileHeaders } from "../kit-file-response.js";
import { linkOrigin } from "../link-origin.js";
import { creatorId } from "./creator-id.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";
import { secretOnce } from "./secret-once.js";

/** The "Ask for a media kit" form for a creator's page; nothing for a caller who may not write. */
export function kitRequestButton(creatorIdValue: number, canWrite: boolean): Html {
  if (!canWrite) return html``;
  const id = `kit-email-${creatorIdValue}`;
  return html`<form method="post" action="/creators/${creatorIdValue}/media-kit-requests" class="stack kit-request-form">
  <div class="field">
    <label for="${id}">Creator's email <span class="optional">(optional)</span></label>
    <p class="hint" id="${id}-hint">With an email and mail configured on the server, Vouch sends the link; otherwise copy it and send it yourself.</p>
    <input id="${id}" name="email" type="email" autocomplete="off" aria-describedby="${id}-hint">
  </div>
  <button type="submit">Ask for a media kit</button>
</form>`;
}

function numericId(c: PageContext, name: string, what: string): number {
  const raw = c.req.param(name) ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new VouchError("not_found", `no ${what} ${raw}`);
  return id;
}

export function registerKitRequestsPage(pages: Hono<AppEnv>) {
  pages.post("/creators/:id/media-kit-requests", async (c) => {
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const f = await formFields(c);
    const days = f.expiresInDays?.trim() ? Number(f.expiresInDays) : null;
    const { db, now, kitMail } = c.var.deps;
    const made = await createKitRequest(
      db,
      caller,
      { creatorId: id, email: f.email, expiresInDays: days },
      { now: now(), origin: linkOrigin(c.var.deps.publicUrl, c.req.url), mail: kitMail },
    );
    return c.html(
      layout({
        title: "Media-kit link",
        caller,
        current: "media-kits",
        main: createdView(made),
        scripts: ["/assets/copy.js"],
      }),
      201,
    );
  });

  pages.get("/media-kits", async (c) => {
    const caller = pageCaller(c);
    const items = await listKitRequests(c.var.deps.db, caller.workspaceId, {}, c.var.deps.now());
    return c.html(layout({ title: "Media kits", caller, current: "media-kits", main: listView(items) }));
  });

  pages.get("/media-kits/:id", async (c) => {
    const caller = pageCaller(c);
    const id = numericId(c, "id", "media-kit request");
    const r = await getKitRequest(c.var.deps.db, caller.workspaceId, id, c.var.deps.now());
    return c.html(
      layout({
        title: `Media kit: ${r.creatorName}`,
        caller,
        current: "media-kits",
        main: detailView(r, can(caller.role, "write")),
        scripts: r.kit ? ["/assets/chart.js", "/assets/kit-charts.js"] : [],
      }),
    );
  });

  pages.post("/media-kits/:id/revoke", async (c) => {
    const caller = pageCaller(c, "write");
    const id = numericId(c, "id", "media-kit request");
    await revokeKitRequest(c.var.deps.db, caller.workspaceId, id, c.var.deps.now());
    return c.redirect(`/media-kits/${id}`, 303);
  });

  pages.get("/media-kits/:id/files/:fileId", async (c) => {
    const caller = pageCaller(c);
    const id = numericId(c, "id", "media-kit request");
    const fileId = numericId(c, "fileId", "file");
    const f = await getKitFile(c.var.deps.db, caller.workspaceId, id, fileId);
    return c.body(f.data, 200, kitFileHeaders(f));
  });
}

const MAIL_TEXT: Record<CreatedKitRequest["mail"]["status"], string> = {
  sent: "The link was mailed to the creator.",
  failed: "The mail could not be sent; copy the link and send it yourself.",
  not_configured: "Mail is not configured on this server; copy the link and send it yourself.",
  not_requested: "Copy the link and send it to the creator by any channel.",
};

function createdView(made: CreatedKitRequest): Html {
  const r = made.request;
  return html`<div class="narrow">
<h1>Media-kit link for ${r.creatorName}</h1>
${secretOnce(
  html`This link is shown only now. It works until ${when(r.expiresAt)}. ${MAIL_TEXT[made.mail.status]}${
    made.mail.error ? html` (${made.mail.error})` : ""
  }`,
  "kit-link",
  "Media-kit link",
  made.url,
)}
<p><a href="/media-kits/${r.id}">See the request</a> · <a href="/media-kits">All media kits</a></p>
</div>`;
}

const STATUS_TEXT: Record<KitRequestSummary["status"], string> = {
  sent: "Sent",
  opened: "Opened",
  draft: "Draft saved",
  submitted: "Submitted",
  expired: "Expired",
  revoked: "Revoked",
};

function listView(items: KitRequestSummary[]): Html {
  return html`<h1>Media kits</h1>
<p>Ask for a media kit from a creator's page. Links last ${KIT_REQUEST_LIMITS.defaultDays} days.</p>
${
  items.length === 0
    ? html`<p class="empty">No media-kit requests yet.</p>`
    : html`<div class="table-wrap" role="region" aria-labelledby="kits-caption" tabindex="0">
<table class="data">
  <caption id="kits-caption">${items.length} request${items.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Creator</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Expires</th><th scope="col">Submitted</th></tr></thead>
  <tbody>${items.map(
    (r) => html`<tr>
    <th scope="row"><a href="/media-kits/${r.id}">${r.creatorName}</a>${r.creatorHandle ? html` <span class="sub">${r.creatorHandle}</span>` : ""}</th>
    <td>${STATUS_TEXT[r.status]}</td>
    <td>${when(r.createdAt)}</td>
    <td>${when(r.expiresAt)}</td>
    <td>${r.submittedAt ? when(r.submittedAt) : "—"}</td>
  </tr>`,
  )}</tbody>
</table>
</div>`
}`;
}

/**
 * One breakdown: a Chart.js bar chart (data in the canvas's data-kit-chart attribute,
 * escaped by the template, drawn by public/kit-charts.js) and the table with the same
 * shares behind it, so the page reads the same without JavaScript or a screen.
 */
function breakdown(caption: string, rows: [string, number][]): Html {
  if (rows.length === 0) return html``;
  const chart = { labels: rows.map(([k]) => k), shares: rows.map(([, v]) => v) };
  return html`<figure class="chart chart-small">
  <div class="chart-box"><canvas data-kit-chart="${JSON.stringify(chart)}" role="img" aria-label="Bar chart of the audience's shares, ${caption.toLowerCase()}; the table below has the same values"></canvas></div>
  <figcaption>${caption}: share of the audience, as the creator gave it.</figcaption>
</figure>
<div class="table-wrap"><table class="data">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">Group</th><th scope="col" class="num">Share</th></tr></thead>
  <tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td class="num">${v}%</td></tr>`)}</tbody>
</table></div>`;
}

function breakdownRows(
  keys: readonly string[],
  values: Partial<Record<string, number>> | null,
): [string, number][] {
  return keys.flatMap((k) =>
    values?.[k] !== undefined ? [[k, values[k] as number] as [string, number]] : [],
  );
}

function kitView(kit: MediaKit): Html {
  return html`<h2>Platforms</h2>
<div class="table-wrap"><table class="data">
  <caption>Accounts the creator named</caption>
  <thead><tr><th scope="col">Platform</th><th scope="col">Handle</th><th scope="col" class="num">Followers</th><th scope="col" class="num">Engagement rate</th></tr></thead>
  <tbody>${kit.platforms.map(
    (p) =>
      html`<tr><th scope="row">${p.platform}</th><td>${p.handle}</td><td class="num">${p.followers ?? "—"}</td><td class="num">${
        p.engagementRate === null ? "—" : `${p.engagementRate}%`
      }</td></tr>`,
  )}</tbody>
</table></div>
${kit.realFollowerShare !== null ? html`<p>Claimed real followers: ${kit.realFollowerShare}%.</p>` : ""}
<h2>Audience</h2>
${breakdown("Gender", breakdownRows(GENDERS, kit.gender))}
${breakdown("Age", breakdownRows(AGE_BANDS, kit.ageBands))}
${breakdown(
  "Top countries",
  kit.countries.map((x) => [x.country, x.share]),
)}
${breakdown(
  "Top cities",
  kit.cities.map((x) => [x.country ? `${x.city} (${x.country})` : x.city, x.share]),
)}
${breakdown(
  "Languages",
  kit.languages.map((x) => [x.language, x.share]),
)}
${breakdown("Household income", breakdownRows(INCOME_BANDS, kit.incomeBands))}
<h2>Rates</h2>
${
  kit.rates.length === 0
    ? html`<p class="empty">No rates given.</p>`
    : html`<div class="table-wrap"><table class="data">
  <caption>Rates per deliverable</caption>
  <thead><tr><th scope="col">Deliverable</th><th scope="col" class="num">Amount</th></tr></thead>
  <tbody>${kit.rates.map((r) => html`<tr><th scope="row">${r.deliverable}</th><td class="num">${r.amount} ${r.currency}</td></tr>`)}</tbody>
</table></div>`
}
<h2>Past brand work</h2>
${
  kit.pastWork.length === 0
    ? html`<p class="empty">None named.</p>`
    : html`<ul>${kit.pastWork.map(
        (w) =>
          html`<li><strong>${w.brand}</strong>${w.year ? ` (${w.year})` : ""}${w.description ? html`: ${w.description}` : ""}</li>`,
      )}</ul>`
}
${kit.notes ? html`<h2>Notes</h2><p>${kit.notes}</p>` : ""}`;
}

function detailView(r: KitRequestDetail, canWrite: boolean): Html {
  return html`<p class="breadcrumb"><a href="/media-kits">Media kits</a></p>
<h1>Media kit: ${r.creatorName}${r.creatorHandle ? html` <span class="sub">${r.creatorHandle}</span>` : ""}</h1>
<dl class="inline-stats">
  <dt>Status</dt><dd>${STATUS_TEXT[r.status]}</dd>
  <dt>Created</dt><dd>${when(r.createdAt)}</dd>
  <dt>Expires</dt><dd>${when(r.expiresAt)}</dd>
  ${r.submittedAt ? html`<dt>Submitted</dt><dd>${when(r.submittedAt)}</dd>` : ""}
  ${r.emailedAt ? html`<dt>Mailed</dt><dd>${when(r.emailedAt)}${r.email ? ` to ${r.email}` : ""}</dd>` : ""}
</dl>
${r.hasDraft ? html`<p class="hint">The creator has saved changes that are not submitted yet.</p>` : ""}
${r.kit ? kitView(r.kit) : html`<p class="empty">The creator has not submitted the kit yet.</p>`}
<h2>Files</h2>
${
  r.files.length === 0
    ? html`<p class="empty">No files uploaded.</p>`
    : html`<ul>${r.files.map(
        (f) =>
          html`<li><a href="/media-kits/${r.id}/files/${f.id}" download>${f.name}</a> (${f.mime}, ${Math.max(1, Math.round(f.size / 1024))} KB)</li>`,
      )}</ul>`
}
${
  canWrite && r.status !== "revoked"
    ? html`<form method="post" action="/media-kits/${r.id}/revoke" class="inline-form">
  <button type="submit" class="button-danger">Revoke the link</button>
</form>`
    : ""
}`;
}
