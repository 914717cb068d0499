// A submitted media kit as the brand reads it: the platforms, each audience breakdown
// as a bar chart with the same shares in a table beside it (so the page reads the same
// without JavaScript or a screen), the rates and the past brand work. Codes are shown
// in words from core's label tables.
import { DELIVERABLE_LABELS, INCOME_BAND_LABELS } from "../../core/labels.js";
import { AGE_BANDS, GENDERS, INCOME_BANDS, type MediaKit } from "../../core/media-kit.js";
import { labelledCell } from "../../report/table-cell.js";
import { type Html, html } from "./html.js";

export function kitDetailView(kit: MediaKit): Html {
  return html`<h2>Platforms</h2>
<div class="table-wrap"><table class="data">
  <caption>Accounts the creator named</caption>
  <thead><tr><th scope="col">Platform</th><th scope="col">Handle</th><th scope="col" class="num">Followers</th><th scope="col" class="num">Engagement rate</th></tr></thead>
  <tbody>${kit.platforms.map(
    (p) =>
      html`<tr><th scope="row">${p.platform}</th>${labelledCell("Handle", p.handle)}${labelledCell("Followers", p.followers ?? "—", { numeric: true })}${labelledCell(
        "Engagement rate",
        p.engagementRate === null ? "—" : `${p.engagementRate}%`,
        { numeric: true },
      )}</tr>`,
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
${breakdown("Household income", breakdownRows(INCOME_BANDS, kit.incomeBands, INCOME_BAND_LABELS))}
<h2>Rates</h2>
${
  kit.rates.length === 0
    ? html`<p class="empty">No rates given.</p>`
    : html`<div class="table-wrap"><table class="data">
  <caption>Rates per deliverable</caption>
  <thead><tr><th scope="col">Deliverable</th><th scope="col" class="num">Amount</th></tr></thead>
  <tbody>${kit.rates.map((r) => html`<tr><th scope="row">${DELIVERABLE_LABELS[r.deliverable]}</th>${labelledCell("Amount", `${r.amount} ${r.currency}`, { numeric: true })}</tr>`)}</tbody>
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

/**
 * One breakdown: a Chart.js bar chart (data in the canvas's data-kit-chart attribute,
 * escaped by the template, drawn by public/kit-charts.js) and the table with the same
 * shares behind it.
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
  <tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th>${labelledCell("Share", `${v}%`, { numeric: true })}</tr>`)}</tbody>
</table></div>`;
}

/** The shares given, in the code list's order, each named by its label (else its code). */
function breakdownRows<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, number>> | null,
  labels: Partial<Record<K, string>> = {},
): [string, number][] {
  return keys.flatMap((k) => {
    const v = values?.[k];
    return v === undefined ? [] : [[labels[k] ?? k, v] as [string, number]];
  });
}
