// The workspace's brand targets as a table: one row per target, each part in words
// (an empty part reads "any"), with edit and delete links for those who may write.
import { GENDER_LABELS, INCOME_BAND_LABELS } from "../../core/labels.js";
import { GENDERS } from "../../core/media-kit.js";
import { labelledCell } from "../../report/table-cell.js";
import { type BrandTargetView, NICHE_CHOICES } from "../../services/brand-targets/brand-target-input.js";
import { type Html, html } from "./html.js";

const ANY = html`<span class="optional">any</span>`;
const any = (xs: string[]) => (xs.length ? xs.join(", ") : ANY);
const niche = (id: string) => NICHE_CHOICES.find((n) => n.id === id)?.label ?? id;

function genderSplit(t: BrandTargetView): Html | string {
  if (!t.gender) return ANY;
  return GENDERS.filter((g) => t.gender?.[g] !== undefined)
    .map((g) => `${GENDER_LABELS[g].toLowerCase()} ${t.gender?.[g]}%`)
    .join(", ");
}

export function brandTargetsTable(targets: BrandTargetView[], canWrite: boolean): Html {
  if (!targets.length) return html`<p class="empty">No targets yet.</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="targets-caption" tabindex="0">
<table class="data">
  <caption id="targets-caption">${targets.length} target${targets.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Countries</th><th scope="col">Cities</th><th scope="col">Ages</th><th scope="col">Gender</th><th scope="col">Income</th><th scope="col">Niches</th><th scope="col">Languages</th>${
    canWrite ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : ""
  }</tr></thead>
  <tbody>${targets.map(
    (t) => html`<tr>
    <th scope="row">${t.name}</th>
    ${labelledCell("Countries", any(t.countries))}
    ${labelledCell("Cities", any(t.cities))}
    ${labelledCell("Ages", any(t.ageBands))}
    ${labelledCell("Gender", genderSplit(t))}
    ${labelledCell("Income", any(t.incomeBands.map((b) => INCOME_BAND_LABELS[b])))}
    ${labelledCell("Niches", any(t.niches.map(niche)))}
    ${labelledCell("Languages", any(t.languages))}
    ${
      canWrite
        ? html`<td><a href="/targets/${t.id}" aria-label="Edit ${t.name}">Edit</a> <a href="/targets/${t.id}/delete" aria-label="Delete ${t.name}">Delete</a></td>`
        : ""
    }
  </tr>`,
  )}</tbody>
</table>
</div>`;
}
