// The campaign pages' markup: the list with the new-campaign form, one campaign with
// its partnerships (each with the moves it can make) and the form that adds a creator,
// and a partnership's timeline with the check of its contract trail. Plain HTML forms
// without JavaScript, controls from form-field.ts, each error next to its field.
import { GOAL_PLANS, GOALS, type Goal, KPI_METRICS, NEXT_STATUSES } from "../../core/campaign.js";
import {
  CALL_TO_ACTION_LABELS,
  GOAL_LABELS,
  KPI_LABELS,
  PARTNERSHIP_STATUS_LABELS,
} from "../../core/campaign-labels.js";
import { minor } from "../../core/check-contract-terms.js";
import type { CampaignDetail } from "../../services/campaigns/get-campaign.js";
import type { PartnershipDetail } from "../../services/campaigns/get-partnership.js";
import type { TimelineEntry } from "../../services/campaigns/get-partnership-timeline.js";
import type { CampaignSummary } from "../../services/campaigns/list-campaigns.js";
import type { TrailCheck } from "../../services/campaigns/verify-trail.js";
import type { StoredDeliverable } from "../../services/contracts/list-deliverables.js";
import { type CampaignFormValues, type FieldErrors, KPI_ROWS } from "./campaigns-form.js";
import { deliverablesView } from "./deliverables-view.js";
import { type Choice, field, fieldset, formError, select, textArea } from "./form-field.js";
import { type Html, html } from "./html.js";

export interface CampaignFormState {
  values: CampaignFormValues;
  errors: FieldErrors;
}

const statusLabel = (s: string) =>
  PARTNERSHIP_STATUS_LABELS[s as keyof typeof PARTNERSHIP_STATUS_LABELS] ?? s;
const goalLabel = (g: string) => GOAL_LABELS[g as Goal] ?? g;

export function campaignsView(
  campaigns: CampaignSummary[],
  canWrite: boolean,
  targets: Choice[],
  form: CampaignFormState,
): Html {
  return html`<h1>Campaigns</h1>
<p>A campaign has one goal, and the goal decides what is counted and what every creator's posts carry:
a tracked link, a discount code, an @mention or a hashtag. Each creator in it is a partnership with its own status.</p>
${campaignsTable(campaigns)}
${
  canWrite
    ? html`<section aria-labelledby="new-campaign-h">
<h2 id="new-campaign-h">New campaign</h2>
${campaignForm(form, targets)}
</section>`
    : ""
}`;
}

function campaignsTable(campaigns: CampaignSummary[]): Html {
  if (!campaigns.length) return html`<p class="empty">No campaigns yet.</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="campaigns-caption" tabindex="0">
<table class="data stack-on-phone">
  <caption id="campaigns-caption">${campaigns.length} campaign${campaigns.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Goal</th><th scope="col">Dates</th><th scope="col">Partnerships</th></tr></thead>
  <tbody>${campaigns.map(
    (c) => html`<tr>
    <th scope="row"><a href="/campaigns/${c.id}">${c.name}</a></th>
    <td data-label="Goal">${goalLabel(c.goal)}</td>
    <td data-label="Dates">${c.startsOn} to ${c.endsOn}</td>
    <td data-label="Partnerships">${
      Object.entries(c.partnerships)
        .map(([s, n]) => `${n} ${statusLabel(s).toLowerCase()}`)
        .join(", ") || "none yet"
    }</td>
  </tr>`,
  )}</tbody>
</table>
</div>`;
}

const GOAL_CHOICES = GOALS.map((g) => ({
  value: g,
  label: `${GOAL_LABELS[g]}: counted in ${GOAL_PLANS[g].kpis.map((k) => KPI_LABELS[k].toLowerCase()).join(", ")}`,
}));
const METRIC_CHOICES = [
  { value: "", label: "—" },
  ...KPI_METRICS.map((m) => ({ value: m, label: KPI_LABELS[m] })),
];

function campaignForm({ values: v, errors }: CampaignFormState, targets: Choice[]): Html {
  const error = (name: string) => errors[name]?.join("; ") ?? null;
  const problems = Object.keys(errors).length;
  const kpiErrors = Array.from({ length: KPI_ROWS }, (_, i) => [
    error(`kpiMetric${i}`),
    error(`kpiTarget${i}`),
  ])
    .flat()
    .filter(Boolean);
  return html`${formError(
    problems ? `The campaign was not saved: check the field${problems === 1 ? "" : "s"} marked below.` : null,
  )}
<form method="post" action="/campaigns" class="stack" novalidate>
  ${field({ name: "name", label: "Name", value: v.name, required: true, attrs: html` maxlength="200"`, error: error("name"), hint: 'e.g. "Spring launch"' })}
  ${field({ name: "startsOn", label: "Starts on", type: "date", value: v.startsOn, required: true, error: error("startsOn") })}
  ${field({ name: "endsOn", label: "Ends on", type: "date", value: v.endsOn, required: true, error: error("endsOn") })}
  ${select({ name: "goal", label: "Goal", options: GOAL_CHOICES, chosen: v.goal, error: error("goal") })}
  ${fieldset({
    name: "kpis",
    legend: "Targets",
    optional: true,
    hint: "What the campaign should reach, each in a metric its goal is counted in.",
    error: kpiErrors.length ? kpiErrors.join("; ") : null,
    body: html`${Array.from(
      { length: KPI_ROWS },
      (_, i) => html`<div class="field-row">
      ${select({ name: `kpiMetric${i}`, label: `Metric ${i + 1}`, options: METRIC_CHOICES, chosen: v[`kpiMetric${i}`] ?? "" })}
      ${field({ name: `kpiTarget${i}`, label: `Target ${i + 1}`, type: "text", optional: false, value: v[`kpiTarget${i}`], attrs: html` inputmode="numeric"` })}
    </div>`,
    )}`,
  })}
  ${field({ name: "landingUrl", label: "Landing page", type: "url", value: v.landingUrl, error: error("landingUrl"), hint: "Where the tracked links lead; needed when the goal counts clicks." })}
  ${field({ name: "currency", label: "Currency", value: v.currency, required: true, error: error("currency"), attrs: html` maxlength="3" autocapitalize="characters"`, hint: "ISO 4217 code: EUR, USD, GBP…" })}
  ${field({ name: "budget", label: "Budget", value: v.budget, error: error("budget"), attrs: html` inputmode="decimal"`, hint: "In the currency above, e.g. 2500 or 2500.00" })}
  ${textArea({ name: "products", label: "Products", value: v.products, rows: 2, error: error("products"), hint: "Separated by commas" })}
  ${select({ name: "brandTargetId", label: "Brand target", options: [{ value: "", label: "None" }, ...targets], chosen: v.brandTargetId ?? "", optional: true, error: error("brandTargetId") })}
  <button type="submit">Create campaign</button>
</form>`;
}

export function campaignView(
  c: CampaignDetail,
  canWrite: boolean,
  addable: Choice[],
  problem: string | null,
): Html {
  return html`<p><a href="/campaigns">All campaigns</a></p>
<h1>${c.name}</h1>
${formError(problem)}
<dl class="facts">
  <div><dt>Dates</dt><dd>${c.startsOn} to ${c.endsOn}</dd></div>
  <div><dt>Goal</dt><dd>${goalLabel(c.goal)}</dd></div>
  <div><dt>Targets</dt><dd>${c.kpis.map((k) => `${k.target.toLocaleString("en-US")} ${(KPI_LABELS[k.metric as keyof typeof KPI_LABELS] ?? k.metric).toLowerCase()}`).join(", ") || "none set"}</dd></div>
  <div><dt>Every post carries</dt><dd>${c.callToAction.map((a) => CALL_TO_ACTION_LABELS[a]).join(" and ")}</dd></div>
  <div><dt>Landing page</dt><dd>${c.landingUrl ?? "none"}</dd></div>
  <div><dt>Budget</dt><dd>${c.budget === null ? "not set" : minor(c.budget, c.currency)}</dd></div>
  <div><dt>Products</dt><dd>${c.products.join(", ") || "none"}</dd></div>
</dl>
<section aria-labelledby="partnerships-h">
<h2 id="partnerships-h">Partnerships</h2>
${partnershipsTable(c, canWrite)}
${canWrite ? addCreatorForm(c.id, addable) : ""}
</section>`;
}

function partnershipsTable(c: CampaignDetail, canWrite: boolean): Html {
  if (!c.partnerships.length) return html`<p class="empty">No creators in this campaign yet.</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="partnerships-caption" tabindex="0">
<table class="data stack-on-phone">
  <caption id="partnerships-caption">${c.partnerships.length} partnership${c.partnerships.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Creator</th><th scope="col">Status</th><th scope="col">Since</th>${canWrite ? html`<th scope="col">Move to</th>` : ""}</tr></thead>
  <tbody>${c.partnerships.map((p) => {
    const who = p.account ?? `creator ${p.creatorId}`;
    const next = NEXT_STATUSES[p.status];
    return html`<tr>
    <th scope="row"><a href="/partnerships/${p.id}">${who}</a></th>
    <td data-label="Status">${statusLabel(p.status)}</td>
    <td data-label="Since">${p.updatedAt.slice(0, 10)}</td>
    ${
      canWrite
        ? html`<td data-label="Move to">${
            next.length
              ? html`<form method="post" action="/partnerships/${p.id}/status" class="inline-form">
        ${select({ name: "status", id: `move-${p.id}`, label: html`<span class="visually-hidden">New status of ${who}</span>`, options: next.map((s) => ({ value: s, label: statusLabel(s) })) })}
        ${field({ name: "note", id: `note-${p.id}`, label: html`<span class="visually-hidden">Why, for ${who}</span>`, optional: false, attrs: html` placeholder="Why (optional)" maxlength="500"` })}
        <button type="submit" class="button-secondary">Move</button>
      </form>`
              : "final"
          }</td>`
        : ""
    }
  </tr>`;
  })}</tbody>
</table>
</div>`;
}

function addCreatorForm(campaignId: number, addable: Choice[]): Html {
  if (!addable.length)
    return html`<p>Every creator of the workspace is in this campaign. <a href="/">Add creators</a> to the list first.</p>`;
  return html`<form method="post" action="/campaigns/${campaignId}/partnerships" class="stack">
  ${select({ name: "creatorId", label: "Add a creator", options: addable, hint: "The partnership starts as proposed." })}
  <button type="submit">Add to campaign</button>
</form>`;
}

export function partnershipView(
  p: PartnershipDetail,
  timeline: TimelineEntry[],
  trail: TrailCheck,
  deliverables: StoredDeliverable[],
): Html {
  const who = p.account ?? `creator ${p.creatorId}`;
  return html`<p><a href="/campaigns/${p.campaignId}">${p.campaignName}</a></p>
<h1>${who} in ${p.campaignName}</h1>
<p>Status: <strong>${statusLabel(p.status)}</strong>. <a href="/partnerships/${p.id}/contract">Contract</a> · <a href="/partnerships/${p.id}/links">Tracked links</a></p>
${deliverablesView(deliverables)}
<section aria-labelledby="timeline-h">
<h2 id="timeline-h">Timeline</h2>
<div class="table-wrap" role="region" aria-labelledby="timeline-caption" tabindex="0">
<table class="data stack-on-phone">
  <caption id="timeline-caption">Every change, oldest first</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Change</th><th scope="col">By</th><th scope="col">Note</th></tr></thead>
  <tbody>${timeline.map(
    (e) => html`<tr>
    <th scope="row">${e.at.slice(0, 16).replace("T", " ")} UTC</th>
    <td data-label="Change">${e.from ? `${statusLabel(e.from)} → ` : ""}${statusLabel(e.to)}</td>
    <td data-label="By">${e.actor}</td>
    <td data-label="Note">${e.note ?? ""}</td>
  </tr>`,
  )}</tbody>
</table>
</div>
</section>
<section aria-labelledby="trail-h">
<h2 id="trail-h">Contract trail</h2>
<p>${
    trail.broken
      ? html`<strong>The trail is broken at entry ${trail.broken.seq}</strong> (${trail.broken.problem}): an entry was changed or removed after it was written.`
      : trail.entries
        ? `The trail is whole: ${trail.entries} entr${trail.entries === 1 ? "y" : "ies"}, each linked to the one before.`
        : "No contract has been sent yet."
  }</p>
</section>`;
}
