// The tracked-links page's markup: each link with its short URL, a QR code (an SVG as a
// data: image, which the page's CSP allows and no markup escapes), where it goes, its
// clicks counted three ways and a switch; then the form for a new link. Plain HTML
// forms, controls from form-field.ts, each error next to its field.
import type { PartnershipDetail } from "../../services/campaigns/get-partnership.js";
import type { LinkSummary } from "../../services/links/link-summary.js";
import { field, formError } from "./form-field.js";
import { type Html, html } from "./html.js";

export interface LinkRow {
  link: LinkSummary;
  shortUrl: string | null;
  /** The QR code of shortUrl as an SVG data: URI. */
  qr: string | null;
}

export interface LinkFormState {
  values: { slug: string; destination: string; expiresAt: string };
  errors: Record<string, string>;
  problem: string | null;
}

export const EMPTY_LINK_FORM: LinkFormState = {
  values: { slug: "", destination: "", expiresAt: "" },
  errors: {},
  problem: null,
};

export function linksView(
  p: PartnershipDetail,
  rows: LinkRow[],
  canWrite: boolean,
  form: LinkFormState,
): Html {
  const who = p.account ?? `creator ${p.creatorId}`;
  return html`<p><a href="/partnerships/${p.id}">${who} in ${p.campaignName}</a></p>
<h1>Tracked links</h1>
<p>Each link sends visitors to its destination with UTM parameters and a click id. Every click is kept:
bots (link previews, crawlers, HEAD requests) and a visitor's repeats within the hour are flagged, not counted.</p>
${rows.length ? html`<ul class="stack links-list">${rows.map((r) => linkItem(r, canWrite))}</ul>` : html`<p>No links yet.</p>`}
${canWrite ? newLinkForm(p.id, form) : ""}`;
}

function linkItem({ link, shortUrl, qr }: LinkRow, canWrite: boolean): Html {
  const state = !link.enabled
    ? "switched off"
    : link.expiresAt
      ? `on until ${link.expiresAt.slice(0, 16).replace("T", " ")} UTC`
      : "on";
  return html`<li class="card">
  <h2>${shortUrl ?? `/${link.slug}`}</h2>
  ${qr ? html`<img src="${qr}" width="160" height="160" alt="QR code of ${shortUrl}">` : ""}
  <p>Goes to <code>${link.targetUrl}</code>; ${state}.</p>
  <p>${link.counted} counted click${link.counted === 1 ? "" : "s"} of ${link.clicks}: ${link.bots} by bots, ${link.duplicates} repeat${link.duplicates === 1 ? "" : "s"}.</p>
  ${
    canWrite
      ? html`<form method="post" action="/links/${link.id}/enabled" class="inline-form">
    <input type="hidden" name="enabled" value="${link.enabled ? "false" : "true"}">
    <button type="submit" class="button-secondary">${link.enabled ? "Switch off" : "Switch on"}</button>
  </form>`
      : ""
  }
</li>`;
}

function newLinkForm(partnershipId: number, form: LinkFormState): Html {
  const v = form.values;
  return html`<section aria-labelledby="new-link-h">
<h2 id="new-link-h">New link</h2>
${formError(form.problem)}
<form method="post" action="/partnerships/${partnershipId}/links" class="stack">
  ${field({ name: "destination", label: "Destination", type: "url", value: v.destination, error: form.errors.destination, hint: "An http(s) address. Left empty: the campaign's landing page." })}
  ${field({ name: "slug", label: "Slug", value: v.slug, error: form.errors.slug, hint: "3–64 lowercase letters, digits and hyphens. Left empty: 7 random characters." })}
  ${field({ name: "expiresAt", label: "Expires", type: "datetime-local", value: v.expiresAt, error: form.errors.expiresAt, hint: "In UTC. Left empty: never." })}
  <button type="submit">Make the link</button>
</form>
</section>`;
}
